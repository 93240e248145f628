import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../../src/answer/answer.js";
import { talksIndex } from "../talksFixture.js";
import { firstLine } from "./helpers.js";

describe("how-many questions", () => {
  it("answer with the number of the thing counted", () => {
    expect(
      firstLine(answerQuestion(talksIndex(), "How many trawlers did Freedonia seize?")),
    ).toMatch(/three/i);
  });

  it("a number of something else is no answer", () => {
    const a = answerQuestion(talksIndex(), "How many submarines did Freedonia seize?");
    expect(a.status).toBe("not_found");
  });
});

describe("how-much questions", () => {
  it("a number of things is no amount", () => {
    const a = answerQuestion(talksIndex(), "How much were the seized trawlers worth?");
    expect(a.status).toBe("not_found");
  });
});
