import { describe, expect, it } from "vitest";
import { baseForms, expressionWords, wordnetRelated } from "../../src/lexicon/wordnet.js";
import { buildSearchIndex } from "../../src/search/build.js";
import { expandQuery } from "../../src/search/query.js";
import { analyseQuestion } from "../../src/answer/analyse.js";
import { stem } from "../../src/nlp/stem.js";
import { makeArticle, makeCorpus } from "../fixtures/articles.js";

describe("WordNet's base forms", () => {
  it("detaches inflections by WordNet's rules, a doubled consonant included", () => {
    expect(baseForms("booted")).toContain("boot");
    expect(baseForms("prepped")).toContain("prep");
    expect(baseForms("parties")).toContain("party");
    expect(baseForms("closes")).toContain("close");
  });

  it("leaves a short word as it is", () => {
    expect(baseForms("bed")).toEqual(["bed"]);
  });
});

describe("the shipped WordNet relations", () => {
  it("give words for a two-word expression and for a single word", () => {
    expect(expressionWords("kick_out")).toContain("expel");
    expect(wordnetRelated("touch")).toContain("contact");
    expect(wordnetRelated("no-such-word")).toEqual([]);
  });

  it("an expression is found from an inflected verb the lemmatiser does not know", () => {
    const index = buildSearchIndex(
      makeCorpus([makeArticle("The port authority expelled twelve fish traders in 2019.")]),
    );
    const analysis = analyseQuestion(index, "How many traders got booted out in 2019?");
    const terms = expandQuery(index, analysis.content, {
      spelling: true,
      related: true,
      text: analysis.text,
    });
    expect(terms.some((t) => t.stem === stem("expelled"))).toBe(true);
  });
});
