import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/answer.js";
import { stem } from "../../src/nlp/stem.js";
import { buildSearchIndex } from "../../src/search/build.js";
import { expandQuery } from "../../src/search/query.js";
import { tokenize } from "../../src/search/tokens.js";
import { makeArticle, makeCorpus } from "../fixtures/articles.js";

const summit = makeArticle(
  [
    "Trade envoys of Ruritania and Freedonia held a summit in Osaka on Monday.",
    "The summit lasted four hours and ended without a statement.",
    "A trade ministry official said the envoys would meet again in spring.",
  ].join("\n\n"),
  { id: "summit" },
);
const envoys = makeArticle("Fisheries envoys met in Oslo on May 2 to settle quotas.", {
  id: "envoys",
});
const index = buildSearchIndex(makeCorpus([summit, envoys]));

const expanded = (question: string, word: string): string[] => {
  const words = tokenize(question);
  return expandQuery(index, words, { spelling: true, related: true, text: question })
    .filter((t) => t.source === stem(word))
    .map((t) => t.stem);
};

describe("a country named as a place", () => {
  it("stands for the large city of it the articles name", () => {
    expect(expanded("How long did the summit in Japan last?", "japan")).toContain(stem("Osaka"));
  });

  it("does not when the country acts or owns (its government)", () => {
    expect(expanded("What did Japan's trade ministry say?", "japan")).not.toContain(stem("Osaka"));
    expect(expanded("What did Japan say about the summit?", "japan")).not.toContain(stem("Osaka"));
  });

  it("lets a question name the country where the report names the city", () => {
    const answer = answerQuestion(index, "How long did the summit in Japan last?");
    expect(answer.status).toBe("answered");
    expect(answer.short).toMatch(/four hours/iu);
  });
});

describe("a country's capital named as such", () => {
  it("is the capital city, for both words of the phrase", () => {
    expect(expanded("Where is the Norwegian capital?", "capital")).toContain(stem("Oslo"));
    expect(expanded("Where is the Norwegian capital?", "norwegian")).toContain(stem("Oslo"));
    expect(expanded("What is Norway's capital?", "capital")).toContain(stem("Oslo"));
  });

  it("is no city without a country before it", () => {
    expect(expanded("What did the envoys say about capital flows?", "capital")).toEqual([
      stem("capital"),
    ]);
  });

  it("lets a question name the capital where the report names the city", () => {
    const answer = answerQuestion(
      index,
      "When did the fisheries envoys meet in the Norwegian capital?",
    );
    expect(answer.status).toBe("answered");
    expect(answer.short).toMatch(/May 2/u);
  });
});
