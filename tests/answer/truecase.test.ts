import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/answer.js";
import { namesCapitalised } from "../../src/answer/truecase.js";
import { buildSearchIndex } from "../../src/search/build.js";
import { makeArticle, makeCorpus } from "../fixtures/articles.js";

const index = buildSearchIndex(
  makeCorpus([
    makeArticle(
      [
        "Ivan Petrovsky, Norway's new ambassador to Chile, led the delegation in Oslo.",
        "The talks at the Foreign Ministry lasted five hours, and a general agreement was reached. The delegation flew back to Norway on Friday.",
      ].join("\n\n"),
      { id: "amb", outlet: "Harbour News", published: "2024-06-14" },
    ),
  ]),
);

describe("names typed in lower case", () => {
  it("a place or person the articles only write with a capital is read with one", () => {
    expect(namesCapitalised(index, "who is chile's ambassador to norway")).toBe(
      "who is Chile's ambassador to Norway",
    );
    expect(namesCapitalised(index, "what did petrovsky say")).toBe("what did Petrovsky say");
  });

  it("a word the articles also write in lower case, or an adjective, is left as typed", () => {
    expect(namesCapitalised(index, "what did the foreign ministry say about the talks")).toBe(
      "what did the foreign ministry say about the talks",
    );
  });

  it("a word that only shares its stem with a word of a name is left as typed", () => {
    const bay = buildSearchIndex(
      makeCorpus([makeArticle("The ships sailed to Operation Bay on Monday.", { id: "bay" })]),
    );
    expect(namesCapitalised(bay, "what were the operations about")).toBe(
      "what were the operations about",
    );
    expect(namesCapitalised(bay, "when did they sail to operation bay")).toBe(
      "when did they sail to Operation Bay",
    );
  });

  it("no name is left half in capitals: the rest of a name the articles write follows", () => {
    const names = buildSearchIndex(
      makeCorpus([
        makeArticle(
          "Delegates flew to North America on Monday. Olav Berg, head of the North Atlantic Department, led them.",
          { id: "dept" },
        ),
      ]),
    );
    expect(namesCapitalised(names, "was berg's department north america or north atlantic")).toBe(
      "was Berg's department North America or North Atlantic",
    );
  });

  it("an ambassador sent the other way is no answer, in lower case as in capitals", () => {
    for (const q of [
      "Who is Chile's ambassador to Norway?",
      "who is chile's ambassador to norway",
    ]) {
      expect(answerQuestion(index, q).status, q).toBe("not_found");
    }
    expect(answerQuestion(index, "who is norway's ambassador to chile").short).toBe(
      "Ivan Petrovsky",
    );
  });
});
