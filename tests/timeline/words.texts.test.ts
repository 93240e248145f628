import { describe, expect, it } from "vitest";
import { words, wordTexts } from "../../src/timeline/words.js";

const TEXTS = [
  "The U.S. and Russia's diplomats met in Istanbul on Feb. 27, 2025.",
  "The United States embassy; united states; United United States. U.S.A. talks",
  "Türkiye hosted Darchiyev’s team — 6 hours, 35 diplomats, co-operation, e.g. this.",
  "",
];

describe("wordTexts", () => {
  it("gives the text of each word words() gives, in order", () => {
    for (const text of TEXTS) expect(wordTexts(text)).toEqual(words(text).map((w) => w.text));
  });
});
