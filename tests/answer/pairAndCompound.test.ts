import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/answer.js";
import { partiesOf } from "../../src/answer/evidence.js";
import { countriesNamed, placesNest } from "../../src/answer/parties.js";
import { buildSearchIndex } from "../../src/search/build.js";
import { tokenize } from "../../src/search/tokens.js";
import { makeArticle, makeCorpus, otherSubjects } from "../fixtures/articles.js";

/**
 * Two ways a question names what the articles say in other words: a two-word compound as its
 * focus ("real estate" for "properties"), and "the two countries" for the pair the articles
 * name one by one.
 */
const report = makeArticle(
  [
    "Norwegian and Chilean envoys met in Lima on Monday for talks on their missions.",
    "Oslo is seeking the return of four Norwegian-owned properties seized in 2019, a spokesman said.",
    "Norway and Chile agreed on joint steps to keep funding their embassies, the ministry said.",
    "The envoys also spoke about fishing and the weather in Lima.",
    "According to the envoy, Oslo wants to eliminate the legacy of the previous Chilean government.",
    "Norwegian diplomats also proposed the restoration of direct flights between Chile and Norway.",
  ].join("\n\n"),
  { id: "r1", outlet: "Courier", published: "2024-03-05" },
);
const index = buildSearchIndex(
  makeCorpus([report, ...otherSubjects(["The mayor opened a bridge.", "A fair came to town."])]),
);
const ask = (q: string) => answerQuestion(index, q);

describe("a compound the question asks about", () => {
  it("'what real estate' is answered by the properties the article names", () => {
    const a = ask("What real estate does Norway want handed back?");
    expect(a.status).toBe("answered");
    expect(a.answer).toContain("four Norwegian-owned properties");
  });
});

describe("the two countries", () => {
  it("a sentence naming both countries answers what 'the two countries' agreed", () => {
    const a = ask("What did the two countries settle on about money for their missions?");
    expect(a.status).toBe("answered");
    expect(a.answer).toContain("keep funding their embassies");
  });
});

describe("what is to be done about something", () => {
  it("a sentence that never names the thing is no answer to what is wanted about it", () => {
    const a = ask("What does Oslo want to do about planes?");
    expect(a.answer).not.toContain("legacy");
  });
});

describe("the parties of the passages read", () => {
  it("are the two countries they name most, not a third one they name less (Lima, in Peru)", () => {
    const hits = report.passages.map((p) => ({ passage: index.passages.get(p.id)!, score: 1 }));
    const parties = partiesOf(hits);
    expect([...parties].sort()).toEqual(["CHL", "NOR"]);
  });
});

describe("countries a sentence names", () => {
  it("reads a two-word name and a capital, not the pronoun 'us'", () => {
    const named = (text: string) => [...countriesNamed(tokenize(text)).keys()].sort();
    expect(named("Moscow and the United States told us nothing.")).toEqual(["RUS", "USA"]);
    expect(named("Let us meet again soon.")).toEqual([]);
  });
});

describe("places told more or less closely", () => {
  it("a capital and its country nest; two cities, or cities of two countries, do not", () => {
    expect(placesNest("in Oslo", "in Norway")).toBe(true);
    expect(placesNest("in Norway", "Oslo")).toBe(true);
    expect(placesNest("in Oslo", "in Lima")).toBe(false);
    expect(placesNest("in Oslo", "in Bergen")).toBe(false);
    expect(placesNest("in Norway", "in Chile")).toBe(false);
  });
});

describe("a place one source gives by its city, another by its country", () => {
  it("is one answer, not a disagreement between them", () => {
    const a1 = makeArticle(
      "Norwegian and Chilean envoys first met in Oslo in May to talk about fishing.",
      {
        id: "p1",
        outlet: "Courier",
      },
    );
    const a2 = makeArticle(
      "Envoys of Chile and Norway first met in Norway in May, talking about fishing.",
      {
        id: "p2",
        outlet: "Herald",
      },
    );
    const two = buildSearchIndex(makeCorpus([a1, a2, ...otherSubjects(["A fair came to town."])]));
    const a = answerQuestion(two, "Where did the envoys first meet?");
    expect(a.answer).not.toMatch(/differ/u);
    expect(a.answer).toMatch(/Oslo/u);
  });
});
