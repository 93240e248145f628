import { describe, expect, it } from "vitest";
import {
  decodeVectors,
  encodeVectors,
  similarity,
  VectorFileError,
} from "../../src/lexicon/vectorFile.js";
import { wordVectors } from "../../src/lexicon/vectors.js";

describe("the word-vector file", () => {
  const words = ["plane", "flight", "banana"];
  const vectors = [
    [1, 0.9, 0, 0],
    [0.9, 1, 0.1, 0],
    [0, 0, 0, 1],
  ];
  const decoded = decodeVectors(encodeVectors(words, vectors, 4));

  it("round-trips words and keeps cosine similarity within quantisation error", () => {
    const exact = (1 * 0.9 + 0.9 * 1) / (Math.hypot(1, 0.9) * Math.hypot(0.9, 1, 0.1));
    expect(similarity(decoded, "plane", "flight")).toBeCloseTo(exact, 2);
    expect(similarity(decoded, "plane", "banana")).toBeCloseTo(0, 2);
    expect(similarity(decoded, "plane", "plane")).toBe(1);
  });

  it("has no similarity for a word it does not hold", () => {
    expect(similarity(decoded, "plane", "zeppelin")).toBeNull();
  });

  it("rejects a file that is not one, or is cut short, with a clear error", () => {
    expect(() => decodeVectors(Buffer.from("not a vector file at all"))).toThrow(VectorFileError);
    const whole = encodeVectors(words, vectors, 4);
    expect(() => decodeVectors(whole.subarray(0, whole.length - 3))).toThrow(/bytes, expected/);
  });

  it("the shipped file puts words of like meaning nearer than unrelated ones", () => {
    const v = wordVectors();
    expect(similarity(v, "planes", "flights")!).toBeGreaterThan(0.6);
    expect(similarity(v, "planes", "banana")!).toBeLessThan(0.3);
  });
});
