/**
 * A compact inverted index with MiniSearch's BM25+ scoring, in typed arrays.
 *
 * MiniSearch ranks passages well, but its index is a tree of Maps: at 200,000 passages it took
 * 7 s to load from its JSON and 1.5 GB of memory. The same postings in typed arrays load from
 * a file as views of one buffer, in milliseconds, at a tenth of the memory. The scoring is
 * MiniSearch's own formula, term by term and field by field in the same order, so rankings are
 * identical (tests/search/postings.test.ts checks this against MiniSearch itself).
 */

import { KthLargest, TopK } from "./topK.js";

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

export interface ScoredDocument {
  doc: number;
  score: number;
}

export interface QueryTermWeight {
  term: string;
  boost: number;
}

/**
 * A query's running scores are kept per document in one 32-bit word: the low COUNT_BITS
 * count the terms matched, the rest the score in units of the best possible score / UNITS,
 * rounded down. At 200,000 documents that is 800 KB, which stays in a core's cache where
 * exact doubles (3.2 MB) did not; exact scores are computed afterwards for the few documents
 * the words' bounds cannot rule out.
 */
const COUNT_BITS = 6;
const MAX_TERMS = (1 << COUNT_BITS) - 1;
const UNITS = 2 ** 24;
/** How many units one field's share of a term may be off: rounding down, single precision. */
const UNIT_ERROR = 2;
/** Look for the cut when the lists left hold more postings than this many per document reached. */
const CHECK = 1;
/** In the end phase, look candidates up in a list over this many times longer than them. */
const LOOK_UP = 16;

/** BM25+'s idf of a term in a field (MiniSearch's expression). */
function idfOf(documents: number, df: number): number {
  return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
}

/** What one posting adds before the query's boost: idf × (d + tf(k+1) / (tf + k·norm)). */
function impactOf(idf: number, tf: number, length: number, averageLength: number): number {
  const norm = 1 - BM25.b + (BM25.b * length) / averageLength;
  return idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * norm));
}

/** A query term the postings know, with what it can add to one document at most. */
interface PlannedTerm {
  /** Its place in the query: the tie-break counts documents reached in query order. */
  q: number;
  id: number;
  boost: number;
  /** boost × the sum over fields of the term's highest impact. */
  bound: number;
  postings: number;
}

/** Searchable postings: term lookup plus scratch space reused across queries. */
export class Postings {
  private readonly termIds: Map<string, number>;
  /**
   * Per field, each posting's BM25+ contribution before the query's boost, in single
   * precision: what bounds are summed from. Final scores are computed again exactly for the
   * few documents that can be among the best. Filled a term at a time on its first query, so
   * a start pays nothing and a term's cost is paid once.
   */
  private readonly impacts: Float32Array[];
  /** Per field, each term's highest impact: what bounds a document's score before it is known. */
  private readonly maxImpacts: Float64Array[];
  private readonly ready: Uint8Array;
  /** Per document, the running score in units and the terms matched (see COUNT_BITS). */
  private readonly scores: Uint32Array;
  /** Which query term last reached a document, so a term in several fields counts once. */
  private readonly lastTerm: Int32Array;
  private stamp = 0;
  /** Documents in the order reached, and their final words. */
  private readonly reached: Int32Array;
  private readonly words: Uint32Array;
  /** Documents that can still be among the best (ascending once sorted for look-ups). */
  private readonly candidates: Int32Array;
  /** For sorting documents by their number: low bits, then high bits. */
  private readonly spare: Int32Array;
  private readonly buckets: Uint32Array;
  private readonly radixBits: number;
  private readonly top = new TopK();
  private readonly kth = new KthLargest();
  private exact = exactScratchOf(0);
  /** Per query term (in bound order), how many documents the terms before it had reached. */
  private segments = new Int32Array(MAX_TERMS + 1);
  /** What cutAndKeep found. */
  private cut = 0;
  /** Per query term (in bound order): what it and the terms after it add at most, in units. */
  private restUnits = new Float64Array(MAX_TERMS + 2);
  /** Their postings. */
  private restPostings = new Float64Array(MAX_TERMS + 2);
  /** How many units a term's share of a score may be off, over all fields. */
  private readonly unitError: number;

