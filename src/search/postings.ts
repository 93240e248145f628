/**
 * A compact inverted index with MiniSearch's BM25+ scoring, in typed arrays.
 *
 * MiniSearch ranks passages well, but its index is a tree of Maps: at 200,000 passages it took
 * 7 s to load from its JSON and 1.5 GB of memory. The same postings in typed arrays load from
 * a file as views of one buffer, in milliseconds, at a tenth of the memory. The scoring is
 * MiniSearch's own formula, term by term and field by field in the same order, so rankings are
 * identical (tests/search/postings.test.ts checks this against MiniSearch itself).
 */

/** MiniSearch's defaults (k, b) and its BM25+ lower bound d. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

export interface FieldPostings {
  /** offsets[t] .. offsets[t + 1]: the slice of docs/freqs holding term t. */
  offsets: Uint32Array;
  /** Documents containing each term, ascending. */
  docs: Uint32Array;
  /** Occurrences of the term in the field of that document. */
  freqs: Uint16Array;
  /** Unique tokens in the field, per document (MiniSearch's field length). */
  lengths: Uint16Array;
  averageLength: number;
}

export interface PostingsData {
  documentCount: number;
  /** Term strings; a term's id is its position. */
  terms: string[];
  fields: FieldPostings[];
}

/** One field of one document, as the builder takes it. */
export interface FieldInput {
  /** Processed terms in text order; repeats count as term frequency. */
  terms: string[];
  /** Unique tokens before stopwords were dropped, as MiniSearch measures field length. */
  length: number;
}

export class PostingsBuilder {
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  /** Per field, per term: flat [doc, freq, doc, freq, …]. */
  private readonly postings: number[][][];
  private readonly lengths: number[][];
  /** Running averages, computed as MiniSearch does so scores match to the last bit. */
  private readonly averages: number[];
  private count = 0;

  constructor(private readonly fieldCount: number) {
    this.postings = Array.from({ length: fieldCount }, () => []);
    this.lengths = Array.from({ length: fieldCount }, () => []);
    this.averages = Array.from({ length: fieldCount }, () => 0);
  }

  /** Adds the next document (ids are consecutive from 0); returns its id. */
  add(fields: FieldInput[]): number {
    const doc = this.count;
    for (let f = 0; f < this.fieldCount; f++) {
      const field = fields[f] ?? { terms: [], length: 0 };
      const total = this.averages[f]! * doc + field.length;
      this.averages[f] = total / (doc + 1);
      this.lengths[f]!.push(field.length);
      const freqs = new Map<string, number>();
      for (const term of field.terms) freqs.set(term, (freqs.get(term) ?? 0) + 1);
      for (const [term, freq] of freqs) {
        let id = this.termIds.get(term);
        if (id === undefined) {
          id = this.terms.length;
          this.termIds.set(term, id);
          this.terms.push(term);
          for (const list of this.postings) list.push([]);
        }
        this.postings[f]![id]!.push(doc, Math.min(freq, 0xffff));
      }
    }
    this.count++;
    return doc;
  }

  build(): PostingsData {
    const fields = this.postings.map((byTerm, f): FieldPostings => {
      const offsets = new Uint32Array(this.terms.length + 1);
      let total = 0;
      byTerm.forEach((list, t) => {
        offsets[t] = total;
        total += list.length / 2;
      });
      offsets[this.terms.length] = total;
      const docs = new Uint32Array(total);
      const freqs = new Uint16Array(total);
      byTerm.forEach((list, t) => {
        const at = offsets[t]!;
        for (let i = 0; i < list.length; i += 2) {
          docs[at + i / 2] = list[i]!;
          freqs[at + i / 2] = list[i + 1]!;
        }
      });
      return {
        offsets,
        docs,
        freqs,
        lengths: Uint16Array.from(this.lengths[f]!, (n) => Math.min(n, 0xffff)),
        averageLength: this.averages[f]!,
      };
    });
    return { documentCount: this.count, terms: [...this.terms], fields };
  }
}

export interface ScoredDocument {
  doc: number;
  score: number;
}

export interface QueryTermWeight {
  term: string;
  boost: number;
}

/** Searchable postings: term lookup plus scratch space reused across queries. */
export class Postings {
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

  get documentCount(): number {
    return this.data.documentCount;
  }

  /** Occurrences of the term in the field of one document (binary search of its list). */
  frequency(term: string, doc: number, field = 0): number {
    const id = this.termIds.get(term);
    const f = this.data.fields[field];
    if (id === undefined || !f) return 0;
    let lo = f.offsets[id]!;
    let hi = f.offsets[id + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const at = f.docs[mid]!;
      if (at === doc) return f.freqs[mid]!;
      if (at < doc) lo = mid + 1;
      else hi = mid;
    }
    return 0;
  }

  /** The scores search() would give these documents (0 for one it would not reach). */
  score(query: QueryTermWeight[], docs: number[]): number[] {
    const n = this.data.documentCount;
    return docs.map((doc) => {
      let total = 0;
      let matched = 0;
      for (const { term, boost } of query) {
        const id = this.termIds.get(term);
        if (id === undefined) continue;
        let termScore = 0;
        let found = false;
        for (const field of this.data.fields) {
          const from = field.offsets[id]!;
          const to = field.offsets[id + 1]!;
          const df = to - from;
          let lo = from;
          let hi = to;
          while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (field.docs[mid]! < doc) lo = mid + 1;
            else hi = mid;
          }
          if (lo >= to || field.docs[lo] !== doc) continue;
          const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
          const tf = field.freqs[lo]!;
          const norm = 1 - BM25.b + (BM25.b * field.lengths[doc]!) / field.averageLength;
          const weighted = boost * (idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * norm)));
          termScore = found ? termScore + weighted : weighted;
          found = true;
        }
        if (found) {
          total += termScore;
          matched++;
        }
      }
      return total * matched;
    });
  }

  /** The field's length for a document (unique tokens; for articles, their passages). */
  length(doc: number, field = 0): number {
    return this.data.fields[field]?.lengths[doc] ?? 0;
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
