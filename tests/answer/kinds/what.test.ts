import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../../src/answer/answer.js";
import { talksIndex } from "../talksFixture.js";

describe("what questions", () => {
  it("answer with the sentence that says what was asked", () => {
    const a = answerQuestion(talksIndex(), "What did Maria Lindqvist call the meeting?");
    expect(a.status).toBe("answered");
    expect(a.answer).toContain("frank");
  });

  it("a passive 'what was agreed about X' needs a sentence that says it was agreed", () => {
    expect(answerQuestion(talksIndex(), "What was agreed about submarines?").status).toBe(
      "not_found",
    );
  });
});
