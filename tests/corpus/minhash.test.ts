import { describe, expect, it } from "vitest";
import {
  bandedPairs,
  containedPairs,
  sharedCount,
  shingleHashes,
  signature,
  sortedSet,
  WordHasher,
} from "../../src/corpus/minhash.js";

const words = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const setOf = (ws: string[], hasher = new WordHasher()) => sortedSet(shingleHashes(ws, 4, hasher));

describe("shingleHashes", () => {
  it("gives the same shingle the same hash wherever it occurs, and different shingles different ones", () => {
    const hasher = new WordHasher();
    const a = shingleHashes(["the", "talks", "ended", "late", "the", "talks", "ended", "late"], 4, hasher);
    expect(a).toHaveLength(5);
    expect(a[0]).toBe(a[4]);
    expect(new Set(a).size).toBe(4);
  });

  it("returns nothing for a text shorter than one shingle", () => {
    expect(shingleHashes(["too", "short"], 4, new WordHasher())).toHaveLength(0);
  });
});

describe("sortedSet and sharedCount", () => {
  it("count the values two sets share, once each", () => {
    const a = sortedSet(Float64Array.from([5, 1, 3, 3, 9]));
    const b = sortedSet(Float64Array.from([9, 3, 4, 4]));
    expect([...a]).toEqual([1, 3, 5, 9]);
    expect(sharedCount(a, b)).toBe(2);
  });
});

describe("bandedPairs", () => {
  it("pairs documents whose signatures agree on a whole band and no others", () => {
    const sigs = [
      Uint32Array.from([1, 2, 3, 4]),
      Uint32Array.from([9, 2, 3, 4]), // agrees with 0 on the second band
      Uint32Array.from([1, 8, 7, 6]), // agrees with 0 on one row only
    ];
    expect(bandedPairs(sigs, 2)).toEqual([[0, 1]]);
  });

  it("pairs two copies of one text by their MinHash signatures", () => {
    const hasher = new WordHasher();
    const text = words(200, "w");
    const edited = text.map((w, i) => (i % 25 === 0 ? `x${i}` : w));
    const sigs = [text, edited, words(200, "z")].map((ws) =>
      signature(shingleHashes(ws, 4, hasher), 128),
    );
    expect(bandedPairs(sigs, 2)).toEqual([[0, 1]]);
  });
});

describe("containedPairs", () => {
  it("pairs a short copy with the long text that holds it, which banding misses", () => {
    const hasher = new WordHasher();
    const long = words(2000, "w");
    const excerpt = long.slice(900, 960);
    const sets = [long, excerpt, words(60, "z")].map((ws) => setOf(ws, hasher));
    const sigs = [long, excerpt].map((ws) => signature(shingleHashes(ws, 4, hasher), 128));
    expect(bandedPairs(sigs, 2)).toEqual([]);
    expect(containedPairs(sets, 32, 0.25)).toEqual([[0, 1]]);
  });

  it("does not pair texts that share less than the required share of the sample", () => {
    const hasher = new WordHasher();
    const a = words(100, "w");
    const b = [...a.slice(0, 10), ...words(100, "z")];
    expect(containedPairs([setOf(a, hasher), setOf(b, hasher)], 32, 0.25)).toEqual([]);
  });
});
