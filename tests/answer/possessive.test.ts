import { describe, expect, it } from "vitest";
import { possessivesRestored } from "../../src/answer/possessive.js";
import { answerQuestion } from "../../src/answer/answer.js";
import { talksIndex } from "./talksFixture.js";

describe("a possessive typed without its apostrophe", () => {
  it("is read as the possessive of a name the articles give", () => {
    expect(possessivesRestored(talksIndex(), "what is petrovskys job")).toBe(
      "what is petrovsky's job",
    );
  });

  it("leaves words the articles write, and words that are no name, as they are", () => {
    expect(possessivesRestored(talksIndex(), "what did the talks cover")).toBe(
      "what did the talks cover",
    );
    expect(possessivesRestored(talksIndex(), "who owns the trawlers")).toBe(
      "who owns the trawlers",
    );
  });

  it("is answered as the question with the apostrophe is", () => {
    const typed = answerQuestion(talksIndex(), "what is petrovskys job");
    const written = answerQuestion(talksIndex(), "What is Petrovsky's job?");
    expect(written.status).toBe("answered");
    expect(typed.short).toBe(written.short);
  });
});
