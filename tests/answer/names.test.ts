import { describe, expect, it } from "vitest";
import { analyseQuestion } from "../../src/answer/analyse.js";
import { answerQuestion } from "../../src/answer/answer.js";
import { questionWords } from "../../src/answer/evidence.js";
import { buildSearchIndex } from "../../src/search/build.js";
import { expandQuery } from "../../src/search/query.js";
import { tokenize } from "../../src/search/tokens.js";
import { makeArticle, makeCorpus } from "../fixtures/articles.js";

/**
 * A larger corpus names more people, and some first names are also everyday words: "Cal" is
 * the stem of "call", a synonym of "say". A question word is a name by itself or by another
 * spelling, never through a synonym.
 */
const talks = makeArticle(
  [
    "Officials said the fishing talks in Geneva were useful and would continue in June.",
    "President Olaf Berg has held two phone calls with the Freedonian leader.",
    "Mr. Berg said the fishing quotas were fair.",
  ].join("\n\n"),
  { id: "talks" },
);
const other = makeArticle(
  "Cal Jensen, a fisherman from the coast, was interviewed by the local radio station.",
  { id: "other" },
);
const index = buildSearchIndex(makeCorpus([talks, other]));

describe("names in a larger corpus", () => {
  it("an everyday word is not a name because its synonym starts someone's name", () => {
    const analysis = analyseQuestion(index, "What did Berg say about the Geneva talks?");
    const terms = expandQuery(index, analysis.content);
    const words = questionWords(index, analysis.content, terms, analysis.text);
    const say = words.find((w) => w.token.norm === "say");
    expect(index.nameParts.has("cal")).toBe(true);
    expect(say?.isName).toBe(false);
    // "Berg" is then a surname of full weight, not a first name before another name.
    const berg = words.find((w) => w.token.norm === "berg");
    expect(berg?.weight).toBeCloseTo(index.vocabulary.idf("berg"));
  });

  it("a person named by surname alone in the passage is the person asked about", () => {
    const answer = answerQuestion(index, "What did Olaf Berg say about the fishing quotas?");
    expect(answer.status).toBe("answered");
    expect(answer.answer).toMatch(/quotas were fair/);
  });

  it("declines when no sentence has the person say anything about the talks", () => {
    expect(answerQuestion(index, "What did Berg say about the Geneva talks?").status).toBe(
      "not_found",
    );
  });
});

describe("a short first name typed with a slip", () => {
  const index = buildSearchIndex(
    makeCorpus([
      makeArticle(
        "Olav Sand said the ferry fares would fall.\n\nHis sister, Mayor Hilde Sand, said they would rise.",
        { id: "s1", outlet: "Harbour News" },
      ),
    ]),
  );
  const spelt = (word: string): string[] =>
    expandQuery(index, tokenize(word))
      .filter((t) => t.via === "spelling")
      .map((t) => t.norm ?? t.stem);

  it("is read as the one name of a person the articles give that it is a slip from", () => {
    expect(spelt("hlde")).toEqual(["hilde"]);
  });

  it("is left alone when it is no slip from a name, or a slip from two", () => {
    expect(spelt("sale")).toEqual([]);
    expect(spelt("ol")).toEqual([]);
  });
});