  constructor(readonly data: PostingsData) {
    this.unitError = UNIT_ERROR * data.fields.length;
    this.termIds = new Map(data.terms.map((t, i) => [t, i]));
    const n = data.documentCount;
    this.impacts = data.fields.map((f) => new Float32Array(f.docs.length));
    this.maxImpacts = data.fields.map(() => new Float64Array(data.terms.length));
    this.ready = new Uint8Array(data.terms.length);
    this.scores = new Uint32Array(n);
    this.lastTerm = new Int32Array(n);
    this.reached = new Int32Array(n);
    this.words = new Uint32Array(n);
    this.candidates = new Int32Array(n);
    this.spare = new Int32Array(n);
    const bits = Math.max(1, Math.ceil(Math.log2(n + 1)));
    this.radixBits = Math.ceil(bits / 2);
    this.buckets = new Uint32Array(1 << Math.max(this.radixBits, bits - this.radixBits));
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
      if (to === from) return;
      const impacts = this.impacts[f]!;
      const { docs, freqs, lengths, averageLength } = field;
      const idf = idfOf(n, to - from);
      let max = 0;
      for (let i = from; i < to; i++) {
        const impact = impactOf(idf, freqs[i]!, lengths[docs[i]!]!, averageLength);
        impacts[i] = impact;
        if (impact > max) max = impact;
      }
      this.maxImpacts[f]![id] = max;
    });
    this.ready[id] = 1;
  }

  /** The exact impact of posting `at` of term `id` in field `f`, as MiniSearch computes it. */
  private exactImpact(f: number, id: number, at: number): number {
    const field = this.data.fields[f]!;
    const idf = idfOf(this.data.documentCount, field.offsets[id + 1]! - field.offsets[id]!);
    return impactOf(idf, field.freqs[at]!, field.lengths[field.docs[at]!]!, field.averageLength);
  }

  /** Occurrences of the term in the field of one document (binary search of its list). */
  frequency(term: string, doc: number, field = 0): number {
    const id = this.termIds.get(term);
    const f = this.data.fields[field];
    if (id === undefined || !f) return 0;
    const to = f.offsets[id + 1]!;
    const at = seek(f.docs, f.offsets[id]!, to, doc);
    return at < to && f.docs[at] === doc ? f.freqs[at]! : 0;
  }

  /** The scores search() would give these documents (0 for one it would not reach). */
  score(query: QueryTermWeight[], docs: number[]): number[] {
    const ids = query.map(({ term }) => this.termIds.get(term));
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
          const at = seek(field.docs, field.offsets[id]!, to, doc);
          if (at >= to || field.docs[at] !== doc) return;
          const weighted = boost * this.exactImpact(f, id, at);
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
   *
   * Exact, without walking every posting (MaxScore, term at a time). Terms go from the one
   * that can add most to the least, each adding its precomputed impacts, in whole units, into
   * one word per document; nothing is allocated per document. Once `limit` documents score
   * more than the terms left could give a document none has reached, the long lists left only
   * add to documents already reached that can still make the cut, and those drop out as it
   * rises. A document whose score, at the most its rounding allows, is below the limit-th
   * best at the least cannot be among the best; the few others are scored again exactly, term
   * by term in query order, so scores match the plain sum to the last bit and ties keep their
   * order.
   */
  search(query: QueryTermWeight[], limit: number): ScoredDocument[] {
    if (limit <= 0) return [];
    const planned = this.plan(query);
    if (planned.length === 0) return [];
    let best = 0;
    for (const t of planned) best += t.bound;
    // A negative or odd boost breaks the bounds: then every document reached is scored.
    const bounded =
      planned.length <= MAX_TERMS &&
      best > 0 &&
      Number.isFinite(best) &&
      planned.every((t) => t.boost >= 0);
    const perUnit = bounded ? UNITS / best : 0;
    if (this.stamp > 0x7fffffff - planned.length) {
      this.lastTerm.fill(0);
      this.stamp = 0;
    }
    const n = planned.length;
    const order = bounded ? [...planned].sort((x, y) => y.bound - x.bound) : planned;
    // What the terms from j on could add to one document at most (units), and their postings.
    const error = this.unitError;
    if (this.restUnits.length <= n) {
      this.restUnits = new Float64Array(n + 1);
      this.restPostings = new Float64Array(n + 1);
    }
    const { restUnits, restPostings } = this;
    restUnits[n] = 0;
    restPostings[n] = 0;
    for (let j = n - 1; j >= 0; j--) {
      restUnits[j] = restUnits[j + 1]! + order[j]!.bound * perUnit + error;
      restPostings[j] = restPostings[j + 1]! + order[j]!.postings;
    }
    if (this.segments.length < n) this.segments = new Int32Array(n);
    const { reached, candidates, segments } = this;
    let reachedCount = 0;
    let j = 0;
    let cut = 0;
    let count = 0;
    for (; j < n; j++) {
      segments[j] = reachedCount;
      // Worth a look when the lists left are longer than a pass over the documents reached.
      if (bounded && j > 0 && reachedCount >= limit && restPostings[j]! > CHECK * reachedCount) {
        // The most a document no term so far reached could score: once `limit` documents
        // already score more, the rest of the lists can only add to those reached.
        const floor = restUnits[j]! * (n - j) + 1;
        // (No document can score more than all the terms so far, each matched.)
        if (this.enoughCouldScore(restUnits, restPostings, j, reachedCount, limit, floor)) {
          // Documents first reached by term s or later matched at most terms s .. j − 1: those
          // that cannot score `floor` so far are passed over when looking for the cut.
          let s = 0;
          while (s < j && (restUnits[s]! - restUnits[j]!) * (j - s) >= floor) s++;
          const searched = segments[s]!;
          count = this.cutAndKeep(
            reached,
            searched,
            reachedCount,
            limit,
            floor,
            0,
            restUnits[j]!,
            n - j,
          );
          if (count >= 0) {
            cut = this.cut;
            break;
          }
        }
      }
      const term = order[j]!;
      reachedCount = this.addTerm(term, ++this.stamp, term.boost * perUnit, reachedCount);
    }
    let list = reached;
    let sorted = false;
    if (j < n) {
      list = candidates;
      for (; j < n; j++) {
        const term = order[j]!;
        const perImpact = term.boost * perUnit;
        // A list much longer than the candidates: look each candidate up in it (in document
        // order); otherwise walk it, adding only to candidates (others' scores were cleared).
        if (term.postings > LOOK_UP * count) {
          if (!sorted) this.sortDocuments(candidates, count);
          sorted = true;
          this.addToCandidates(term, ++this.stamp, perImpact, count);
        } else this.addToReached(term, ++this.stamp, perImpact);
        if (j + 1 < n && count > limit) {
          const rest = restUnits[j + 1]!;
          count = this.cutAndKeep(candidates, count, count, limit, cut, cut, rest, n - j - 1);
          cut = this.cut;
        }
      }
    } else count = reachedCount;
    count = bounded ? this.possibleBest(list, count, limit, sorted, cut) : this.everyReached(count);
    return this.exactTop(planned, candidates, count, limit);
  }

  /** The query's terms the postings hold, in query order, with their bounds. */
  private plan(query: QueryTermWeight[]): PlannedTerm[] {
    const planned: PlannedTerm[] = [];
    const fields = this.data.fields;
    query.forEach(({ term, boost }, q) => {
      const id = this.termIds.get(term);
      if (id === undefined) return;
      let postings = 0;
      for (const field of fields) postings += field.offsets[id + 1]! - field.offsets[id]!;
      if (postings === 0) return;
      this.prepare(id);
      let most = 0;
      for (let f = 0; f < fields.length; f++) most += this.maxImpacts[f]![id]!;
      planned.push({ q, id, boost, bound: boost * most, postings });
    });
    return planned;
  }

  /** Adds a term's units to every document it reaches; returns the new count reached. */
  private addTerm(
    term: PlannedTerm,
    stamp: number,
    perImpact: number,
    reachedCount: number,
  ): number {
    const { scores, lastTerm, reached, impacts } = this;
    const { id } = term;
    const fields = this.data.fields;
    let withPostings = 0;
    for (const field of fields) if (field.offsets[id + 1]! > field.offsets[id]!) withPostings++;
    if (withPostings === 1) {
      const f = fields.findIndex((field) => field.offsets[id + 1]! > field.offsets[id]!);
      const { docs, offsets } = fields[f]!;
      return addUnits(
        docs,
        impacts[f]!,
        offsets[id]!,
        offsets[id + 1]!,
        perImpact,
        scores,
        reached,
        reachedCount,
      );
    }
    // Several fields: the term counts once per document, whichever field reaches it first.
    let count = reachedCount;
    for (let f = 0; f < fields.length; f++) {
      const { docs, offsets } = fields[f]!;
      const weights = impacts[f]!;
      const to = offsets[id + 1]!;
      for (let i = offsets[id]!; i < to; i++) {
        const doc = docs[i]!;
        const word = scores[doc]!;
        const units = (weights[i]! * perImpact) << COUNT_BITS;
        if (lastTerm[doc] === stamp) scores[doc] = word + units;
        else {
          lastTerm[doc] = stamp;
          if (word === 0) reached[count++] = doc;
          scores[doc] = word + units + 1;
        }
      }
    }
    return count;
  }

  /**
   * Puts into `candidates` (ascending) every listed document whose score can be among the
   * `limit` best, clearing the running scores of all listed; returns how many. `known` is a
   * cut found earlier (or 0): at least `limit` listed documents score that much at the least.
   */
  private possibleBest(
    list: Int32Array,
    listed: number,
    limit: number,
    sorted: boolean,
    known: number,
  ): number {
    const { scores, words, candidates, kth } = this;
    const error = this.unitError;
    kth.reset(limit);
    // The limit-th best score at the least only rises as documents are offered: a document that
    // cannot reach it so far cannot reach it in the end, so one pass keeps the few that can
    // (in list order; `list` may be `candidates`, written behind where it is read). Starting
    // from the known cut spares offering the many below it.
    let least = known > 0 ? known - 1 : -1;
    let cut = known;
    let kept = 0;
    for (let r = 0; r < listed; r++) {
      const doc = list[r]!;
      const word = scores[doc]!;
      scores[doc] = 0;
      const matched = word & MAX_TERMS;
      const units = word >>> COUNT_BITS;
      const lower = Math.max(0, units - error * matched) * matched;
      if (lower > least) {
        kth.offer(lower);
        if (kth.full) cut = least = kth.value;
      }
      if ((units + error * matched) * matched >= cut) {
        candidates[kept] = doc;
        words[kept++] = word;
      }
    }
    // The limit-th best score at the least: only a document that can reach it can be among them.
    if (listed <= limit) cut = 0;
    else if (kth.full) cut = kth.value;
    let count = 0;
    for (let r = 0; r < kept; r++) {
      const word = words[r]!;
      const matched = word & MAX_TERMS;
      if (((word >>> COUNT_BITS) + error * matched) * matched >= cut)
        candidates[count++] = candidates[r]!;
    }
    if (!sorted) this.sortDocuments(candidates, count);
    return count;
  }

  /**
   * Whether `limit` of the documents the first j terms reached could already score `floor`,
   * from what they can match: a document matching m of them scores at most the m largest of
   * their bounds, m times over (terms go in order of their bounds), and at most
   * (postings walked − documents reached) / (m − 1) documents match m or more. When not,
   * looking is no use.
   */
  private enoughCouldScore(
    restUnits: Float64Array,
    restPostings: Float64Array,
    j: number,
    reachedCount: number,
    limit: number,
    floor: number,
  ): boolean {
    for (let m = 1; m <= j; m++) {
      if ((restUnits[0]! - restUnits[m]!) * m < floor) continue;
      return m === 1 || (restPostings[0]! - restPostings[j]! - reachedCount) / (m - 1) >= limit;
    }
    return false;
  }

  /**
   * One pass for two jobs (two passes cost a third more): finds the cut, the limit-th best
   * lower bound among the first `searched` listed documents counting only those at `floor` or
   * more, and moves into `candidates` (in list order; `list` may be `candidates`) the
   * documents that could still reach it if they matched every one of the `restTerms` terms
   * left (`restUnits` at most), clearing the others' scores.
   * Documents are dropped against the cut found so far (it only rises), so a few more may be
   * kept than the final cut allows; later passes drop them. Returns how many were kept and
   * sets `this.cut`, or returns −1, touching no score, when fewer than `limit` documents
   * among those searched reach `floor` and no cut is known (`known` is 0).
   */
  private cutAndKeep(
    list: Int32Array,
    searched: number,
    count: number,
    limit: number,
    floor: number,
    known: number,
    restUnits: number,
    restTerms: number,
  ): number {
    const { scores, candidates, kth } = this;
    const error = this.unitError;
    kth.reset(limit);
    // Offered bounds (whole units) must beat this: reach `floor` and 1, then, once `limit` are
    // in, the least of them.
    let least = Math.max(Math.ceil(floor), 1) - 1;
    let cut = known;
    let kept = 0;
    for (let i = 0; i < searched; i++) {
      const doc = list[i]!;
      const word = scores[doc]!;
      const matched = word & MAX_TERMS;
      const units = word >>> COUNT_BITS;
      const lower = (units - error * matched) * matched;
      if (lower > least) {
        kth.offer(lower);
        if (kth.full) {
          least = kth.value;
          if (least > cut) cut = least;
        }
      }
      if ((units + error * matched + restUnits) * (matched + restTerms) >= cut)
        candidates[kept++] = doc;
      else scores[doc] = 0;
    }
    if (cut === 0) return -1;
    for (let i = searched; i < count; i++) {
      const doc = list[i]!;
      const word = scores[doc]!;
      const matched = word & MAX_TERMS;
      if (((word >>> COUNT_BITS) + error * matched + restUnits) * (matched + restTerms) >= cut)
        candidates[kept++] = doc;
      else scores[doc] = 0;
    }
    this.cut = cut;
    return kept;
  }

  /** Adds a term's units to the candidates (ascending), finding each in the term's lists. */
  private addToCandidates(
    term: PlannedTerm,
    stamp: number,
    perImpact: number,
    count: number,
  ): void {
    const { scores, impacts, lastTerm, candidates } = this;
    const { id } = term;
    this.data.fields.forEach((field, f) => {
      const { docs, offsets } = field;
      const to = offsets[id + 1]!;
      let at = offsets[id]!;
      if (at === to) return;
      const weights = impacts[f]!;
      for (let i = 0; i < count && at < to; i++) {
        const doc = candidates[i]!;
        at = seek(docs, at, to, doc);
        if (at < to && docs[at] === doc) {
          const units = (weights[at]! * perImpact) << COUNT_BITS;
          // The term counts once per document, whichever of its fields matched first.
          if (lastTerm[doc] === stamp) scores[doc] = scores[doc]! + units;
          else {
            lastTerm[doc] = stamp;
            scores[doc] = scores[doc]! + units + 1;
          }
        }
      }
    });
  }

  /** Puts every reached document into `candidates` (ascending), clearing the scores. */
  private everyReached(reachedCount: number): number {
    const { scores, reached, candidates } = this;
    for (let r = 0; r < reachedCount; r++) {
      const doc = reached[r]!;
      scores[doc] = 0;
      candidates[r] = doc;
    }
    this.sortDocuments(candidates, reachedCount);
    return reachedCount;
  }

  /** Sorts list[0 .. count) ascending: a two-pass radix sort, documents being small integers. */
  private sortDocuments(list: Int32Array, count: number): void {
    // The insertion sort lives outside the class: inlined into possibleBest, it made V8 leave
    // possibleBest's optimised code on every call ("insufficient type feedback"), never
    // re-optimising it.
    if (count < 64) insertionSort(list, count);
    else this.radixSort(list, count);
  }

  private radixSort(list: Int32Array, count: number): void {
    const { spare, buckets } = this;
    const shift = this.radixBits;
    const mask = (1 << shift) - 1;
    buckets.fill(0);
    for (let i = 0; i < count; i++) buckets[list[i]! & mask]!++;
    for (let b = 0, at = 0; b <= mask; b++) {
      const size = buckets[b]!;
      buckets[b] = at;
      at += size;
    }
    for (let i = 0; i < count; i++) {
      const doc = list[i]!;
      spare[buckets[doc & mask]!++] = doc;
    }
    buckets.fill(0);
    for (let i = 0; i < count; i++) buckets[spare[i]! >>> shift]!++;
    for (let b = 0, at = 0; b < buckets.length; b++) {
      const size = buckets[b]!;
      buckets[b] = at;
      at += size;
    }
    for (let i = 0; i < count; i++) {
      const doc = spare[i]!;
      list[buckets[doc >>> shift]!++] = doc;
    }
  }

  /** Adds a term's units to the documents still scored (candidates), walking its lists. */
  private addToReached(term: PlannedTerm, stamp: number, perImpact: number): void {
    const { scores, impacts, lastTerm } = this;
    const { id } = term;
    const fields = this.data.fields;
    for (let f = 0; f < fields.length; f++) {
      const { docs, offsets } = fields[f]!;
      const weights = impacts[f]!;
      const to = offsets[id + 1]!;
      for (let i = offsets[id]!; i < to; i++) {
        const doc = docs[i]!;
        const word = scores[doc]!;
        if (word === 0) continue;
        const units = (weights[i]! * perImpact) << COUNT_BITS;
        // The term counts once per document, whichever of its fields matched first.
        if (lastTerm[doc] === stamp) scores[doc] = word + units;
        else {
          lastTerm[doc] = stamp;
          scores[doc] = word + units + 1;
        }
      }
    }
  }

  /**
   * The best `limit` of the listed documents (ascending), each scored again exactly and in
   * query order, so its score is the plain sum's to the last bit, ties broken by the order the
   * plain search first reaches documents in: query term, then field, then document.
   *
   * Term by term and field by field, as the plain sum adds: each list is walked once along
   * the documents (ascending), and a field without the term costs nothing.
   */
  private exactTop(
    planned: PlannedTerm[],
    list: Int32Array,
    count: number,
    limit: number,
  ): ScoredDocument[] {
    const fields = this.data.fields;
    const fieldCount = fields.length;
    const n = this.data.documentCount;
    const { totals, termScores, found, matches, firstReached } = this.exactScratch(count);
    totals.fill(0, 0, count);
    matches.fill(0, 0, count);
    firstReached.fill(-1, 0, count);
    for (const { id, boost, q } of planned) {
      found.fill(0, 0, count);
      for (let f = 0; f < fieldCount; f++) {
        const { docs, offsets, freqs, lengths, averageLength } = fields[f]!;
        const to = offsets[id + 1]!;
        let at = offsets[id]!;
        if (at === to) continue;
        const idf = idfOf(n, to - at);
        const reachedFrom = (q * fieldCount + f) * n;
        for (let i = 0; i < count && at < to; i++) {
          const doc = list[i]!;
          at = seek(docs, at, to, doc);
          if (at >= to || docs[at] !== doc) continue;
          const weighted = boost * impactOf(idf, freqs[at]!, lengths[doc]!, averageLength);
          termScores[i] = found[i] === 1 ? termScores[i]! + weighted : weighted;
          found[i] = 1;
          if (firstReached[i]! < 0) firstReached[i] = reachedFrom + doc;
        }
      }
      for (let i = 0; i < count; i++) {
        if (found[i] === 0) continue;
        totals[i] = totals[i]! + termScores[i]!;
        matches[i] = matches[i]! + 1;
      }
    }
    const top = this.top;
    top.reset(limit);
    for (let i = 0; i < count; i++) {
      top.offer(list[i]!, totals[i]! * matches[i]!, firstReached[i]!);
    }
    return top.results();
  }

  /** exactTop's per-candidate scratch, grown to at least `count` and kept across queries. */
  private exactScratch(count: number): ExactScratch {
    if (this.exact.totals.length < count)
      this.exact = exactScratchOf(Math.max(count, 2 * this.exact.totals.length));
    return this.exact;
  }
}

