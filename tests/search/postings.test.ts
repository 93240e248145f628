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
      { numRuns: 1500 },
    );
  });

  it("keeps the best document when candidates are re-sorted to be looked up in a common word", () => {
    // Found by the test above: the two best documents are first reached by different words,
    // and once the candidates are sorted by document for a look-up in "new", where each was
    // first reached no longer bounds what it can score.
    const texts =
      "new|new|new|year said|year said|new|said new embassy visas|year embassy visas new|new|year|new|year|new|year|new|year new|year new|new|year|new|new|new|new|new|year new|said new|new|year new|new|year new|new|said|new|new|new|new|year new|new|year new|new|new|year new|year new|new|new|new|new|said new|new|new|new|new|year new|year|new|new embassy said|new".split(
        "|",
      );
    const dates = (i: number) => (i === 6 ? "april 2025" : i === 7 ? "may" : "");
    const postings = postingsOver(
      texts.map((text, i) => ({ id: String(i), text, dates: dates(i) })),
    );
    const before = new RecomputedBm25(postings.data);
    const queries = [
      ["new", "said"],
      ["embassy", "visas", "may", "new", "april"],
      ["said", "april"],
    ];
    for (const words of queries) {
      const query = words.map((term) => ({ term, boost: 1 }));
      expect(postings.search(query, 1)).toEqual(before.search(query, 1));
    }
  });

  it("answers a query that narrows its candidates early after one that did not", () => {
    // Found by the test above: the second query's candidates were read past their end, as
    // many as the first query had reached.
    const docs =
      "new/|new/|said istanbul visas/may|year embassy said/|said new/|said/|said istanbul visas/may|said new/|new said/|new said/|new said year/|new visas year said/|new istanbul visas/|said year new/|new said/|year said/|said new visas istanbul/|year new said/|year new said/|said new visas year/may|new year said/|said visas/|new embassy said year/april|said new/may|new said year/|said new/april|said/may|year said/april 2025|year new embassy/|new said/|said new embassy year/|new embassy year/|year new said/april|said year/april|year new embassy/|said year new/april 2025|year visas/april|said new new new the/|year said/april|new year said the/april 2025|said new embassy/|new the year said/may|year new embassy/april 2025|year embassy year year said/april 2025|said new embassy the/|said embassy/|new visas year/may|said embassy/|new/|new/may"
        .split("|")
        .map((d, i) => ({ id: String(i), text: d.split("/")[0]!, dates: d.split("/")[1]! }));
    const postings = postingsOver(docs);
    const before = new RecomputedBm25(postings.data);
    const queries = [
      [
        ["istanbul", 0.3],
        ["april", 0.3],
        ["embassy", 0.85],
        ["year", 0.85],
        ["new", 1],
        ["said", 0.3],
      ],
      [
        ["said", 1],
        ["visas", 1],
        ["year", 1],
        ["may", 0.3],
        ["istanbul", 0.3],
      ],
    ] as const;
    for (const words of queries) {
      const query = words.map(([term, boost]) => ({ term, boost }));
      expect(postings.search(query, 8)).toEqual(before.search(query, 8));
    }
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
