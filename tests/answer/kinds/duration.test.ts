import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../../src/answer/answer.js";
import { talksIndex } from "../talksFixture.js";

describe("how-long questions", () => {
  it("answer with the length of time the articles give", () => {
    expect(answerQuestion(talksIndex(), "How long did the Geneva talks last?").answer).toMatch(
      /five hours/,
    );
  });
});
