import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deriveSeed, randomInt, seededRandom, shuffled } from "../../bench/random.js";

describe("seededRandom", () => {
  it("repeats its sequence for the same seed and differs for another", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
    expect(Array.from({ length: 5 }, c)).not.toEqual(seqA);
  });

  it("stays in [0, 1)", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const r = seededRandom(seed);
        for (let i = 0; i < 50; i++) {
          const x = r();
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThan(1);
        }
      }),
    );
  });
});

describe("deriveSeed", () => {
  it("gives each label its own stream", () => {
    expect(deriveSeed(1, "a", 2)).toBe(deriveSeed(1, "a", 2));
    expect(deriveSeed(1, "a", 2)).not.toBe(deriveSeed(1, "a", 3));
    expect(deriveSeed(1, "a", 2)).not.toBe(deriveSeed(2, "a", 2));
  });
});

describe("randomInt and shuffled", () => {
  it("keeps randomInt within its inclusive bounds", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: -50, max: 50 }),
        fc.nat(50),
        (seed, min, span) => {
          const x = randomInt(seededRandom(seed), min, min + span);
          expect(x).toBeGreaterThanOrEqual(min);
          expect(x).toBeLessThanOrEqual(min + span);
          expect(Number.isInteger(x)).toBe(true);
        },
      ),
    );
  });

  it("returns a permutation and leaves the input alone", () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.integer()), (seed, xs) => {
        const copy = [...xs];
        const out = shuffled(xs, seededRandom(seed));
        expect(xs).toEqual(copy);
        expect([...out].sort((a, b) => a - b)).toEqual([...xs].sort((a, b) => a - b));
      }),
    );
  });
});
