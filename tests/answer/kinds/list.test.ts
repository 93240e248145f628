import { describe, expect, it } from "vitest";
import { analyseQuestion } from "../../../src/answer/analyse.js";
import { answerQuestion } from "../../../src/answer/answer.js";
import { list } from "../../../src/answer/kinds/list.js";
import { talksIndex } from "../talksFixture.js";

describe("list questions", () => {
  const index = talksIndex();

  it("are recognised by 'list …' and 'which <plural> …', not by a who question", () => {
    expect(list.detect(analyseQuestion(index, "List the issues on the agenda"))).toBe(true);
    expect(list.detect(analyseQuestion(index, "Which issues are on the agenda?"))).toBe(true);
    expect(list.detect(analyseQuestion(index, "Who led the delegation?"))).toBe(false);
  });

  it("are answered from the sentence that lists them", () => {
    expect(answerQuestion(index, "Which issues are on the agenda?").answer).toContain("agenda");
  });
});
