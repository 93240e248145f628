import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../../src/answer/answer.js";
import { talksIndex } from "../talksFixture.js";
import { firstLine } from "./helpers.js";

describe("who questions", () => {
  it("answer with the person the articles name, first", () => {
    expect(firstLine(answerQuestion(talksIndex(), "Who led the Ruritanian delegation?"))).toBe(
      "Ivan Petrovsky.",
    );
  });

  it("never answer with a person the question itself names", () => {
    const a = answerQuestion(talksIndex(), "Who did Ivan Petrovsky meet in Geneva?");
    expect(firstLine(a)).not.toContain("Petrovsky");
  });
});
