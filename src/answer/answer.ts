import { log } from "../log.js";
import { bm25Query, expandQuery, rankPassages, searchPassages } from "../search/query.js";
import type { QueryTerm, RankedPassage, RetrievalMode, SearchIndex } from "../search/types.js";
import { analyseQuestion } from "./analyse.js";
import { candidateContext, focusUnknown } from "./candidates.js";
import { contrastOf } from "./contrast.js";
import { cleanQuestion } from "./clean.js";
import {
  composeDefinition,
  composeList,
  composeSentence,
  composeTyped,
  notFound,
} from "./compose.js";
import { questionWords, scoreSentence, type Evidence } from "./evidence.js";
import { answerMessages } from "./messages.js";
import { composeYesNo } from "./polarity.js";
import { rerank, RERANK_POOL } from "./rerank.js";
import { statesDuration } from "./extract/numbers.js";
import { rankPicks, type Pick } from "./select.js";
import type { Token } from "../search/tokens.js";
import type { Answer } from "./types.js";

export interface AnswerOptions {
  /** Passage ranking; the default won on the eval (see the eval report). */
  retrieval?: RetrievalMode;
  /** Map misspellings, name variants and synonyms onto the corpus (off only to measure it). */
  expand?: boolean;
  /** Passages whose sentences are read for an answer. */
  passages?: number;
  /** Re-rank a wider BM25 pool on sentence cover and article topic (off only to measure it). */
  rerank?: boolean;
}

const DEFAULT_PASSAGES = 16;

/** Articles whose every passage joins the re-ranking pool. */
const POOL_ARTICLES = 3;

/**
 * Passages for the re-ranking: BM25's best, plus every passage of the articles most about the
 * question with synonyms counted (how many of an article's passages speak of talks, meetings
 * or rounds, for "discussions"), each with its own BM25 score. In a large corpus the passage
 * that answers in other words than the question's ("the meeting lasted six hours" for "how
 * long did the discussions go on") ranks below hundreds that repeat its common words; the
 * article that keeps returning to the subject brings it in.
 */
function rerankPool(
  index: SearchIndex,
  terms: QueryTerm[],
  mode: RetrievalMode,
  limit: number,
): RankedPassage[] {
  const pool = rankPassages(index, terms, mode, limit);
  const seen = new Set(pool.map((p) => p.id));
  const extra: RankedPassage[] = [];
  const synonyms = bm25Query(terms, "bm25+fuzzy+synonyms");
  for (const id of index.rankArticles(synonyms, POOL_ARTICLES)) {
    for (const passage of index.articles.get(id)?.passages ?? []) {
      if (seen.has(passage.id)) continue;
      seen.add(passage.id);
      extra.push({ id: passage.id, articleId: id, score: 0 });
    }
  }
  const scores = index.postings.score(
    bm25Query(terms, mode),
    extra.map((e) => index.documentOfPassage(e.id) ?? -1),
  );
  extra.forEach((e, i) => pool.push({ ...e, score: scores[i] ?? 0 }));
  return pool;
}

/** The question analysed, expanded and run against the passage index. */
export function retrieve(index: SearchIndex, raw: unknown, options: AnswerOptions = {}) {
  const analysis = analyseQuestion(index, raw);
  const words = analysis.type === "definition" ? analysis.subject : analysis.content;
  const expand = options.expand ?? true;
  const terms = expandQuery(index, words, { spelling: expand, related: expand });
  const limit = options.passages ?? DEFAULT_PASSAGES;
  const mode = options.retrieval ?? "bm25+fuzzy";
  const reranked = (options.rerank ?? true) && (mode === "bm25" || mode.startsWith("bm25+fuzzy"));
  const hits = reranked
    ? rerank(
        index,
        questionWords(index, words, terms, analysis.text),
        rerankPool(index, terms, mode, Math.max(limit, RERANK_POOL)),
        limit,
        analysis.type === "duration" ? statesDuration : undefined,
      )
    : searchPassages(index, terms, analysis.text, mode, limit);
  return { analysis, words, terms, hits };
}

function answerOrThrow(index: SearchIndex, raw: unknown, options: AnswerOptions): Answer {
  const { analysis, words, terms, hits } = retrieve(index, raw, options);
  if (words.length === 0) return notFound(analysis.text, undefined, answerMessages.noQuestion);
  // The articles never use the noun of "which news agency quoted…": it says what kind of
  // answer is wanted (the name doing the verb), and cannot count against evidence giving one.
  const scored =
    analysis.focusVerb && focusUnknown(index, analysis)
      ? words.filter((t) => !analysis.focus.some((f) => f.start === t.start))
      : words;
  const weighted = questionWords(index, scored, terms, analysis.text);
  const evidence: Evidence[] = hits.flatMap((hit, rank) =>
    hit.passage.sentences.map((s) => scoreSentence(index, weighted, s, rank)),
  );
  const nearest = [...evidence].sort((a, b) => b.coverage - a.coverage || a.rank - b.rank)[0];
  const ctx = candidateContext(index, analysis, terms);
  const picks = rankPicks(ctx, evidence, contrastOf(index, analysis, terms));
  let answer: Answer | null;
  switch (analysis.type) {
    case "definition": {
      const subject = analysis.subject.map((t) => t.text.replace(/['’]s$/, "")).join(" ");
      answer = composeDefinition(analysis.text, picks, subject);
      break;
    }
    case "yesno":
      // "Topic" words are judged among the articles retrieved for the question, so that
      // unrelated articles in a large corpus do not make "Istanbul" a rare word.
      answer = composeYesNo(
        analysis.text,
        picks,
        analysis.negated,
        [...new Set(hits.map((h) => h.passage.article.id))].map(
          (id) => index.articleStems.get(id) ?? new Set<string>(),
        ),
      );
      if (!answer) return notFound(analysis.text, nearest, answerMessages.yesNoUnclear);
      break;
    case "list":
      answer = composeList(analysis.text, picks);
      break;
    case "why":
      answer = composeSentence(analysis.text, picks);
      break;
    case "what":
      answer =
        analysis.focus.length > 0
          ? composeTyped(analysis.text, picks, {
              slotName: `the ${analysis.focus.map((t) => t.text.toLowerCase()).join(" ")}`,
            })
          : composeSentence(analysis.text, saying(picks, analysis.passive));
      break;
    default:
      // "Who met…" may have several answers; "who is the Secretary of State" has one.
      answer = composeTyped(analysis.text, picks, {
        listPeople: analysis.type === "who" && !analysis.asksForHolder,
      });
  }
  return answer ?? notFound(analysis.text, nearest);
}

/**
 * Picks whose passage says the verb a passive question asks about ("agreed" or a word for
 * it): a sentence naming Syria in an article that mentions a deal elsewhere does not say what
 * was agreed about Syria.
 */
function saying(picks: Pick[], verb: Token | undefined): Pick[] {
  if (!verb) return picks;
  return picks.filter((p) =>
    p.evidence.matches.some((m) => m.word.token.stem === verb.stem && m.inPassage),
  );
}

/**
 * Answers a question from the articles only: a short answer and the quoted sentence(s) it
 * came from, or a plain not_found. Never throws: whatever the input, the caller gets an Answer.
 */
export function answerQuestion(
  index: SearchIndex,
  question: unknown,
  options: AnswerOptions = {},
): Answer {
  try {
    return answerOrThrow(index, question, options);
  } catch (error) {
    // A bug must not take the bot down or leak a stack trace to a user: log it, decline.
    log.error({ err: error, question: cleanQuestion(question) }, "answering failed");
    return notFound(cleanQuestion(question), undefined);
  }
}
