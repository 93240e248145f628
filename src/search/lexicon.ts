import Fuse from "fuse.js";
import { allowedEdits, editDistance } from "./editDistance.js";

export interface Near {
  word: string;
  edits: number;
}

const FUSE_OPTIONS = { includeScore: true, threshold: 0.45, ignoreLocation: true };
/** fuse.js proposes this many candidates per bucket searched. */
const FUSE_LIMIT = 20;
/** fuse.js's bitap reads patterns of up to 32 characters in one piece. */
const BITAP_BITS = 32;

/** Per UTF-16 code unit, how many of the pattern's are still unmatched: scratch, reset after use. */
const unmatched = new Int32Array(65536);

/**
 * How many characters two words share, counted with repeats. Every edit leaves at most one
 * character of either word without an equal partner, so it bounds edit distances from below.
 */
function shared(pattern: string, text: string): number {
  for (let i = 0; i < pattern.length; i++) unmatched[pattern.charCodeAt(i)]!++;
  let both = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (unmatched[c]! > 0) {
      unmatched[c]!--;
      both++;
    }
  }
  for (let i = 0; i < pattern.length; i++) unmatched[pattern.charCodeAt(i)] = 0;
  return both;
}

/**
 * Words findable by approximate spelling. fuse.js proposes candidates, an edit-distance check
 * confirms them. Words are kept in buckets by first letter and length, and a lookup only
 * searches the buckets a misspelling could come from: a slip rarely hits the first letter, and
 * it changes the length by at most the edits allowed.
 *
 * fuse.js scans every word it is given, and its bitap costs a large corpus's vocabulary several
 * milliseconds per misspelt word. So the words the edit check would confirm are found first,
 * and fuse.js is asked only whether they are among its best 20 of the bucket: on just those
 * words, and on the words that could score at least as well as one of them. A word's fuse.js
 * score (errors over the pattern's length) is its own, whatever else the list holds, and is at
 * least the share of the pattern's characters it lacks; words further off can never be ranked
 * before the confirmed ones, so the answer is the one fuse.js over the whole bucket gives.
 */
export class Lexicon {
  private readonly buckets = new Map<string, string[]>();

  constructor(words: Iterable<string>) {
    for (const word of new Set(words)) {
      const key = Lexicon.key(word[0] ?? "", word.length);
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(word);
      else this.buckets.set(key, [word]);
    }
  }

  private static key(first: string, length: number): string {
    return `${first}:${length}`;
  }

  /** The closest words within the edits a word this long may carry, closest first. */
  closest(word: string, limit = allowedEdits(word.length)): Near[] {
    if (limit === 0 || !word) return [];
    const found: Near[] = [];
    for (let length = word.length - limit; length <= word.length + limit; length++) {
      const bucket = this.buckets.get(Lexicon.key(word[0]!, length));
      if (bucket) found.push(...nearIn(bucket, word, limit));
    }
    return found.sort((a, b) => a.edits - b.edits || a.word.localeCompare(b.word));
  }
}

/**
 * The bucket's words within `limit` edits of the word that fuse.js ranks among its best 20 for
 * it: exactly what searching the whole bucket with fuse.js and checking each hit gives.
 */
export function nearIn(bucket: readonly string[], word: string, limit: number): Near[] {
  const confirmed = new Map<string, number>();
  for (const other of bucket) {
    if (other === word) continue;
    if (Math.max(word.length, other.length) - shared(word, other) > limit) continue;
    const edits = editDistance(word, other, limit);
    if (edits <= limit) confirmed.set(other, edits);
  }
  if (confirmed.size === 0) return [];
  const pattern = word.toLowerCase();
  let candidates: readonly string[] = bucket;
  if (pattern.length <= BITAP_BITS) {
    // fuse.js's own scores of the confirmed words; anything it ranks before one scores no worse.
    let worst = -1;
    for (const hit of new Fuse([...confirmed.keys()], FUSE_OPTIONS).search(word)) {
      worst = Math.max(worst, hit.score ?? 0);
    }
    if (worst < 0) return [];
    const n = pattern.length;
    candidates = bucket.filter((w) => (n - shared(pattern, w.toLowerCase())) / n <= worst);
  }
  const out: Near[] = [];
  for (const hit of new Fuse(candidates, FUSE_OPTIONS).search(word, { limit: FUSE_LIMIT })) {
    const edits = confirmed.get(hit.item);
    if (edits !== undefined) out.push({ word: hit.item, edits });
  }
  return out;
}
