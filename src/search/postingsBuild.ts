/**
 * Building postings: documents encoded as numbers one at a time (a build thread's run), runs
 * joined in order into the typed arrays Postings searches.
 */

import type { PostingsData } from "./postings.js";

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
