import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/answer.js";
import { runTogetherSplit } from "../../src/answer/runTogether.js";
import { buildSearchIndex } from "../../src/search/build.js";
import { makeArticle, makeCorpus } from "../fixtures/articles.js";

const index = buildSearchIndex(
  makeCorpus([
    makeArticle(
      "Foreign Minister Anna Holm and Defence Minister Lars Berg met in Bergen to discuss the North Sea fishing delegation.",
    ),
  ]),
);

describe("two words typed without a space between them", () => {
  it("are read apart when both are the articles' words, or one is a function word", () => {
    expect(runTogetherSplit(index, "what about the northsea deal")).toBe(
      "what about the north sea deal",
    );
    expect(runTogetherSplit(index, "when did Holmand Berg meet")).toBe(
      "when did Holm and Berg meet",
    );
    expect(runTogetherSplit(index, "what did the fishingdelegation want")).toBe(
      "what did the fishing delegation want",
    );
  });

  it("a question word run into the function word after it is read apart", () => {
    expect(runTogetherSplit(index, "whendid Holm meet Berg")).toBe("when did Holm meet Berg");
    expect(runTogetherSplit(index, "Wheredid they meet")).toBe("Where did they meet");
  });

  it("an English word the articles never use stays whole, as does a word they use", () => {
    expect(runTogetherSplit(index, "what was the background to the meeting")).toBe(
      "what was the background to the meeting",
    );
    expect(runTogetherSplit(index, "who met in Bergen")).toBe("who met in Bergen");
  });
});

describe("a question with two words run together", () => {
  it("is answered as if typed apart", () => {
    const a = answerQuestion(index, "where did Holmand Berg meet?");
    expect(a.status).toBe("answered");
    expect(a.answer).toMatch(/Bergen/u);
  });
});
