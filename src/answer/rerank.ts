import { defaultEngineOptions } from "../tuning/defaults.js";
import { readPassages } from "../search/query.js";
import type { PassageHit, RankedPassage, SearchIndex, SentenceStems } from "../search/types.js";
import type { QuestionWord } from "./evidence.js";

export const RERANK_POOL = defaultEngineOptions.rerank.rerankPool;
const BM25_WEIGHT = defaultEngineOptions.rerank.bm25Weight;
const TYPE_WEIGHT = defaultEngineOptions.rerank.typeWeight;
const ARTICLE_WEIGHT = defaultEngineOptions.rerank.articleWeight;
const NEAR_DUPLICATE = defaultEngineOptions.rerank.nearDuplicate;

/**
 * How much the passage's article as a whole is about the question: for each question word
 * (weighted by rarity), the share of the article's passages that use it or a word standing for
 * it. An article about talks mentions them throughout; one that merely has the word once is
 * about something else. A lookup per word in the counts the index keeps per article.
 */
export function articleTopicality(
  index: SearchIndex,
  words: readonly QuestionWord[],
  articleId: string,
): number {
  return weightedShare(words, (stem) => index.articleShare(stem, articleId));
}

/**
 * The question's words, each weighted by rarity, each at its best match: the share of the
 * question that `strength` (0..1 per stem) covers.
 */
function weightedShare(
  words: readonly QuestionWord[],
  strength: (stem: string, word: QuestionWord) => number,
): number {
  let total = 0;
  let covered = 0;
  for (const word of words) {
    total += word.weight;
    let best = 0;
    for (const [stem, w] of word.matches) best = Math.max(best, w * strength(stem, word));
    covered += word.weight * best;
  }
  return total > 0 ? covered / total : 0;
}

function passageText(index: SearchIndex, hit: RankedPassage): string | undefined {
  return index.passageOfDocument(index.documentOfPassage(hit.id) ?? -1)?.text;
}

/** Share of the words of two passages they have in common (Jaccard). */
export function sharedWords(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  const union = a.size + b.size - both;
  return union > 0 ? both / union : 0;
}

/**
 * Share of the question one sentence covers by itself, each word at its best match. Only a
 * date word of the question may match inside a date: "how long did it last" is not answered
 * by "last month".
 */
function cover(words: readonly QuestionWord[], sentence: SentenceStems): number {
  return weightedShare(words, (stem, word) =>
    sentence.words.has(stem) || (word.dateWord && sentence.dated.has(stem)) ? 1 : 0,
  );
}

/**
 * Orders BM25's passages by what an answer needs: the best share of the question one sentence
 * of the passage covers by itself, the BM25 score, and how much the article is about the
 * question. Copies of a passage already ranked are dropped, so one text reprinted several times
 * cannot fill the first places. Reads only the stems of the pooled passages' sentences; the
 * passages kept are then read in full.
 */
export function rerank(
  index: SearchIndex,
  words: readonly QuestionWord[],
  pool: readonly RankedPassage[],
  limit: number,
  answers?: (text: string) => boolean,
): PassageHit[] {
  const top = pool[0]?.score ?? 0;
  if (top <= 0 || words.length === 0) return readPassages(index, pool.slice(0, limit));
  const topicality = new Map<string, number>();
  const scored = pool.map((hit) => {
    const sentences = index.sentenceStems.get(hit.id) ?? [];
    let direct = 0;
    for (const stems of sentences) direct = Math.max(direct, cover(words, stems));
    let about = topicality.get(hit.articleId);
    if (about === undefined) {
      about = articleTopicality(index, words, hit.articleId);
      topicality.set(hit.articleId, about);
    }
    const typed = answers && answers(passageText(index, hit) ?? "") ? TYPE_WEIGHT : 0;
    return {
      hit,
      sentences,
      score: direct + BM25_WEIGHT * (hit.score / top) + ARTICLE_WEIGHT * about + typed,
    };
  });
  scored.sort((a, b) => b.score - a.score);
  const kept: Array<{ id: string; articleId: string; score: number; stems: Set<string> }> = [];
  for (const { hit, sentences, score } of scored) {
    if (kept.length >= limit) break;
    // A passage's words are gathered only when it is reached here: most of the pool never is.
    const stems = new Set<string>();
    for (const sentence of sentences) for (const x of sentence.words) stems.add(x);
    if (kept.some((k) => sharedWords(k.stems, stems) >= NEAR_DUPLICATE)) continue;
    kept.push({ id: hit.id, articleId: hit.articleId, score, stems });
  }
  return readPassages(index, kept);
}