/** Per candidate: its score so far, the current term's, terms matched, when first reached. */
interface ExactScratch {
  totals: Float64Array;
  termScores: Float64Array;
  /** Whether the current term matched the candidate in a field already. */
  found: Uint8Array;
  matches: Float64Array;
  firstReached: Float64Array;
}

function exactScratchOf(size: number): ExactScratch {
  return {
    totals: new Float64Array(size),
    termScores: new Float64Array(size),
    found: new Uint8Array(size),
    matches: new Float64Array(size),
    firstReached: new Float64Array(size),
  };
}

/** Sorts list[0 .. count) ascending by insertion: for the few candidates of a small limit. */
function insertionSort(list: Int32Array, count: number): void {
  for (let i = 1; i < count; i++) {
    const doc = list[i]!;
    let k = i - 1;
    while (k >= 0 && list[k]! > doc) {
      list[k + 1] = list[k]!;
      k--;
    }
    list[k + 1] = doc;
  }
}

/**
 * The first place in docs[from .. to) holding a document ≥ doc. Documents spread fairly evenly
 * over a list, so the search starts where the document would be were they even, then gallops
 * and halves from there: fewer reads of a list not in cache than galloping from `from`.
 */
function seek(docs: Uint32Array, from: number, to: number, doc: number): number {
  if (from >= to) return from;
  const first = docs[from]!;
  if (first >= doc) return from;
  const last = docs[to - 1]!;
  if (last < doc) return to;
  // Here docs[from] < doc ≤ docs[to − 1], so `from` < the answer ≤ to − 1.
  const at = from + Math.floor(((doc - first) / (last - first)) * (to - 1 - from));
  let lo: number;
  let hi: number;
  if (docs[at]! < doc) {
    lo = at + 1;
    hi = at + 1;
    for (let step = 1; hi < to - 1 && docs[hi]! < doc; step *= 2) {
      lo = hi + 1;
      hi = at + 2 * step;
    }
    if (hi > to - 1) hi = to - 1;
  } else {
    hi = at;
    lo = at - 1;
    for (let step = 1; lo > from && docs[lo]! >= doc; step *= 2) {
      hi = lo;
      lo = at - 2 * step;
    }
    lo = Math.max(lo, from) + 1;
  }
  // The answer is in [lo, hi], and docs[hi] ≥ doc.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid]! < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Adds one term's postings in one field, in whole units, to the documents' words, noting
 * documents reached for the first time; returns the new count of reached documents. Kept
 * apart from search() so the engine optimises this hot loop on its own.
 */
function addUnits(
  docs: Uint32Array,
  weights: Float32Array,
  from: number,
  to: number,
  perImpact: number,
  scores: Uint32Array,
  reached: Int32Array,
  reachedCount: number,
): number {
  let count = reachedCount;
  for (let i = from; i < to; i++) {
    const doc = docs[i]!;
    const word = scores[doc]!;
    // Branch-free: the slot is overwritten unless the document is new (words stay < 2^31).
    reached[count] = doc;
    count += (word - 1) >>> 31;
    scores[doc] = word + ((weights[i]! * perImpact) << COUNT_BITS) + 1;
  }
  return count;
}
