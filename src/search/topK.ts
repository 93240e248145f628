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
    this.siftDown();
  }

  /** Moves the entry at the top down until each entry is worse than those below it. */
  private siftDown(): void {
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
      this.siftDown();
    }
    return out;
  }
}

/**
 * The k-th largest of the values offered (k from 1): a min-heap of the k largest so far. Most
 * values offered once it is full are below its least and cost one comparison.
 */
export class KthLargest {
  private heap = new Float64Array(0);
  private size = 0;
  private k = 0;

  reset(k: number): void {
    this.k = Math.max(0, k);
    this.size = 0;
    if (this.heap.length < this.k) this.heap = new Float64Array(this.k);
  }

  offer(value: number): void {
    const { heap } = this;
    if (this.size < this.k) {
      let i = this.size++;
      heap[i] = value;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (heap[parent]! <= value) return;
        heap[i] = heap[parent]!;
        heap[parent] = value;
        i = parent;
      }
      return;
    }
    if (this.k === 0 || value <= heap[0]!) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) break;
      const r = l + 1;
      const m = r < this.size && heap[r]! < heap[l]! ? r : l;
      if (heap[m]! >= value) break;
      heap[i] = heap[m]!;
      i = m;
    }
    heap[i] = value;
  }

  /** Whether k values were offered. */
  get full(): boolean {
    return this.k > 0 && this.size === this.k;
  }

  /** The k-th largest value offered (undefined until `full`). */
  get value(): number {
    return this.heap[0]!;
  }
}
