import { describe, expect, it } from "vitest";
import { readNumber } from "../../src/lexicon/numberWords.js";

describe("readNumber", () => {
  it("reads digits, words, hyphenated compounds and halves", () => {
    expect(readNumber("35 Russian diplomats")).toBe(35);
    expect(readNumber("1,200 staff")).toBe(1200);
    expect(readNumber("six hours")).toBe(6);
    expect(readNumber("thirty-five diplomats")).toBe(35);
    expect(readNumber("two and a half hours")).toBe(2.5);
    expect(readNumber("five and a half hours")).toBe(5.5);
    expect(readNumber("half an hour")).toBe(0.5);
  });

  it("is undefined where no number is written, and never reads a glued word", () => {
    expect(readNumber("several hours")).toBeUndefined();
    expect(readNumber("Russian-owned properties")).toBeUndefined();
  });
});
