import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/answer.js";
import { informalSpelledOut } from "../../src/answer/informal.js";
import { buildSearchIndex } from "../../src/search/build.js";
import { makeArticle, makeCorpus } from "../fixtures/articles.js";
import { talksIndex } from "./talksFixture.js";

const index = buildSearchIndex(
  makeCorpus([
    makeArticle(
      "The meeting in Oslo lasted four hours, the Ruritanian government said.\n\nThe site admin posted the agenda.",
      { id: "i1", outlet: "Harbour News" },
    ),
  ]),
);

describe("informal spellings", () => {
  it("are read as the words they stand for", () => {
    expect(informalSpelledOut(index, "wen did the ppl n the govt meet")).toBe(
      "when did the people and the government meet",
    );
  });

  it("a contraction typed without its apostrophe asks what it asks in full", () => {
    expect(informalSpelledOut(index, "whos the admin")).toBe("who is the admin");
    const a = answerQuestion(talksIndex(), "whos lindqvist");
    expect(a.kind).toBe("definition");
    expect(a.answer).not.toMatch(/^Ivan Petrovsky/);
  });

  it("a form the articles use as a word stays as it is", () => {
    expect(informalSpelledOut(index, "who is the admin")).toBe("who is the admin");
  });

  it("a question typed that way is answered as if typed in full, and echoed as typed", () => {
    const full = answerQuestion(index, "How many hours did the meeting last?");
    const chat = answerQuestion(index, "hw many hrs did the mtg last");
    expect(chat.status).toBe("answered");
    expect(chat.answer).toBe(full.answer);
    expect(chat.question).toBe("hw many hrs did the mtg last");
  });
});
