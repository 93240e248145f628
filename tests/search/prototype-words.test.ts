import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/answer.js";
import { cleanRaw } from "../../src/corpus/clean.js";
import { outletName } from "../../src/corpus/outlets.js";
import { buildSearchIndex } from "../../src/search/build.js";
import { buildTimeline } from "../../src/timeline/build.js";
import { makeArticle, makeCorpus } from "../fixtures/articles.js";

/** Words that name properties of every plain JavaScript object. */
const WORDS = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "prototype"];

describe("text made of words that are also object property names", () => {
  const body = `The constructor of the new embassy building said on March 3 that the prototype was ready. ${WORDS.join(
    " ",
  )} appear here too.\n\nOfficials met the constructor again on March 10 to discuss valueOf contracts.`;
  const corpus = makeCorpus([makeArticle(body, { id: "proto-1" })]);

  it("indexes and answers without crashing or answering from Object's own properties", () => {
    const index = buildSearchIndex(corpus);
    for (const word of WORDS) {
      const answer = answerQuestion(index, `who is the ${word}?`);
      expect(typeof answer.answer).toBe("string");
      expect(answer.answer).not.toMatch(/function|\[native code\]/);
    }
    expect(answerQuestion(index, "who said the prototype was ready?").status).toBe("answered");
  });

  it("builds a timeline", () => {
    expect(buildTimeline(corpus).length).toBeGreaterThan(0);
  });

  it("cleans a page whose entities, credits and outlet look like property names", () => {
    const page =
      "A Headline About The Talks\n\nThe envoy said &constructor; and &toString; twice.\n\n(constructor)\n";
    const clean = cleanRaw(page, () => false);
    expect(clean.body).toBe("The envoy said &constructor; and &toString; twice.");
    expect(clean.hints.outlets).toEqual(["constructor"]);
    expect(outletName("constructor")).toBe("constructor");
    expect(outletName("__proto__")).toBe("__proto__");
  });
});
