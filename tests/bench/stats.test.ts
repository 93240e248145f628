import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { percentile, summarize } from "../../bench/stats.js";

const samples = fc.array(fc.double({ min: 0, max: 1e4, noNaN: true }), {
  minLength: 1,
  maxLength: 200,
});

describe("percentile", () => {
  it("interpolates between the closest ranks", () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50], 95)).toBeCloseTo(48);
    expect(percentile([7], 99)).toBe(7);
  });

  it("does not depend on the order of the samples", () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
  });

  it("is NaN for no samples and rejects a percentile outside 0–100", () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it("lies between the smallest and the largest sample and grows with p", () => {
    fc.assert(
      fc.property(
        samples,
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (xs, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const pLo = percentile(xs, lo);
          const pHi = percentile(xs, hi);
          expect(pLo).toBeGreaterThanOrEqual(Math.min(...xs));
          expect(pHi).toBeLessThanOrEqual(Math.max(...xs));
          expect(pLo).toBeLessThanOrEqual(pHi);
        },
      ),
    );
  });

  it("gives the minimum at 0 and the maximum at 100", () => {
    fc.assert(
      fc.property(samples, (xs) => {
        expect(percentile(xs, 0)).toBe(Math.min(...xs));
        expect(percentile(xs, 100)).toBe(Math.max(...xs));
      }),
    );
  });
});

describe("summarize", () => {
  it("reports count, percentiles, max and mean", () => {
    const s = summarize(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(s).toEqual({ n: 100, p50: 50.5, p95: 95.05, p99: 99.01, max: 100, mean: 50.5 });
  });
});
