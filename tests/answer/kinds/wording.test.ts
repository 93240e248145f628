import { describe, expect, it } from "vitest";
import { analyseQuestion } from "../../../src/answer/analyse.js";
import { wording } from "../../../src/answer/kinds/wording.js";
import { buildSearchIndex } from "../../../src/search/build.js";
import { makeCorpus } from "../../fixtures/articles.js";
import { askerOver } from "./helpers.js";

const ask = askerOver([
  {
    id: "w1",
    outlet: "Harbour News",
    body: "In a statement, the ministry said both sides would keep working to remove the many obstacles that hamper fishermen in the Oslo talks.",
  },
  {
    id: "w2",
    outlet: "Daily Courier",
    body: "Spokeswoman Maria Lindqvist confirmed the sides are focused on removing numerous obstacles for fishermen at the Oslo talks.",
  },
  {
    id: "w3",
    outlet: "Evening Post",
    body: "The Oslo talks lasted four hours, officials said.",
  },
]);

describe("wording questions", () => {
  it("are recognised by asking how something was worded or phrased", () => {
    const index = buildSearchIndex(makeCorpus([]));
    for (const q of ["How was the statement worded?", "What were her exact words?"]) {
      expect(wording.detect(analyseQuestion(index, q)), q).toBe(true);
    }
    expect(wording.detect(analyseQuestion(index, "What did the ministry say?"))).toBe(false);
  });

  it("quote every outlet's wording of the statement and say that they differ", () => {
    const a = ask("How was the statement about removing obstacles for fishermen worded?");
    expect(a.kind).toBe("wording");
    expect(a.answer).toContain("hamper fishermen");
    expect(a.answer).toContain("numerous obstacles for fishermen");
    expect(a.answer).not.toContain("lasted four hours");
    expect(a.notes.join(" ")).toMatch(/differ/);
  });
});
