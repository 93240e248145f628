import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { joinBrokenLines, restoreMissingSpaces, splitGluedWords } from "../../src/corpus/repair.js";
import { vocabularyOf } from "../../src/corpus/vocabulary.js";

const words = new Set("the minister said that officials agreed in on as constructive talks were held".split(" "));
const isWord = (w: string) => words.has(w.toLowerCase());

describe("joinBrokenLines", () => {
  it("joins a sentence broken after an abbreviation that cannot end it", () => {
    const { paragraphs } = joinBrokenLines(["Staff at the U.S.", "Embassy in Moscow left."]);
    expect(paragraphs).toEqual(["Staff at the U.S. Embassy in Moscow left."]);
  });

  it("joins across a blank line when the next text continues in lower case", () => {
    const { paragraphs } = joinBrokenLines(['"Concerns about banking, as', "", 'well as staffing," she said.']);
    expect(paragraphs).toEqual(['"Concerns about banking, as well as staffing," she said.']);
  });

  it("keeps lines that end a sentence as separate paragraphs", () => {
    const { paragraphs, repairs } = joinBrokenLines(["The talks ended.", "A new round begins."]);
    expect(paragraphs).toEqual(["The talks ended.", "A new round begins."]);
    expect(repairs).toBe(0);
  });

  it("does not join a headline to the capitalised text after it", () => {
    const { paragraphs } = joinBrokenLines(["Talks Resume in Istanbul", "", "The delegations met."]);
    expect(paragraphs).toHaveLength(2);
  });
});

describe("restoreMissingSpaces", () => {
  it("separates sentences glued at a full stop", () => {
    expect(restoreMissingSpaces("officials said.The talks").text).toBe("officials said. The talks");
  });

  it("separates a closing quote from the next sentence", () => {
    expect(restoreMissingSpaces('was "businesslike."Both sides').text).toBe('was "businesslike." Both sides');
  });

  it("adds the space after a comma that lost it", () => {
    expect(restoreMissingSpaces("in 2018,Zakharova said").text).toBe("in 2018, Zakharova said");
  });

  it("leaves abbreviations, host names and numbers alone", () => {
    const text = "the U.S.S.R. and RT.com reported 1,000 staff at 3.5 percent";
    expect(restoreMissingSpaces(text)).toEqual({ text, repairs: 0 });
  });
});

describe("splitGluedWords", () => {
  it("splits a token that is two known words in exactly one way", () => {
    expect(splitGluedWords("the minister saidthat talks", isWord).text).toBe("the minister said that talks");
  });

  it("leaves known words and unknown names alone", () => {
    const text = "Officials met Darchiyev in Istanbul";
    expect(splitGluedWords(text, isWord)).toEqual({ text, repairs: 0 });
  });

  it("leaves a token that splits more than one way alone", () => {
    const ambiguous = new Set(["ab", "abc", "cde", "de"]);
    const known = (w: string) => ambiguous.has(w) || w === "no";
    expect(splitGluedWords("abcde", known).text).toBe("abcde");
  });

  it("never changes the letters of the text (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words, "xyz", "Istanbul"), { maxLength: 8 }), (parts) => {
        const text = parts.join("");
        const out = splitGluedWords(text, isWord).text;
        expect(out.replace(/ /g, "")).toBe(text);
      }),
    );
  });
});

describe("joinBrokenLines before a capitalised word", () => {
  it("joins a long prose line cut before a name", () => {
    const { paragraphs } = joinBrokenLines([
      "Negotiators from the two capitals met for five hours in Vienna on",
      "Monday, officials said.",
    ]);
    expect(paragraphs).toEqual([
      "Negotiators from the two capitals met for five hours in Vienna on Monday, officials said.",
    ]);
  });

  it("does not join a short sentence-case line to the next", () => {
    expect(joinBrokenLines(["Talks resume in the city", "Monday brings news."]).paragraphs).toHaveLength(2);
  });
});

describe("glued words against the real dictionary and a corpus", () => {
  const corpus = [
    "Talks in Istanbul ended. Istanbul hosted the envoys, who reported that the talks were constructive. They agreed.",
  ];
  const { isWord: known, isCommon } = vocabularyOf(corpus);
  const repair = (text: string) => splitGluedWords(text, known, isCommon).text;

  it("splits a name the corpus uses from a common word glued to it", () => {
    expect(repair("Officials in Istanbulagreed on steps.")).toBe("Officials in Istanbul agreed on steps.");
  });

  it("splits two common words glued where a link was removed", () => {
    expect(repair("The paper reportedthat talks ended.")).toBe("The paper reported that talks ended.");
  });

  it.each(["Selectboard", "Wentworth Road", "Dragan Ilievski", "European affairs", "Portsmouth"])(
    "keeps the name %j whole, even when it splits into ordinary words",
    (text) => {
      expect(repair(text)).toBe(text);
    },
  );

  it.each(["San Francisco", "New Hampshire", "a Washington-based analyst", "a counterproposal", "no breakthrough"])(
    "keeps %j as written",
    (text) => {
      expect(repair(text)).toBe(text);
    },
  );

  it("does not split two words the corpus never uses on their own", () => {
    expect(repair("the drumfire went on")).toBe("the drumfire went on");
  });
});

describe("repairing clean article text (property)", () => {
  const DIR = "tests/fixtures/pages";
  const sentences = readdirSync(DIR)
    .filter((f) => f.endsWith(".expected.json"))
    .map((f) => JSON.parse(readFileSync(join(DIR, f), "utf8")) as { split: string; articleLines: string[] })
    .filter((e) => e.split === "tune")
    .flatMap((e) => e.articleLines);
  const seedTexts = readdirSync("corpus/raw").map((f) => readFileSync(join("corpus/raw", f), "utf8"));
  const vocabulary = vocabularyOf(seedTexts);
  const ordinary = [...new Set(sentences.join(" ").match(/\b\p{Ll}{4,}\b/gu) ?? [])];
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  const name = fc.oneof(
    fc.constantFrom("San Francisco", "New Hampshire", "Wentworth", "Selectboard", "Dragan Ilievski", "Shirok Sokak"),
    // A name made of two ordinary words ("Selectboard", "Fairhaven") must stay whole.
    fc.tuple(fc.constantFrom(...ordinary), fc.constantFrom(...ordinary)).map(([a, b]) => cap(a) + b),
  );
  const paragraph = fc
    .tuple(fc.constantFrom(...sentences), name, fc.constantFrom(...sentences))
    .map(([a, n, b]) => `${a} Officials from ${n} welcomed the step. ${b}`);

  it("changes nothing", () => {
    fc.assert(
      fc.property(paragraph, (text) => {
        const spaced = restoreMissingSpaces(text);
        const split = splitGluedWords(spaced.text, vocabulary.isWord, vocabulary.isCommon);
        expect(split.text).toBe(text);
        expect(joinBrokenLines([text]).paragraphs).toEqual([text]);
      }),
      { numRuns: 300 },
    );
  });
});
