import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/answer.js";
import { intensifiersDropped, numberedAsOrdinal } from "../../src/answer/phrasing.js";
import { talksIndex } from "./talksFixture.js";

describe("intensifiers after the question word", () => {
  it("are left out of the question read", () => {
    expect(intensifiersDropped("What exactly is her title?")).toBe("What is her title?");
    expect(intensifiersDropped("when precisely did they meet")).toBe("when did they meet");
    // Elsewhere they may ask for precision ("how many, exactly?") and stay.
    expect(intensifiersDropped("How many trawlers, exactly?")).toBe("How many trawlers, exactly?");
  });

  it("a question with one is answered as the question without it", () => {
    const plain = answerQuestion(talksIndex(), "What is Lindqvist's title?");
    const intensified = answerQuestion(talksIndex(), "What exactly is Lindqvist's title?");
    expect(plain.status).toBe("answered");
    expect(intensified.answer).toBe(plain.answer);
    expect(intensified.question).toBe("What exactly is Lindqvist's title?");
  });
});

describe("numbered nouns of a series", () => {
  it("'round two' is read as 'second round'; 'round two hours' and a plain count are not", () => {
    expect(numberedAsOrdinal("When was round two of the ferry talks?")).toBe(
      "When was second round of the ferry talks?",
    );
    expect(numberedAsOrdinal("what happened in Phase 3")).toBe("what happened in third Phase");
    expect(numberedAsOrdinal("Did the session two hours long end?")).toBe(
      "Did the session two hours long end?",
    );
    expect(numberedAsOrdinal("How many rounds were there? Two?")).toBe(
      "How many rounds were there? Two?",
    );
  });
});
