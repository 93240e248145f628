import type { Article } from "../corpus/types.js";
import type { PassageHit, SearchIndex } from "../search/types.js";
import { scoreSentence, type QuestionWord } from "./evidence.js";

/**
 * Passages BM25 proposes for re-ranking. BM25 adds up word matches over a whole passage, so in
 * a large corpus a passage repeating one common question word ("discussed", "meeting") outranks
 * the one sentence that holds the answer; re-ranking a wider pool lets that sentence through.
 */
export const RERANK_POOL = 100;
/** How much the BM25 score (as a share of the best one) counts next to the sentence's cover. */
const BM25_WEIGHT = 1;
/** How much the article being about the question's words counts. */
const ARTICLE_WEIGHT = 1;
/**
 * Passages sharing this share of their words are copies of one text (a republished article, a
 * speech reprinted with small edits): one of them says all the others do.
 */
const NEAR_DUPLICATE = 0.7;

/**
 * How much the passage's article as a whole is about the question: for each question word
 * (weighted by rarity), the share of the article's passages that use it or a word standing for
 * it. An article about talks mentions them throughout; one that merely has the word once is
 * about something else. Reads the article's own passages only, a dozen or so.
 */
export function articleTopicality(
  index: SearchIndex,
  words: readonly QuestionWord[],
  article: Article,
): number {
  const passages = article.passages
    .map((p) => index.passages.get(p.id))
    .filter((p) => p !== undefined);
  let total = 0;
  let covered = 0;
  for (const word of words) {
    total += word.weight;
    if (passages.length === 0) continue;
    let sum = 0;
    for (const passage of passages) {
      let best = 0;
      for (const [stem, w] of word.matches) if (passage.stems.has(stem)) best = Math.max(best, w);
      sum += best;
    }
    covered += word.weight * (sum / passages.length);
  }
  return total > 0 ? covered / total : 0;
}

/** Share of the words of two passages they have in common (Jaccard). */
export function sharedWords(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  const union = a.size + b.size - both;
  return union > 0 ? both / union : 0;
}

/**
 * Orders BM25's passages by what an answer needs: the best share of the question one sentence
 * of the passage covers by itself, the BM25 score, and how much the article is about the
 * question. Copies of a passage already ranked are dropped, so one text reprinted several times
 * cannot fill the first places. Costs one sentence scoring per pooled passage.
 */
export function rerank(
  index: SearchIndex,
  words: readonly QuestionWord[],
  pool: readonly PassageHit[],
  limit: number,
): PassageHit[] {
  const top = pool[0]?.score ?? 0;
  if (top <= 0 || words.length === 0) return pool.slice(0, limit);
  const topicality = new Map<string, number>();
  const scored = pool.map((hit, rank) => {
    let direct = 0;
    for (const s of hit.passage.sentences) {
      direct = Math.max(direct, scoreSentence(index, [...words], s, rank).direct);
    }
    const id = hit.passage.article.id;
    let about = topicality.get(id);
    if (about === undefined) {
      about = articleTopicality(index, words, hit.passage.article);
      topicality.set(id, about);
    }
    return {
      hit,
      score: direct + BM25_WEIGHT * (hit.score / top) + ARTICLE_WEIGHT * about,
    };
  });
  scored.sort((a, b) => b.score - a.score);
  const kept: PassageHit[] = [];
  for (const { hit, score } of scored) {
    if (kept.length >= limit) break;
    const stems = hit.passage.stems;
    if (kept.some((k) => sharedWords(k.passage.stems, stems) >= NEAR_DUPLICATE)) continue;
    kept.push({ passage: hit.passage, score });
  }
  return kept;
}
