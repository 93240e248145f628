import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/answer.js";
import {
  namedInstead,
  namesDescription,
  personDescription,
} from "../../src/answer/describedPerson.js";
import { buildSearchIndex } from "../../src/search/build.js";
import { makeArticle, makeCorpus } from "../fixtures/articles.js";

const described = (q: string) => personDescription(q)?.text;

describe("a person described by their post", () => {
  it("is the post with what narrows it: an owner, a country, an adjective, a body", () => {
    expect(described("How did Norway's trade secretary describe the talks?")).toBe(
      "Norway's trade secretary",
    );
    expect(described("What did the head of the Danish delegation say?")).toBe(
      "the head of the Danish delegation",
    );
    expect(described("When did the new ambassador to Canada arrive?")).toBe(
      "the new ambassador to Canada",
    );
  });

  it("is not read from a question asking who holds the post, nor from a bare or plural post", () => {
    expect(described("Who is Norway's trade secretary?")).toBeUndefined();
    expect(described("who's Norway's trade secretary")).toBeUndefined();
    expect(described("What did the spokeswoman say?")).toBeUndefined();
    expect(described("How many officials were in each delegation?")).toBeUndefined();
  });

  it("gives way to the name where it stood", () => {
    const q = "How did Norway's trade secretary describe the talks?";
    expect(namedInstead(q, personDescription(q)!, "Ingrid Dahl")).toBe(
      "How did Ingrid Dahl describe the talks?",
    );
  });

  it("is named only by passages that give what narrows it, a country by any of its words", () => {
    const d = personDescription("How did Oslo's trade secretary describe the talks?")!;
    expect(namesDescription(d, ["Norwegian Trade Secretary Ingrid Dahl arrived."])).toBe(true);
    expect(namesDescription(d, ["Danish Trade Secretary Ane Holm arrived."])).toBe(false);
  });
});

describe("a question about what a described person did", () => {
  // One report names the post's holder; another, what she said, by name only.
  const index = buildSearchIndex(
    makeCorpus([
      makeArticle("Ingrid Dahl became Norway's trade secretary in March.", { id: "post" }),
      makeArticle(
        [
          "Fishing envoys met in Geneva on Monday to settle quotas.",
          "Dahl called the Geneva talks frank and useful.",
        ].join("\n\n"),
        { id: "quotas" },
      ),
    ]),
  );

  it("is answered from what the articles say that person did, by name", () => {
    const a = answerQuestion(
      index,
      "How did Norway's trade secretary characterise the Geneva talks?",
    );
    expect(a.status).toBe("answered");
    expect(a.answer).toMatch(/frank and useful/u);
  });
});
