import type { PostingsData, QueryTermWeight, ScoredDocument } from "../../src/search/postings.js";

/** MiniSearch's defaults (k, b) and its BM25+ lower bound d. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/**
 * The passage scorer as it was before impacts were precomputed (src/search/postings.ts until
 * issue 16): the length norm and BM25+ recomputed for every posting entry, an object per
 * candidate for the top-k. Kept only to measure against and to check, bit for bit and tie for
 * tie, that the faster scorer returns what it did.
 */
export class RecomputedBm25 {
  private readonly termIds: Map<string, number>;
  private readonly scores: Float64Array;
  private readonly termScores: Float64Array;
  private readonly matched: Uint16Array;
  /** Which query term last reached a document (its index + 1), so fields add up per term. */
  private readonly lastTerm: Int32Array;
  private readonly reachedAt: Int32Array;

  constructor(readonly data: PostingsData) {
    this.termIds = new Map(data.terms.map((t, i) => [t, i]));
    const n = data.documentCount;
    this.scores = new Float64Array(n);
    this.termScores = new Float64Array(n);
    this.matched = new Uint16Array(n);
    this.lastTerm = new Int32Array(n);
    this.reachedAt = new Int32Array(n).fill(-1);
  }

  /**
   * The best `limit` documents for the terms, OR-combined: the sum over terms of (the sum over
   * fields of boost × BM25+), times the number of query terms matched — MiniSearch's search(),
   * in its order of additions. Equal scores keep the order documents were first reached in.
   */
  search(query: QueryTermWeight[], limit: number): ScoredDocument[] {
    const { scores, termScores, matched, lastTerm, reachedAt } = this;
    const reached: number[] = [];
    const n = this.data.documentCount;
    query.forEach(({ term, boost }, q) => {
      const id = this.termIds.get(term);
      if (id === undefined) return;
      const stamp = q + 1;
      const touched: number[] = [];
      for (const field of this.data.fields) {
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
    const results = topByScore(reached, limit, (doc) => scores[doc]! * matched[doc]!);
    for (const doc of reached) {
      scores[doc] = 0;
      matched[doc] = 0;
      lastTerm[doc] = 0;
      reachedAt[doc] = -1;
    }
    return results;
  }
}

/**
 * The `limit` highest scores among candidates given in their tie-break order, best first:
 * a bounded heap, so a common word reaching half the corpus does not sort all of it.
 */
export function topByScore(
  candidates: number[],
  limit: number,
  scoreOf: (doc: number) => number,
): ScoredDocument[] {
  if (limit <= 0) return [];
  // Worse = lower score, or equal score and reached later.
  type Entry = { doc: number; score: number; order: number };
  const worse = (a: Entry, b: Entry): boolean =>
    a.score < b.score || (a.score === b.score && a.order > b.order);
  const heap: Entry[] = [];
  const swap = (i: number, j: number): void => {
    const t = heap[i]!;
    heap[i] = heap[j]!;
    heap[j] = t;
  };
  const up = (i: number): void => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(heap[i]!, heap[parent]!)) return;
      swap(i, parent);
      i = parent;
    }
  };
  const down = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  candidates.forEach((doc, order) => {
    const entry = { doc, score: scoreOf(doc), order };
    if (heap.length < limit) {
      heap.push(entry);
      up(heap.length - 1);
    } else if (worse(heap[0]!, entry)) {
      heap[0] = entry;
      down(0);
    }
  });
  return heap
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ doc, score }) => ({ doc, score }));
}
