import type { PostingsData, QueryTermWeight, ScoredDocument } from "../../src/search/postings.js";

/**
 * The passage scorer as it was before impacts were precomputed: the length norm and BM25+
 * recomputed for every posting entry, objects for the top-k. Kept here only as the reference
 * the faster scorer must agree with, bit for bit and tie for tie.
 */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

export function legacySearch(
  data: PostingsData,
  query: QueryTermWeight[],
  limit: number,
): ScoredDocument[] {
  const termIds = new Map(data.terms.map((t, i) => [t, i]));
  const n = data.documentCount;
  const scores = new Float64Array(n);
  const termScores = new Float64Array(n);
  const matched = new Uint16Array(n);
  const lastTerm = new Int32Array(n);
  const reachedAt = new Int32Array(n).fill(-1);
  const reached: number[] = [];
  query.forEach(({ term, boost }, q) => {
    const id = termIds.get(term);
    if (id === undefined) return;
    const stamp = q + 1;
    const touched: number[] = [];
    for (const field of data.fields) {
      const from = field.offsets[id]!;
      const to = field.offsets[id + 1]!;
      const df = to - from;
      if (df === 0) continue;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      for (let i = from; i < to; i++) {
        const doc = field.docs[i]!;
        const tf = field.freqs[i]!;
        const norm = 1 - BM25.b + (BM25.b * field.lengths[doc]!) / field.averageLength;
        const weighted = boost * (idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * norm)));
        if (lastTerm[doc] !== stamp) {
          lastTerm[doc] = stamp;
          termScores[doc] = weighted;
          touched.push(doc);
          if (reachedAt[doc] === -1) {
            reachedAt[doc] = reached.length;
            reached.push(doc);
          }
        } else termScores[doc] = termScores[doc]! + weighted;
      }
    }
    for (const doc of touched) {
      scores[doc] = scores[doc]! + termScores[doc]!;
      matched[doc] = matched[doc]! + 1;
    }
  });
  // A full stable sort: equal scores keep the order documents were first reached in.
  return reached
    .map((doc) => ({ doc, score: scores[doc]! * matched[doc]! }))
    .sort((a, b) => b.score - a.score)
    .slice(0, Math.max(0, limit));
}
