import fc from "fast-check";
import Fuse from "fuse.js";
import { describe, expect, it } from "vitest";
import { allowedEdits, editDistance } from "../../src/search/editDistance.js";
import { Lexicon, nearIn, type Near } from "../../src/search/lexicon.js";

const FUSE_OPTIONS = { includeScore: true, threshold: 0.45, ignoreLocation: true };

/** The lookup as it was: fuse.js over each whole bucket, each hit checked by edit distance. */
function closestByFuse(words: string[], word: string, limit = allowedEdits(word.length)): Near[] {
  if (limit === 0 || !word) return [];
  const buckets = new Map<string, string[]>();
  for (const w of new Set(words)) {
    const key = `${w[0] ?? ""}:${w.length}`;
    buckets.set(key, [...(buckets.get(key) ?? []), w]);
  }
  const found: Near[] = [];
  for (let length = word.length - limit; length <= word.length + limit; length++) {
    const bucket = buckets.get(`${word[0]}:${length}`);
    if (!bucket) continue;
    for (const hit of new Fuse(bucket, FUSE_OPTIONS).search(word, { limit: 20 })) {
      if (hit.item === word) continue;
      const edits = editDistance(word, hit.item, limit);
      if (edits <= limit) found.push({ word: hit.item, edits });
    }
  }
  return found.sort((a, b) => a.edits - b.edits || a.word.localeCompare(b.word));
}

// Few letters, so buckets hold many near words and fuse.js's limit of 20 is often reached.
const letter = fc.constantFrom("a", "b", "e", "n", "r", "s", "t", "A", "é", " ", "-");
const word = fc.array(letter, { minLength: 1, maxLength: 14 }).map((l) => `s${l.join("")}`);

// Two letters: most words of a length are within an edit or two of each other.
const narrowWord = fc
  .array(fc.constantFrom("a", "b"), { minLength: 5, maxLength: 9 })
  .map((l) => `s${l.join("")}`);

/** A word with a few random slips: replaced, dropped, doubled or swapped letters. */
const slipped = (w: string, slips: number[]): string => {
  let out = w;
  for (const s of slips) {
    const at = 1 + (s % Math.max(1, out.length - 1));
    const kind = s % 4;
    if (kind === 0) out = out.slice(0, at) + "e" + out.slice(at + 1);
    else if (kind === 1) out = out.slice(0, at) + out.slice(at + 1);
    else if (kind === 2) out = out.slice(0, at) + out[at - 1] + out.slice(at);
    else if (at + 1 < out.length)
      out = out.slice(0, at) + out[at + 1] + out[at] + out.slice(at + 2);
  }
  return out;
};

describe("Lexicon.closest", () => {
  it("finds what fuse.js over every whole bucket finds, on generated vocabularies", () => {
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 400 }),
        fc.nat(),
        fc.array(fc.nat(), { maxLength: 3 }),
        (words, pick, slips) => {
          const asked = slipped(words[pick % words.length]!, slips);
          const lexicon = new Lexicon(words);
          expect(lexicon.closest(asked)).toEqual(closestByFuse(words, asked));
          expect(lexicon.closest(asked, 3)).toEqual(closestByFuse(words, asked, 3));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("finds what fuse.js finds when dozens of words crowd around the one asked for", () => {
    fc.assert(
      fc.property(
        fc.array(narrowWord, { minLength: 50, maxLength: 400 }),
        fc.nat(),
        fc.array(fc.nat(), { maxLength: 2 }),
        (words, pick, slips) => {
          const asked = slipped(words[pick % words.length]!, slips);
          const lexicon = new Lexicon(words);
          expect(lexicon.closest(asked)).toEqual(closestByFuse(words, asked));
          expect(lexicon.closest(asked, 2)).toEqual(closestByFuse(words, asked, 2));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("keeps fuse.js's limit: of 30 words one edit away, only its best 20 of the bucket count", () => {
    const ends = [..."abcdefghijklmnopqrstuvwxyz0123"];
    const bucket = ends.map((end) => `meeting${end}`);
    const found = nearIn(bucket, "meeting9", 1);
    expect(found).toHaveLength(20);
    expect(found).toEqual(closestByFuse(bucket, "meeting9", 1));
  });

  it("finds nothing when no word of the bucket is within the edits allowed", () => {
    expect(new Lexicon(["sourness", "saunters"]).closest("sourdough")).toEqual([]);
  });

  it("finds a slip of a long word against a vocabulary of real words", () => {
    const lexicon = new Lexicon(["appointment", "appointed", "apartment", "department"]);
    expect(lexicon.closest("apointment")).toEqual([{ word: "appointment", edits: 1 }]);
  });
});
