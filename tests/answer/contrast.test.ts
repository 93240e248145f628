import { describe, expect, it } from "vitest";
import { analyseQuestion } from "../../src/answer/analyse.js";
import { conflicts, contrastOf } from "../../src/answer/contrast.js";
import { questionWords, scoreSentence } from "../../src/answer/evidence.js";
import { buildSearchIndex } from "../../src/search/build.js";
import { expandQuery } from "../../src/search/query.js";
import { makeArticle, makeCorpus } from "../fixtures/articles.js";
import { indexedSentences } from "../fixtures/indexed.js";

const index = buildSearchIndex(
  makeCorpus([
    makeArticle(
      [
        "The Russian delegation was led by Ivan Petrov.",
        "The US delegation was led by Mary Stone.",
        "A first round took place in Oslo on May 2.",
        "In 2019, the Atlantian navy detained 12 fishermen.",
        "In 2020, the Solberg government expelled 9 Danish diplomats.",
        "In 2021, the Solberg government expelled 7 Norwegian diplomats.",
        "In 2022, the Danish navy expelled 5 diplomats.",
        "Officials met in Rome last week.",
        "The delegation raised concerns about staffing at the embassy in Vienna.",
        "The first such meeting took place on March 3.",
        "Danish Foreign Minister Ane Holm arrived on Monday.",
      ].join("\n\n"),
      { published: "2024-06-20" },
    ),
  ]),
);

/** Does the sentence starting with `start` contradict the question's distinguishing words? */
function contradicts(question: string, start: string): boolean {
  const analysis = analyseQuestion(index, question);
  const terms = expandQuery(index, analysis.content);
  const words = questionWords(index, analysis.content, terms);
  const entry = indexedSentences(index).find((s) => s.sentence.text.startsWith(start))!;
  const evidence = scoreSentence(index, words, entry, 0);
  return conflicts(contrastOf(index, analysis, terms), evidence, 0, entry.tokens.length - 1);
}

describe("conflicts", () => {
  it("another nationality before the asked noun contradicts the question", () => {
    expect(contradicts("Who led the US delegation?", "The Russian delegation")).toBe(true);
    expect(contradicts("Who led the US delegation?", "The US delegation")).toBe(false);
  });

  it("a misspelt nationality contradicts like the word it stands for", () => {
    expect(contradicts("who led the amercan delegation", "The Russian delegation")).toBe(true);
  });

  it("a nationality before a verb is its subject, not a kind of the verb", () => {
    const analysis = analyseQuestion(index, "How many fishermen did the US detain?");
    const terms = expandQuery(index, analysis.content);
    expect(contrastOf(index, analysis, terms).modifiers).toEqual([]);
  });

  it("an ordinal read across a filler word names another event than the one asked", () => {
    expect(contradicts("When did the second meeting take place?", "The first such meeting")).toBe(
      true,
    );
    expect(contradicts("When did the first meeting take place?", "The first such meeting")).toBe(
      false,
    );
  });

  it("a country's post is another country's when its nationality stands before the adjectives", () => {
    expect(contradicts("Who is Norway's foreign minister?", "Danish Foreign Minister")).toBe(true);
    expect(contradicts("Who is Denmark's foreign minister?", "Danish Foreign Minister")).toBe(
      false,
    );
  });

  it("an event placed in another city contradicts a question about this city", () => {
    expect(contradicts("When did the round in Rome take place?", "A first round")).toBe(true);
    expect(contradicts("When did the round in Oslo take place?", "A first round")).toBe(false);
  });

  it("a country acts through its government: only another country, or acting on it, is another actor", () => {
    expect(contradicts("How many diplomats did Norway expel in 2020?", "In 2020")).toBe(false);
    expect(contradicts("How many diplomats did Norway expel in 2021?", "In 2021")).toBe(true);
    expect(contradicts("How many diplomats did Norway expel in 2022?", "In 2022")).toBe(true);
  });

  it("a building's city is not where the asked event happened", () => {
    expect(contradicts("What concerns did the delegation raise in Oslo?", "The delegation")).toBe(
      false,
    );
    expect(contradicts("Which officials met in Oslo?", "Officials met in Rome")).toBe(true);
  });

  it("a capital before a building says where it is, not whose: no other owner contradicts it", () => {
    const analysis = analyseQuestion(index, "What was said about staffing at its Vienna embassy?");
    const terms = expandQuery(index, analysis.content);
    expect(contrastOf(index, analysis, terms).modifiers).toEqual([]);
    expect(
      contradicts("What was said about staffing at its Vienna embassy?", "The delegation raised"),
    ).toBe(false);
    // A nationality before the same building still says whose it is.
    const owned = analyseQuestion(index, "What was said about staffing at the Russian embassy?");
    expect(contrastOf(index, owned, expandQuery(index, owned.content)).modifiers).toHaveLength(1);
  });

  it("another actor of the asked verb contradicts the question's actor", () => {
    expect(contradicts("How many fishermen did Borduvia detain?", "In 2019")).toBe(true);
    expect(contradicts("How many fishermen were detained?", "In 2019")).toBe(false);
  });
});
