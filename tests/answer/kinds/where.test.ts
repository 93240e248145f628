import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../../src/answer/answer.js";
import { talksIndex } from "../talksFixture.js";

describe("where questions", () => {
  it("answer with the venue the articles give", () => {
    expect(answerQuestion(talksIndex(), "Where were the Geneva talks held?").answer).toContain(
      "Palais Lumière",
    );
  });

  it("decline a place the articles never give", () => {
    expect(answerQuestion(talksIndex(), "Where will the next round on space be held?").status).toBe(
      "not_found",
    );
  });
});
