import { describe, expect, it } from "vitest";
import { asksGap, gapCandidates } from "../../../src/answer/extract/gaps.js";
import { buildSearchIndex } from "../../../src/search/build.js";
import type { IndexedSentence } from "../../../src/search/types.js";
import { makeArticle, makeCorpus } from "../../fixtures/articles.js";
import { indexedSentences } from "../../fixtures/indexed.js";

function sentence(text: string): IndexedSentence {
  const index = buildSearchIndex(makeCorpus([makeArticle(text)]));
  const found = indexedSentences(index).find((s) => s.sentence.text === text);
  if (!found) throw new Error(`sentence not indexed as one: ${text}`);
  return found;
}

const gaps = (text: string): string[] => gapCandidates(sentence(text)).map((c) => c.text);

describe("questions asking how long something did not happen", () => {
  it("a stopping word makes a how-long question ask for a gap", () => {
    expect(asksGap("How long had trade between the ports been frozen?")).toBe(true);
    expect(asksGap("how long were ferry links suspended")).toBe(true);
    expect(asksGap("How long had it been since the two mayors met?")).toBe(true);
  });

  it("a length something went on is no gap", () => {
    expect(asksGap("How long did the harbour talks last?")).toBe(false);
    expect(asksGap("How long has she been mayor since her election?")).toBe(false);
  });
});

describe("lengths a sentence gives as a gap", () => {
  it("the first time in a while is a gap up to the event", () => {
    expect(gaps("The mayors met for the first time in nearly five years.")).toEqual([
      "nearly five years",
    ]);
  });

  it("a negated event over a length is a gap", () => {
    expect(gaps("The two ports had not traded in two decades.")).toEqual(["two decades"]);
    expect(gaps("The councils hadn't spoken for six months.")).toEqual(["six months"]);
  });

  it("a stopping word before 'for' makes the length a gap", () => {
    expect(gaps("Ferry links were suspended for about four years.")).toEqual(["about four years"]);
  });

  it("a length followed by a stopping noun is a gap", () => {
    expect(gaps("The talks resumed after seven years of silence.")).toEqual(["seven years"]);
  });

  it("a length something went on is none", () => {
    expect(gaps("The harbour talks lasted for over six hours.")).toEqual([]);
    expect(gaps("The mayors will meet again in two weeks.")).toEqual([]);
  });
});
