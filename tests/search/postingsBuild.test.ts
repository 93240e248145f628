import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  mergeRuns,
  PostingsBuilder,
  PostingsEncoder,
  type FieldInput,
} from "../../src/search/postingsBuild.js";

const WORDS = ["embassy", "talks", "istanbul", "staff", "flights", "the", "of"];
const STOP = new Set(["the", "of"]);

interface Doc {
  text: string;
  dates: string;
}

const docs = fc.array(
  fc.record({
    text: fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((w) => w.join(" ")),
    dates: fc.constantFrom("", "april", "april 2025", "february"),
  }),
  { minLength: 1, maxLength: 40 },
);

describe("mergeRuns", () => {
  const fieldsOf = (d: Doc): FieldInput[] => {
    const text = d.text.split(" ").filter(Boolean);
    const dates = d.dates.split(" ").filter(Boolean);
    return [
      { terms: text.filter((t) => !STOP.has(t)), length: new Set(text).size },
      { terms: dates, length: new Set(dates).size },
    ];
  };

  it("joins runs encoded apart (as build threads do) into exactly one builder's postings", () => {
    fc.assert(
      fc.property(docs, fc.array(fc.nat(40), { maxLength: 4 }), (raw, cuts) => {
        const all = raw.map((d, i) => ({ id: String(i), ...d }));
        const whole = new PostingsBuilder(2);
        for (const d of all) whole.add(fieldsOf(d));
        const bounds = [0, ...cuts.map((c) => Math.min(c, all.length)).sort((a, b) => a - b)];
        const runs = bounds.map((from, i) => {
          const encoder = new PostingsEncoder(2);
          for (const d of all.slice(from, bounds[i + 1] ?? all.length)) encoder.add(fieldsOf(d));
          return encoder.finish();
        });
        expect(mergeRuns(runs, 2)).toEqual(whole.build());
      }),
      { numRuns: 300 },
    );
  });
});
