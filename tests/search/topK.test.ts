import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KthLargest, TopK } from "../../src/search/topK.js";

describe("TopK", () => {
  it("keeps the best, breaking ties by the order offered, as a full stable sort would", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 60 }),
        fc.integer({ min: 0, max: 70 }),
        (scores, limit) => {
          const expected = scores
            .map((score, doc) => ({ doc, score }))
            .sort((a, b) => b.score - a.score)
            .slice(0, limit);
          const top = new TopK();
          top.reset(limit);
          scores.forEach((score, doc) => top.offer(doc, score, doc));
          expect(top.results()).toEqual(expected);
        },
      ),
    );
  });

  it("starts empty again after a reset, even with a smaller limit", () => {
    const top = new TopK();
    top.reset(3);
    [5, 4, 3].forEach((score, doc) => top.offer(doc, score, doc));
    top.reset(1);
    top.offer(7, 1, 0);
    expect(top.results()).toEqual([{ doc: 7, score: 1 }]);
  });
});

describe("KthLargest", () => {
  it("gives the value a full descending sort puts at place k, duplicates included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 300 }),
        fc.nat(),
        (values, pick) => {
          const k = 1 + (pick % values.length);
          const kth = new KthLargest();
          kth.reset(k);
          values.forEach((v) => kth.offer(v));
          expect(kth.full).toBe(true);
          expect(kth.value).toBe([...values].sort((a, b) => b - a)[k - 1]);
        },
      ),
    );
  });

  it("is not full until k values are offered, and starts again after a reset", () => {
    const kth = new KthLargest();
    kth.reset(3);
    [5, 1].forEach((v) => kth.offer(v));
    expect(kth.full).toBe(false);
    kth.offer(2);
    expect(kth.value).toBe(1);
    kth.reset(1);
    kth.offer(0.5);
    expect([kth.full, kth.value]).toEqual([true, 0.5]);
  });
});
