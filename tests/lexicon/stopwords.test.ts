import { describe, expect, it } from "vitest";
import { isStopword } from "../../src/lexicon/stopwords.js";

describe("stopwords", () => {
  it("indefinite pronouns name no topic: 'did she say anything about it'", () => {
    for (const w of ["anything", "something", "everything", "anyone", "someone", "everybody"]) {
      expect(isStopword(w)).toBe(true);
    }
  });

  it("'else' stays a word: 'who else took part' asks for someone other than those named", () => {
    expect(isStopword("else")).toBe(false);
  });

  it("the country 'us' is never dropped, though the pronoun is a stopword", () => {
    expect(isStopword("us")).toBe(false);
    expect(isStopword("the")).toBe(true);
  });
});
