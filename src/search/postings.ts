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

/** A Uint32Array that grows as values are appended. */
class GrowingU32 {
  private data = new Uint32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  /** The values appended, in an array of their own size. */
  finish(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * Consecutive documents' fields as numbers, with terms numbered in the order they first
 * appear: what a build thread sends back instead of every term of every passage as a string
 * (which, at 200,000 passages, took hundreds of megabytes to hold and to copy).
 */
export interface PostingsRun {
  fieldCount: number;
  documentCount: number;
  /** The run's terms; a term's number in `entries` is its position here. */
  terms: string[];
  /** Each document's field lengths, document after document. */
  lengths: Uint32Array;
  /** Per document, per field: how many distinct terms, then [term, frequency] pairs. */
  entries: Uint32Array;
}

/** Encodes documents one at a time into a PostingsRun. */
export class PostingsEncoder {
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly lengths = new GrowingU32();
  private readonly entries = new GrowingU32();
  private count = 0;

  constructor(private readonly fieldCount: number) {}

  /** Adds the next document; returns its number in the run. */
  add(fields: FieldInput[]): number {
    for (let f = 0; f < this.fieldCount; f++) {
      const field = fields[f] ?? { terms: [], length: 0 };
      this.lengths.push(field.length);
      // Distinct terms in the order they first appear, as MiniSearch adds them.
      const freqs = new Map<string, number>();
      for (const term of field.terms) freqs.set(term, (freqs.get(term) ?? 0) + 1);
      this.entries.push(freqs.size);
      for (const [term, freq] of freqs) {
        let id = this.termIds.get(term);
        if (id === undefined) {
          id = this.terms.length;
          this.termIds.set(term, id);
          this.terms.push(term);
        }
        this.entries.push(id);
        this.entries.push(Math.min(freq, 0xffff));
      }
    }
    return this.count++;
  }

  finish(): PostingsRun {
    return {
      fieldCount: this.fieldCount,
      documentCount: this.count,
      terms: this.terms,
      lengths: this.lengths.finish(),
      entries: this.entries.finish(),
    };
  }
}

/**
 * The postings of runs of consecutive documents, joined in order: exactly what adding every
 * document to one builder gives (terms numbered by first appearance, documents ascending in
 * each list, field-length averages accumulated document by document as MiniSearch does).
 * Two passes over the runs' numbers: count each list, then fill it in place.
 */
export function mergeRuns(runs: PostingsRun[], fieldCount: number): PostingsData {
  if (runs.some((run) => run.fieldCount !== fieldCount)) throw new Error("runs differ in fields");
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const globalOf = runs.map((run) => new Int32Array(run.terms.length).fill(-1));
  const maxTerms = runs.reduce((n, run) => n + run.terms.length, 0);
  const counts = Array.from({ length: fieldCount }, () => new Uint32Array(maxTerms + 1));
  const documentCount = runs.reduce((n, run) => n + run.documentCount, 0);
  const lengths = Array.from({ length: fieldCount }, () => new Uint16Array(documentCount));
  const averages = new Array<number>(fieldCount).fill(0);
  let doc = 0;
  runs.forEach((run, r) => {
    const map = globalOf[r]!;
    const { entries } = run;
    let at = 0;
    for (let d = 0; d < run.documentCount; d++, doc++) {
      for (let f = 0; f < fieldCount; f++) {
        const length = run.lengths[d * fieldCount + f]!;
        averages[f] = (averages[f]! * doc + length) / (doc + 1);
        lengths[f]![doc] = Math.min(length, 0xffff);
        const n = entries[at++]!;
        const fieldCounts = counts[f]!;
        for (let k = 0; k < n; k++, at += 2) {
          const local = entries[at]!;
          let id = map[local]!;
          if (id < 0) {
            const term = run.terms[local]!;
            id = termIds.get(term) ?? -1;
            if (id < 0) {
              id = terms.length;
              termIds.set(term, id);
              terms.push(term);
            }
            map[local] = id;
          }
          fieldCounts[id]!++;
        }
      }
    }
  });
  const offsets = counts.map((c) => {
    const out = new Uint32Array(terms.length + 1);
    for (let t = 0; t < terms.length; t++) out[t + 1] = out[t]! + c[t]!;
    return out;
  });
  const docs = offsets.map((o) => new Uint32Array(o[terms.length]!));
  const freqs = offsets.map((o) => new Uint16Array(o[terms.length]!));
  // The counts become each list's next free place.
  counts.forEach((c, f) => c.set(offsets[f]!.subarray(0, terms.length)));
  doc = 0;
  runs.forEach((run, r) => {
    const map = globalOf[r]!;
    const { entries } = run;
    let at = 0;
    for (let d = 0; d < run.documentCount; d++, doc++) {
      for (let f = 0; f < fieldCount; f++) {
        const n = entries[at++]!;
        const next = counts[f]!;
        for (let k = 0; k < n; k++, at += 2) {
          const id = map[entries[at]!]!;
          const place = next[id]!++;
          docs[f]![place] = doc;
          freqs[f]![place] = entries[at + 1]!;
        }
      }
    }
  });
  return {
    documentCount,
    terms,
    fields: offsets.map((o, f) => ({
      offsets: o,
      docs: docs[f]!,
      freqs: freqs[f]!,
      lengths: lengths[f]!,
      averageLength: averages[f]!,
    })),
  };
}

/** Builds postings from documents added one at a time (ids are consecutive from 0). */
export class PostingsBuilder {
  private readonly encoder: PostingsEncoder;

  constructor(private readonly fieldCount: number) {
    this.encoder = new PostingsEncoder(fieldCount);
  }

  /** Adds the next document; returns its id. */
  add(fields: FieldInput[]): number {
    return this.encoder.add(fields);
  }

  build(): PostingsData {
    return mergeRuns([this.encoder.finish()], this.fieldCount);
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
  /**
   * Per field, each posting's BM25+ contribution before the query's boost: idf × (d + tf(k+1)
   * / (tf + k·norm)), the very expression the scorer used to evaluate per posting, so scores
   * stay the same to the last bit. Filled a term at a time on its first query, so a start pays
   * nothing and a term's cost is paid once.
   */
  private readonly impacts: Float64Array[];
  private readonly ready: Uint8Array;
  /** Per document, side by side: [2d] its score so far, [2d + 1] query terms it matched. */
  private readonly state: Float64Array;
  private readonly termScores: Float64Array;
  /** Which query term last reached a document (its index + 1), so fields add up per term. */
  private readonly lastTerm: Int32Array;
  /** Documents in the order first reached (the tie-break), and those the current term reached. */
  private readonly reached: Int32Array;
  private readonly touched: Int32Array;
  private readonly top = new TopK();

  constructor(readonly data: PostingsData) {
    this.termIds = new Map(data.terms.map((t, i) => [t, i]));
    const n = data.documentCount;
    this.impacts = data.fields.map((f) => new Float64Array(f.docs.length));
    this.ready = new Uint8Array(data.terms.length);
    this.state = new Float64Array(2 * n);
    this.termScores = new Float64Array(n);
    this.lastTerm = new Int32Array(n);
    this.reached = new Int32Array(n);
    this.touched = new Int32Array(n);
  }

  get documentCount(): number {
    return this.data.documentCount;
  }

  /** Computes a term's impacts in every field, the first time the term is asked for. */
  private prepare(id: number): void {
    if (this.ready[id] === 1) return;
    const n = this.data.documentCount;
    this.data.fields.forEach((field, f) => {
      const from = field.offsets[id]!;
      const to = field.offsets[id + 1]!;
      const df = to - from;
      if (df === 0) return;
      const impacts = this.impacts[f]!;
      const { docs, freqs, lengths, averageLength } = field;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      for (let i = from; i < to; i++) {
        const tf = freqs[i]!;
        const norm = 1 - BM25.b + (BM25.b * lengths[docs[i]!]!) / averageLength;
        impacts[i] = idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * norm));
      }
    });
    this.ready[id] = 1;
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
    const ids = query.map(({ term }) => this.termIds.get(term));
    for (const id of ids) if (id !== undefined) this.prepare(id);
    return docs.map((doc) => {
      let total = 0;
      let matched = 0;
      query.forEach(({ boost }, q) => {
        const id = ids[q];
        if (id === undefined) return;
        let termScore = 0;
        let found = false;
        this.data.fields.forEach((field, f) => {
          const to = field.offsets[id + 1]!;
          let lo = field.offsets[id]!;
          let hi = to;
          while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (field.docs[mid]! < doc) lo = mid + 1;
            else hi = mid;
          }
          if (lo >= to || field.docs[lo] !== doc) return;
          const weighted = boost * this.impacts[f]![lo]!;
          termScore = found ? termScore + weighted : weighted;
          found = true;
        });
        if (found) {
          total += termScore;
          matched++;
        }
      });
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
   * One pass over each term's postings adding precomputed impacts into typed arrays; nothing
   * is allocated per document.
   */
  search(query: QueryTermWeight[], limit: number): ScoredDocument[] {
    const { state, termScores, lastTerm, reached, touched, impacts } = this;
    const fields = this.data.fields;
    let reachedCount = 0;
    let stamped = false;
    for (let q = 0; q < query.length; q++) {
      const { term, boost } = query[q]!;
      const id = this.termIds.get(term);
      if (id === undefined) continue;
      this.prepare(id);
      let withPostings = 0;
      for (const field of fields) if (field.offsets[id + 1]! > field.offsets[id]!) withPostings++;
      if (withPostings === 1) {
        // One field: each document appears once, its term score is this one impact.
        const f = fields.findIndex((field) => field.offsets[id + 1]! > field.offsets[id]!);
        const { docs, offsets } = fields[f]!;
        reachedCount = addImpacts(
          docs,
          impacts[f]!,
          offsets[id]!,
          offsets[id + 1]!,
          boost,
          state,
          reached,
          reachedCount,
        );
        continue;
      }
      // Several fields: a term's fields are summed first, then added, as MiniSearch adds them.
      const stamp = q + 1;
      stamped = true;
      let touchedCount = 0;
      for (let f = 0; f < fields.length; f++) {
        const { docs, offsets } = fields[f]!;
        const weights = impacts[f]!;
        const to = offsets[id + 1]!;
        for (let i = offsets[id]!; i < to; i++) {
          const doc = docs[i]!;
          const weighted = boost * weights[i]!;
          if (lastTerm[doc] !== stamp) {
            lastTerm[doc] = stamp;
            termScores[doc] = weighted;
            touched[touchedCount++] = doc;
            if (state[2 * doc + 1] === 0) reached[reachedCount++] = doc;
          } else termScores[doc] = termScores[doc]! + weighted;
        }
      }
      for (let j = 0; j < touchedCount; j++) {
        const doc = touched[j]!;
        state[2 * doc] = state[2 * doc]! + termScores[doc]!;
        state[2 * doc + 1] = state[2 * doc + 1]! + 1;
      }
    }
    const top = this.top;
    top.reset(limit);
    for (let r = 0; r < reachedCount; r++) {
      const doc = reached[r]!;
      const score = state[2 * doc]! * state[2 * doc + 1]!;
      if (top.admits(score)) top.offer(doc, score, r);
      state[2 * doc] = 0;
      state[2 * doc + 1] = 0;
    }
    if (stamped) for (let r = 0; r < reachedCount; r++) lastTerm[reached[r]!] = 0;
    return top.results();
  }
}

/**
 * Adds boost × impact for one term's postings in one field straight into the scores, noting
 * documents reached for the first time; returns the new count of reached documents. Kept
 * apart from search() so the engine optimises this hot loop on its own.
 */
function addImpacts(
  docs: Uint32Array,
  weights: Float64Array,
  from: number,
  to: number,
  boost: number,
  state: Float64Array,
  reached: Int32Array,
  reachedCount: number,
): number {
  let count = reachedCount;
  for (let i = from; i < to; i++) {
    const doc = docs[i]!;
    const at = 2 * doc;
    const m = state[at + 1]!;
    if (m === 0) reached[count++] = doc;
    state[at] = state[at]! + boost * weights[i]!;
    state[at + 1] = m + 1;
  }
  return count;
}

/**
 * The `limit` highest scores among candidates offered in their tie-break order, best first: a
 * bounded heap in typed arrays, so a common word reaching half the corpus neither sorts all of
 * it nor allocates per candidate. Equal scores keep the order they were offered in.
 */
export class TopK {
  private docs = new Int32Array(0);
  private scores = new Float64Array(0);
  private orders = new Int32Array(0);
  private size = 0;
  private limit = 0;

  reset(limit: number): void {
    this.limit = Math.max(0, limit);
    this.size = 0;
    if (this.docs.length < this.limit) {
      this.docs = new Int32Array(this.limit);
      this.scores = new Float64Array(this.limit);
      this.orders = new Int32Array(this.limit);
    }
  }

  /** Worse: lower score, or equal score and offered later. */
  private worse(i: number, j: number): boolean {
    const a = this.scores[i]!;
    const b = this.scores[j]!;
    return a < b || (a === b && this.orders[i]! > this.orders[j]!);
  }

  private swap(i: number, j: number): void {
    const { docs, scores, orders } = this;
    const d = docs[i]!;
    docs[i] = docs[j]!;
    docs[j] = d;
    const s = scores[i]!;
    scores[i] = scores[j]!;
    scores[j] = s;
    const o = orders[i]!;
    orders[i] = orders[j]!;
    orders[j] = o;
  }

  /**
   * Whether a score offered now (after everything held) would be kept: the heap is not full,
   * or it beats the worst held, a tie going to the one offered first.
   */
  admits(score: number): boolean {
    return this.size < this.limit || (this.limit > 0 && score > this.scores[0]!);
  }

  offer(doc: number, score: number, order: number): void {
    if (this.size < this.limit) {
      let i = this.size++;
      this.docs[i] = doc;
      this.scores[i] = score;
      this.orders[i] = order;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.worse(i, parent)) return;
        this.swap(i, parent);
        i = parent;
      }
      return;
    }
    if (this.limit === 0) return;
    // Offered later than everything held, so it needs a strictly higher score than the worst.
    if (!(score > this.scores[0]!)) return;
    this.docs[0] = doc;
    this.scores[0] = score;
    this.orders[0] = order;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.size && this.worse(l, m)) m = l;
      if (r < this.size && this.worse(r, m)) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }

  /** What the heap holds, best first. */
  results(): ScoredDocument[] {
    const out: ScoredDocument[] = [];
    for (let i = 0; i < this.size; i++) out.push({ doc: this.docs[i]!, score: this.scores[i]! });
    const order = Array.from({ length: this.size }, (_, i) => i);
    order.sort((a, b) => this.scores[b]! - this.scores[a]! || this.orders[a]! - this.orders[b]!);
    return order.map((i) => out[i]!);
  }
}
