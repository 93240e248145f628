import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../../src/answer/answer.js";
import { talksIndex } from "../talksFixture.js";
import { askerOver, firstLine } from "./helpers.js";

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

  it("never offers half a clause ending in a function word as the one who did it", () => {
    const ask = askerOver([
      {
        id: "c1",
        outlet: "Harbour News",
        body: "The next round of fishing talks will take place in Oslo, Norway in the coming days, the ministry confirmed.",
      },
    ]);
    expect(firstLine(ask("who else was in Oslo?"))).not.toMatch(/\b(?:the|in|of)\.?$/);
  });
});
