import fc from "fast-check";
import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import {
  mergeRuns,
  Postings,
  PostingsBuilder,
  PostingsEncoder,
  TopK,
  type FieldInput,
} from "../../src/search/postings.js";
import { RecomputedBm25 } from "../../bench/baselines/recomputedBm25.js";

const WORDS = [
  "embassy",
  "talks",
  "istanbul",
  "russia",
  "staff",
  "flights",
  "property",
  "the",
  "of",
];
const STOP = new Set(["the", "of"]);

interface Doc {
  id: string;
  text: string;
  dates: string;
}

/** The same two-field setup the bot uses: stopwords count in length but are not indexed. */
function miniSearchOver(docs: Doc[]): MiniSearch<Doc> {
  const ms = new MiniSearch<Doc>({
    fields: ["text", "dates"],
    tokenize: (text) => text.split(" ").filter(Boolean),
    processTerm: (term, field) => (field === "text" && STOP.has(term) ? null : term),
    searchOptions: { tokenize: (q) => q.split(" ").filter(Boolean), processTerm: (t) => t },
  });
  ms.addAll(docs);
  return ms;
}

function postingsOver(docs: Doc[]): Postings {
  const builder = new PostingsBuilder(2);
  for (const d of docs) {
    const text = d.text.split(" ").filter(Boolean);
    const dates = d.dates.split(" ").filter(Boolean);
    builder.add([
      { terms: text.filter((t) => !STOP.has(t)), length: new Set(text).size },
      { terms: dates, length: new Set(dates).size },
    ]);
  }
  return new Postings(builder.build());
}

const words = (max: number) =>
  fc.array(fc.constantFrom(...WORDS), { maxLength: max }).map((w) => w.join(" "));
const docs = fc.array(
  fc.record({ text: words(12), dates: fc.constantFrom("", "april", "april 2025", "february") }),
  { minLength: 1, maxLength: 40 },
);
const query = fc.uniqueArray(
  fc.record({
    term: fc.constantFrom(...WORDS.filter((w) => !STOP.has(w)), "april", "february", "unknown"),
    boost: fc.constantFrom(1, 0.85, 0.3),
  }),
  { selector: (t) => t.term, minLength: 1, maxLength: 5 },
);

describe("Postings", () => {
  it("ranks exactly as MiniSearch does, scores to the last bit, ties in the same order", () => {
    fc.assert(
      fc.property(docs, query, fc.integer({ min: 1, max: 50 }), (raw, q, limit) => {
        const all = raw.map((d, i) => ({ id: String(i), ...d }));
        const boosts = new Map(q.map((t) => [t.term, t.boost]));
        const expected = miniSearchOver(all)
          .search(q.map((t) => t.term).join(" "), { boostTerm: (t) => boosts.get(t) ?? 1 })
          .slice(0, limit)
          .map((r) => ({ doc: Number(r.id), score: r.score }));
        expect(postingsOver(all).search(q, limit)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("returns the same top-k, scores and ties as the scorer it replaced, on generated corpora", () => {
    // Wider corpora than MiniSearch's test: long posting lists, repeated words, many ties.
    const vocabulary = fc.constantFrom(...WORDS, "april", "may", "june", "rounds", "visas");
    const corpus = fc.array(
      fc.record({
        text: fc.array(vocabulary, { maxLength: 30 }).map((w) => w.join(" ")),
        dates: fc
          .array(fc.constantFrom("april", "may", "2025"), { maxLength: 3 })
          .map((w) => w.join(" ")),
      }),
      { minLength: 1, maxLength: 300 },
    );
    const terms = fc.array(
      fc.record({
        term: fc.constantFrom("embassy", "talks", "staff", "april", "may", "2025", "visas", "x"),
        boost: fc.constantFrom(1, 0.85, 0.5, 0.3),
      }),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(
        corpus,
        fc.array(terms, { minLength: 1, maxLength: 4 }),
        fc.nat(120),
        (raw, queries, limit) => {
          const all = raw.map((d, i) => ({ id: String(i), ...d }));
          const postings = postingsOver(all);
          const before = new RecomputedBm25(postings.data);
          for (const q of queries) {
            expect(postings.search(q, limit)).toEqual(before.search(q, limit));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("answers a second query unaffected by the first (scratch space is reset)", () => {
    const all = ["embassy talks", "talks", "flights staff"].map((text, i) => ({
      id: String(i),
      text,
      dates: "",
    }));
    const postings = postingsOver(all);
    const first = postings.search([{ term: "talks", boost: 1 }], 10);
    postings.search([{ term: "embassy", boost: 1 }], 10);
    expect(postings.search([{ term: "talks", boost: 1 }], 10)).toEqual(first);
    expect(postings.search([{ term: "unknown", boost: 1 }], 10)).toEqual([]);
  });
});

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

describe("Postings.score", () => {
  it("gives each document the score search() gives it, and 0 to one search() does not reach", () => {
    fc.assert(
      fc.property(docs, query, (raw, q) => {
        const all = raw.map((d, i) => ({ id: String(i), ...d }));
        const postings = postingsOver(all);
        const found = new Map(postings.search(q, all.length).map((r) => [r.doc, r.score]));
        const everyDoc = all.map((_, i) => i);
        expect(postings.score(q, everyDoc)).toEqual(everyDoc.map((d) => found.get(d) ?? 0));
      }),
      { numRuns: 200 },
    );
  });
});
