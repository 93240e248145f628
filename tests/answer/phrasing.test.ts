import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/answer.js";
import { intensifiersDropped } from "../../src/answer/phrasing.js";
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
