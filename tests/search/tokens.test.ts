import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stem } from "../../src/nlp/stem.js";
import { COUNTRY_ALIASES } from "../../src/lexicon/normalize.js";
import {
  forEachWord,
  normalizeWord,
  replaceTokens,
  stemsOf,
  tokenize,
} from "../../src/search/tokens.js";

/** What the tokeniser matched words with before its scan of character codes. */
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

const wordsOf = (text: string): Array<[number, number]> => {
  const out: Array<[number, number]> = [];
  forEachWord(text, (start, end) => out.push([start, end]));
  return out;
};

// Letters (accented, astral, capital), digits of other scripts, marks, periods, apostrophes.
const piece = fc.constantFrom(
  ..."aZé.'’ 9-,ß",
  "U.S.",
  "\u0301",
  "٣",
  "²",
  "𝒜",
  "😀",
  "\ud800",
  "don’t",
  "e.g.",
  "a.b.c",
);

describe("forEachWord", () => {
  it("finds exactly the words the regular expression it replaced matches", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        const expected = [...text.matchAll(WORD)].map((m): [number, number] => [
          m.index,
          m.index + m[0].length,
        ]);
        expect(wordsOf(text)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("finds the same words in any string", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80, unit: "binary" }), (text) => {
        const expected = [...text.matchAll(WORD)].map((m): [number, number] => [
          m.index,
          m.index + m[0].length,
        ]);
        expect(wordsOf(text)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads an initialism as one word and an apostrophe inside a word as part of it", () => {
    const text = "The U.S. side didn’t say; Moscow's 2nd e.g. a.b.c";
    expect(wordsOf(text).map(([s, e]) => text.slice(s, e))).toEqual([
      "The",
      "U.S.",
      "side",
      "didn’t",
      "say",
      "Moscow's",
      "2nd",
      "e.g.",
      "a.b.",
      "c",
    ]);
  });
});

describe("tokenize", () => {
  it("folds a plain word as the full folding does (its shortcut changes nothing)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9]{1,12}$/), (word) => {
        const folded = normalizeWord(word);
        const norm = COUNTRY_ALIASES[folded] ?? folded;
        expect(tokenize(word).map((t) => t.norm)).toEqual([norm]);
      }),
    );
  });

  it("every token's offsets cut exactly its text from the input", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
      }),
    );
  });

  it("U.S., US, USA and United States all become the one key us", () => {
    const norms = tokenize("U.S. envoys, US aides, the USA and the United States").map(
      (t) => t.norm,
    );
    expect(norms.filter((n) => n === "us")).toHaveLength(4);
  });

  it("United States merged into one token still quotes both words", () => {
    const text = "talks with the United States ended";
    const us = tokenize(text).find((t) => t.norm === "us");
    expect(us?.text).toBe("United States");
  });

  it("accents and possessives are folded so spellings meet", () => {
    expect(tokenize("Türkiye’s capital")[0]?.norm).toBe("turkiye");
    expect(tokenize("Russia's embassy")[0]?.norm).toBe("russia");
  });
});

describe("stem", () => {
  it("inflections of one word meet at one stem", () => {
    expect(new Set(["restored", "restoring", "restoration", "restore"].map(stem)).size).toBe(1);
    expect(new Set(["operations", "operating", "operate"].map(stem)).size).toBe(1);
    expect(new Set(["meeting", "meet", "met"].map(stem)).size).toBe(1);
    expect(new Set(["took", "take", "taken"].map(stem)).size).toBe(1);
    expect(new Set(["attendance", "attended", "attend"].map(stem)).size).toBe(1);
  });

  it("words that only look plural keep their ending", () => {
    expect(stem("news")).not.toBe(stem("new"));
    expect(stem("discuss")).toBe(stem("discussed"));
  });

  it("never returns an empty stem for a word", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,20}$/), (word) => {
        expect(stem(word).length).toBeGreaterThan(0);
      }),
    );
  });
});

const STEM_TEXTS = [
  "The U.S. and Russia's diplomats met in Istanbul on Feb. 27, 2025.",
  "The United States embassy; united states; United United States. U.S.A. talks",
  "Türkiye hosted Darchiyev’s team — 6 hours, 35 diplomats, co-operation, e.g. this.",
  "",
];

describe("stemsOf", () => {
  it("gives the stems tokenize gives, United States merged into one", () => {
    for (const text of STEM_TEXTS) expect(stemsOf(text)).toEqual(tokenize(text).map((t) => t.stem));
    expect(stemsOf("the United States embassy")).toContain("us");
    expect(stemsOf("the United States embassy")).not.toContain("state");
  });

  it("agrees with tokenize on any text of words, initialisms, apostrophes and 'United States'", () => {
    const piece = fc.constantFrom(
      "United",
      "States",
      "united",
      "states",
      "U.S.",
      "Russia’s",
      "it's",
      "’",
      ".",
      " ",
      "Türkiye",
      "42",
      "-",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join(" ");
        expect(stemsOf(text)).toEqual(tokenize(text).map((t) => t.stem));
      }),
    );
  });
});

describe("replaceTokens", () => {
  it("rewrites only the words given a replacement, keeping the text between them", () => {
    const out = replaceTokens("wen did  u go, n why?", (t) =>
      t.norm === "wen" ? "when" : t.norm === "n" ? "and" : undefined,
    );
    expect(out).toBe("when did  u go, and why?");
    expect(replaceTokens("nothing here", () => undefined)).toBe("nothing here");
  });
});
