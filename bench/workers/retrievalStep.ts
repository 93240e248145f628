import { analyseQuestion } from "../../src/answer/analyse.js";
import { RERANK_POOL } from "../../src/answer/rerank.js";
import { defaultEngineOptions } from "../../src/tuning/defaults.js";
import { bm25Query, expandQuery } from "../../src/search/query.js";
import type { QueryTermWeight } from "../../src/search/postings.js";
import type { SearchIndex } from "../../src/search/types.js";
import { RecomputedBm25 } from "../baselines/recomputedBm25.js";
import { summarize, type LatencySummary } from "../stats.js";

export interface RetrievalStepFigures {
  questions: number;
  /** Timed calls per scorer (questions × repetitions). */
  samples: number;
  /** The BM25 step of /ask: the passage pool and the articles most about the question. */
  impacts: LatencySummary;
  /** The same queries through the scorer it replaced (impacts recomputed per posting). */
  recomputed: LatencySummary;
  /** Every query gave the same documents, scores and order with both scorers. */
  identical: boolean;
}

/**
 * Times the ranking step alone, as /ask runs it (src/answer/answer.ts rerankPool): the passage
 * postings for the pool and the article postings for the articles most about the question,
 * with the bot's scorer (src/search/postings.ts) and with the one that recomputed BM25 per
 * posting, on identical queries.
 */
export function measureRetrievalStep(
  index: SearchIndex,
  questions: string[],
  reps: number,
): RetrievalStepFigures {
  const queries = questions.map((question) => {
    const analysis = analyseQuestion(index, question);
    const words = analysis.type === "definition" ? analysis.subject : analysis.content;
    const terms = expandQuery(index, words);
    return {
      passages: bm25Query(terms, "bm25+fuzzy"),
      articles: bm25Query(terms, "bm25+fuzzy+synonyms"),
    };
  });
  const poolArticles = defaultEngineOptions.retrieval.poolArticles;
  const scorers = {
    impacts: { passages: index.postings, articles: index.articlePostings },
    recomputed: {
      passages: new RecomputedBm25(index.postings.data),
      articles: new RecomputedBm25(index.articlePostings.data),
    },
  };
  type Scorer = { search(q: QueryTermWeight[], limit: number): unknown };
  const run = (s: { passages: Scorer; articles: Scorer }, q: (typeof queries)[number]) => [
    s.passages.search(q.passages, RERANK_POOL),
    s.articles.search(q.articles, poolArticles),
  ];
  // One untimed pass each: the impact scorer computes a term's impacts on its first query.
  const identical = queries.every(
    (q) => JSON.stringify(run(scorers.impacts, q)) === JSON.stringify(run(scorers.recomputed, q)),
  );
  const samples = { impacts: [] as number[], recomputed: [] as number[] };
  // Whichever scorer runs second on a query finds its posting lists in cache from the first:
  // every other repetition runs them the other way round, so neither has that advantage.
  const orders = [
    ["impacts", "recomputed"],
    ["recomputed", "impacts"],
  ] as const;
  for (let r = 0; r < reps; r++) {
    const order = orders[r % 2]!;
    for (const q of queries) {
      for (const name of order) {
        const t = performance.now();
        run(scorers[name], q);
        samples[name].push(performance.now() - t);
      }
    }
  }
  return {
    questions: queries.length,
    samples: samples.impacts.length,
    impacts: summarize(samples.impacts),
    recomputed: summarize(samples.recomputed),
    identical,
  };
}
