import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../../src/answer/answer.js";
import { talksIndex } from "../talksFixture.js";

describe("who-is questions", () => {
  it("answer with the post the articles give the person", () => {
    expect(answerQuestion(talksIndex(), "Who is Maria Lindqvist?").answer).toMatch(/Secretary/);
  });

  it("decline a person the articles never mention", () => {
    expect(answerQuestion(talksIndex(), "Who is Hans Gruber?").status).toBe("not_found");
  });
});
