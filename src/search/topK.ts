import type { ScoredDocument } from "./postings.js";

/**
 * The `limit` highest scores among candidates, best first: a bounded heap in typed arrays, so a
 * common word reaching half the corpus neither sorts all of it nor allocates per candidate.
 * Equal scores go to the lower order (the order a document was first reached in).
 */
export class TopK {
  private docs = new Int32Array(0);
  private scores = new Float64Array(0);
  private orders = new Float64Array(0);
  private size = 0;
  private limit = 0;

  reset(limit: number): void {
    this.limit = Math.max(0, limit);
    this.size = 0;
    if (this.docs.length < this.limit) {
      this.docs = new Int32Array(this.limit);
      this.scores = new Float64Array(this.limit);
      this.orders = new Float64Array(this.limit);
    }
  }

  /** Worse: lower score, or equal score and a higher order. */
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

  /** Offers a candidate; orders must differ between candidates (they break ties). */
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
    const worst = this.scores[0]!;
    if (score < worst || (score === worst && order > this.orders[0]!)) return;
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

  /** What the heap holds, best first; empties it. */
  results(): ScoredDocument[] {
    const out = new Array<ScoredDocument>(this.size);
    // Taking the worst off the heap again and again fills the list from its end.
    while (this.size > 0) {
      const last = --this.size;
      out[last] = { doc: this.docs[0]!, score: this.scores[0]! };
      this.swap(0, last);
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.size && this.worse(l, m)) m = l;
        if (r < this.size && this.worse(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return out;
  }
}

/** Buckets for narrowing a large selection down before the quickselect. */
const BUCKETS = 1024;
const histogram = new Uint32Array(BUCKETS);
let narrowed = new Float64Array(0);

/**
 * The k-th largest (k from 1) of values[0 .. count), all ≥ 0, which it may reorder. Among many
 * values, a histogram finds the values that can be among the k largest first (one pass, no
 * swaps), and only those go through the quickselect.
 */
export function kthLargest(values: Float64Array, count: number, k: number): number {
  if (count <= 4 * k || count < 256) return quickselect(values, count, k);
  let max = 0;
  for (let i = 0; i < count; i++) if (values[i]! > max) max = values[i]!;
  if (max === 0) return 0;
  const scale = (BUCKETS - 1) / max;
  histogram.fill(0);
  for (let i = 0; i < count; i++) histogram[(values[i]! * scale) | 0]!++;
  // The lowest bucket such that it and those above hold k values: the k largest are there.
  let bucket = BUCKETS - 1;
  let above = histogram[bucket]!;
  while (above < k) above += histogram[--bucket]!;
  if (narrowed.length < above) narrowed = new Float64Array(Math.max(above, 2 * narrowed.length));
  let n = 0;
  for (let i = 0; i < count; i++) {
    const value = values[i]!;
    if (((value * scale) | 0) >= bucket) narrowed[n++] = value;
  }
  return quickselect(narrowed, n, k);
}

/** The k-th largest of values[0 .. count) by quickselect, which reorders them. */
function quickselect(values: Float64Array, count: number, k: number): number {
  const target = k - 1;
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return values[target]!;
  }
  return values[target]!;
}
