import Fuse from "fuse.js";
import { allowedEdits, editDistance } from "./editDistance.js";

export interface Near {
  word: string;
  edits: number;
}

const FUSE_OPTIONS = { includeScore: true, threshold: 0.45, ignoreLocation: true };

/**
 * Words findable by approximate spelling. fuse.js proposes candidates, an edit-distance check
 * confirms them. Words are kept in buckets by first letter and length, and a lookup only
 * searches the buckets a misspelling could come from: a slip rarely hits the first letter, and
 * it changes the length by at most the edits allowed. This keeps lookups fast on a large
 * vocabulary (fuse.js scans every word it is given).
 */
export class Lexicon {
  private readonly buckets = new Map<string, string[]>();
  private readonly fuses = new Map<string, Fuse<string>>();

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

  private fuseFor(key: string): Fuse<string> | undefined {
    let fuse = this.fuses.get(key);
    if (!fuse) {
      const bucket = this.buckets.get(key);
      if (!bucket) return undefined;
      fuse = new Fuse(bucket, FUSE_OPTIONS);
      this.fuses.set(key, fuse);
    }
    return fuse;
  }

  /** The closest words within the edits a word this long may carry, closest first. */
  closest(word: string, limit = allowedEdits(word.length)): Near[] {
    if (limit === 0 || !word) return [];
    const found: Near[] = [];
    for (let length = word.length - limit; length <= word.length + limit; length++) {
      const fuse = this.fuseFor(Lexicon.key(word[0]!, length));
      if (!fuse) continue;
      for (const hit of fuse.search(word, { limit: 20 })) {
        if (hit.item === word) continue;
        const edits = editDistance(word, hit.item, limit);
        if (edits <= limit) found.push({ word: hit.item, edits });
      }
    }
    return found.sort((a, b) => a.edits - b.edits || a.word.localeCompare(b.word));
  }
}
