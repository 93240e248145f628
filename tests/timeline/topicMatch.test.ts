import { describe, expect, it } from "vitest";
import { MeaningMatcher } from "../../src/timeline/topicMatch.js";

const texts = [
  "In 2016, the Obama administration expelled 35 Russian diplomats.",
  "Diplomats held talks in Istanbul on restoring direct flights.",
  "Trump initiated high-level talks with Kremlin officials.",
  "The United States raised concerns regarding access to banking.",
  "Officials agreed on the uninterrupted financing of diplomatic missions.",
  "Delegations met in Riyadh on February 18.",
  "Delegations met again in Saudi Arabia.",
];

describe("topic matching by meaning", () => {
  const plain = new MeaningMatcher(texts);

  it("matches a word by its lemma, whatever its form", () => {
    expect(plain.matching("flight")).toEqual([1]);
    expect(plain.matching("Talk")).toEqual([1, 2]);
  });

  it("takes alternatives joined by 'and', 'or' or '/' one by one", () => {
    expect(plain.matching("banking and financing")).toEqual([3, 4]);
    expect(plain.matching("Saudi Arabia / Riyadh")).toEqual([5, 6]);
  });

  it("lets the rarer word of a phrase decide: 'Istanbul talks' is not every talk", () => {
    expect(plain.matching("Istanbul talks")).toEqual([1]);
  });

  it("finds a misspelt word through the close spellings of the texts", () => {
    expect(plain.matching("Riyad")).toEqual([5]);
  });

  it("finds what a word stands for when told (the answer engine's senses)", () => {
    const withSenses = new MeaningMatcher(texts, (word) =>
      word === "expulsions" ? [{ stem: "expel", weight: 0.9 }] : [],
    );
    expect(withSenses.matching("expulsions")).toEqual([0]);
    expect(plain.matching("expulsions")).toEqual([]);
  });

  it("a sense too weak for half the topic's weight does not count", () => {
    const loose = new MeaningMatcher(texts, (word) =>
      word === "money" ? [{ stem: "bank", weight: 0.3 }] : [],
    );
    expect(loose.matching("money")).toEqual([]);
  });

  it("a topic of stopwords or punctuation matches nothing", () => {
    expect(plain.matching("the and / of")).toEqual([]);
    expect(plain.matching("")).toEqual([]);
  });
});
