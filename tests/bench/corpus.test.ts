import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { articleFromRanges, articleRanges } from "../../src/corpus/snapshot.js";
import { shiftDate, speechDate } from "../../bench/corpora/dates.js";
import { roughSentences, splitSpeech, varyParagraphs } from "../../bench/corpora/distractors.js";
import {
  assembleCorpus,
  distractorArticle,
  DISTRACTOR_OUTLET,
} from "../../bench/corpora/generate.js";
import { seededRandom } from "../../bench/random.js";
import { makeArticle, makeCorpus } from "../fixtures/articles.js";

const SPEECH = {
  year: 1946,
  name: "Harry S. Truman",
  text: Array.from(
    { length: 40 },
    (_, i) => `Sentence number ${i} speaks of the embassy in Moscow and our diplomats.`,
  ).join(" "),
};

describe("roughSentences", () => {
  it("cuts after a full stop, question or exclamation mark before a capital", () => {
    expect(roughSentences('We met. Did "They" agree? Yes! the end')).toEqual([
      "We met.",
      'Did "They" agree?',
      "Yes! the end",
    ]);
  });
});

describe("splitSpeech", () => {
  it("keeps every sentence, in order, across paragraphs and documents", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const docs = splitSpeech(SPEECH, seededRandom(seed));
        const rejoined = docs.flatMap((d) => d.paragraphs).join(" ");
        expect(rejoined).toBe(roughSentences(SPEECH.text).join(" "));
        expect(docs.map((d) => d.part)).toEqual(docs.map((_, i) => i));
        for (const d of docs) expect(d.paragraphs.length).toBeLessThanOrEqual(9);
      }),
    );
  });
});

describe("varyParagraphs", () => {
  it("leaves copy 0 untouched and only reorders and re-words later copies", () => {
    const paragraphs = ["The nation is at peace.", "Our government will act.", "A third."];
    expect(varyParagraphs(paragraphs, 0, seededRandom(1))).toBe(paragraphs);
    const varied = varyParagraphs(paragraphs, 2, seededRandom(1));
    expect(varied).toHaveLength(3);
    expect(varied).toContain("A third.");
  });
});

describe("dates", () => {
  it("dates an address in December until 1933 and in January or February after", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1790, max: 2021 }), fc.integer(), (year, seed) => {
        const date = speechDate(year, seededRandom(seed));
        expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(date.startsWith(String(year))).toBe(true);
        const month = Number(date.slice(5, 7));
        expect(year < 1934 ? month === 12 : month <= 2).toBe(true);
      }),
    );
  });

  it("shifts by whole days across month and year ends", () => {
    expect(shiftDate("1999-12-31", 1)).toBe("2000-01-01");
    expect(shiftDate("2024-03-01", -1)).toBe("2024-02-29");
  });
});

describe("distractorArticle", () => {
  const [doc] = splitSpeech(SPEECH, seededRandom(7));

  it("is the same article for the same document, copy and seed", () => {
    if (!doc) throw new Error("no document");
    expect(distractorArticle(doc, 1, 9)).toEqual(distractorArticle(doc, 1, 9));
    expect(distractorArticle(doc, 1, 9).id).not.toBe(distractorArticle(doc, 2, 9).id);
  });

  it("looks like a corpus article: outlet, year-dated, cut into passages by buildArticle", () => {
    if (!doc) throw new Error("no document");
    const article = distractorArticle(doc, 0, 9);
    expect(article.outlet).toBe(DISTRACTOR_OUTLET);
    expect(article.published.startsWith("1946")).toBe(true);
    expect(article.id).toMatch(/^sotu_1946_harry_s_truman_c00_p000$/);
    expect(article.passages.length).toBeGreaterThan(0);
    for (const p of article.passages) expect(p.text).toBe(article.body.slice(p.start, p.end));
  });
});

describe("compact articles", () => {
  it("expand back to exactly what buildArticle made", () => {
    const article = makeArticle(
      "First sentence here. Second one follows. Third is here. Fourth ends it.\n\nA new paragraph. It has two.",
      { id: "x1" },
    );
    const roundTrip = articleFromRanges(JSON.parse(JSON.stringify(articleRanges(article))));
    expect(roundTrip).toEqual(article);
  });
});

describe("assembleCorpus", () => {
  it("sorts articles by id, as loadCorpus sorts its files", () => {
    const corpus = assembleCorpus(makeCorpus([makeArticle("B text.", { id: "b" })]), [
      makeArticle("C text.", { id: "c" }),
      makeArticle("A text.", { id: "a" }),
    ]);
    expect(corpus.articles.map((a) => a.id)).toEqual(["a", "b", "c"]);
  });
});
