import { describe, expect, it } from "vitest";
import { partyWanting } from "../../../src/answer/kinds/sidesWant.js";
import { buildSearchIndex } from "../../../src/search/build.js";
import type { IndexedSentence } from "../../../src/search/types.js";
import { makeArticle, makeCorpus } from "../../fixtures/articles.js";
import { indexedSentences } from "../../fixtures/indexed.js";
import { askerOver } from "./helpers.js";

function sentence(text: string): IndexedSentence {
  const index = buildSearchIndex(makeCorpus([makeArticle(text)]));
  const found = indexedSentences(index).find((s) => s.sentence.text === text);
  if (!found) throw new Error(`sentence not indexed as one: ${text}`);
  return found;
}

describe("the party a sentence says wants something", () => {
  it("is the country named just before the demand, in one word or two", () => {
    expect(partyWanting(sentence("Norway is seeking the return of two vessels."))).toBe("NOR");
    expect(partyWanting(sentence("The United States raised concerns about visa delays."))).toBe(
      "USA",
    );
    expect(partyWanting(sentence("Danish diplomats also proposed a new ferry link."))).toBe("DNK");
  });

  it("is nobody when the country is in another clause or nothing is wanted", () => {
    expect(partyWanting(sentence("In Oslo, officials proposed a new ferry link."))).toBeUndefined();
    expect(partyWanting(sentence("Norway and Denmark met in Bergen on Monday."))).toBeUndefined();
  });
});

describe("what each side wants", () => {
  const ask = askerOver([
    {
      id: "s1",
      outlet: "Harbour News",
      body: "Norway and Denmark held talks in Bergen on Monday. Norway is seeking the return of two fishing vessels seized last year, its foreign ministry said.",
    },
    {
      id: "s2",
      outlet: "Valley Post",
      body: "The talks in Bergen lasted four hours. Denmark raised concerns about visa delays for its consular staff.",
    },
  ]);

  it("quotes what each party asks for, each with its source", () => {
    const a = ask("What does each side want from the talks?");
    expect(a.kind).toBe("sidesWant");
    expect(a.answer).toContain("fishing vessels");
    expect(a.answer).toContain("visa delays");
    expect(a.answer).toContain("Harbour News");
    expect(a.answer).toContain("Valley Post");
  });

  it("a question about both sides doing something else is not asking what they want", () => {
    expect(ask("When did both sides meet after May?").kind).not.toBe("sidesWant");
  });
});
