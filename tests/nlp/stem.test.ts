import { describe, expect, it } from "vitest";
import { lemma, stem } from "../../src/nlp/stem.js";
import { isPastVerb } from "../../src/nlp/verbs.js";

describe("stem: wink-nlp's lemma, then Porter2", () => {
  it("irregular verbs meet their base form without any table", () => {
    expect(stem("led")).toBe(stem("lead"));
    expect(stem("held")).toBe(stem("hold"));
    expect(stem("sought")).toBe(stem("seek"));
    expect(new Set(["came", "coming", "come"].map(stem)).size).toBe(1);
  });

  it("keeps apart words a suffix stripper merged", () => {
    expect(stem("noted")).not.toBe(stem("not"));
    expect(stem("coming")).not.toBe(stem("com"));
    expect(stem("news")).not.toBe(stem("new"));
  });

  it("gives the same key to a word every time, cached or not", () => {
    const first = stem("restorations");
    expect(stem("restorations")).toBe(first);
    expect(first).toBe(stem("restore"));
  });

  it("leaves numbers and very short words as they are", () => {
    expect(stem("2025")).toBe("2025");
    expect(stem("us")).toBe("us");
  });

  it("a lemma is finer than a stem", () => {
    expect(stem("represented")).toBe(stem("representative"));
    expect(lemma("represented")).not.toBe(lemma("representative"));
  });
});

describe("isPastVerb", () => {
  it("reads past tenses, regular and irregular, from the tagger", () => {
    for (const w of ["held", "led", "happened", "sought", "agreed"])
      expect(isPastVerb(w), w).toBe(true);
  });

  it("is false for present forms and nouns", () => {
    for (const w of ["says", "meeting", "talks", "round"]) expect(isPastVerb(w), w).toBe(false);
  });
});
