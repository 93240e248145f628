import fc from "fast-check";
import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { Postings } from "../../src/search/postings.js";
import { PostingsBuilder } from "../../src/search/postingsBuild.js";
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

  it("returns what the scorer it replaced does when common words' lists are cut short", () => {
    // A few rare words and common ones in most documents, a small limit: the best documents
    // are known before the common lists end, so they are only looked up for candidates.
    const common = ["said", "year", "new"];
    const rare = ["embassy", "istanbul", "visas", "flights"];
    const text = fc
      .tuple(
        fc.subarray(common, { minLength: 1 }),
        fc.array(fc.constantFrom(...rare), { maxLength: 2 }),
        fc.array(fc.constantFrom(...common, "the"), { maxLength: 6 }),
      )
      .map(([c, r, filler]) => [...c, ...r, ...filler].join(" "));
    const corpus = fc.array(
      fc.record({ text, dates: fc.constantFrom("", "april", "april 2025", "may") }),
      { minLength: 50, maxLength: 400 },
    );
    const query = fc.uniqueArray(
      fc.record({
        term: fc.constantFrom(...common, ...rare, "april", "may"),
        boost: fc.constantFrom(1, 0.85, 0.3),
      }),
      { selector: (t) => t.term, minLength: 2, maxLength: 7 },
    );
    fc.assert(
      fc.property(
        corpus,
        fc.array(query, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 12 }),
        (raw, queries, limit) => {
          const postings = postingsOver(raw.map((d, i) => ({ id: String(i), ...d })));
          const before = new RecomputedBm25(postings.data);
          for (const q of queries)
            expect(postings.search(q, limit)).toEqual(before.search(q, limit));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("still matches the scorer it replaced where bounds cannot hold: a negative boost, 70 terms", () => {
    const words = Array.from({ length: 70 }, (_, i) => `w${i}`);
    const docs = Array.from({ length: 120 }, (_, d) => ({
      id: String(d),
      text: words.filter((_, i) => (d * 7 + i * 3) % 5 === 0 || i === d % 70).join(" "),
      dates: d % 3 === 0 ? "april" : "",
    }));
    const postings = postingsOver(docs);
    const before = new RecomputedBm25(postings.data);
    const negative = [
      { term: "w1", boost: 1 },
      { term: "w2", boost: -0.5 },
      { term: "april", boost: 0.85 },
    ];
    const many = words.map((term, i) => ({ term, boost: 1 - i / 100 }));
    for (const q of [negative, many]) {
      for (const limit of [1, 5, 200])
        expect(postings.search(q, limit)).toEqual(before.search(q, limit));
    }
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
