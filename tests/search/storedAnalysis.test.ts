import { afterEach, describe, expect, it, vi } from "vitest";
import * as dates from "../../src/search/dateWords.js";
import {
  assembleIndex,
  buildIndexParts,
  indexPassage,
  sentenceStemsOf,
} from "../../src/search/build.js";
import * as tokens from "../../src/search/tokens.js";
import { findTimeExpressions } from "../../src/dates/resolve.js";
import { makeArticle, makeCorpus } from "../fixtures/articles.js";

const corpus = makeCorpus([
  makeArticle(
    "The delegations met on Thursday in Istanbul. Talks lasted six hours.\n\nA second round followed last month, officials said on April 10.",
    { id: "a1", published: "2025-04-10" },
  ),
  makeArticle("No dates here at all. The embassy staff were not named.", { id: "a2" }),
]);

afterEach(() => vi.restoreAllMocks());

describe("the analysis an index keeps", () => {
  it("gives every passage the tokens, stems and dates reading it afresh would give", () => {
    const index = assembleIndex(corpus, buildIndexParts(corpus));
    for (const article of corpus.articles) {
      for (const passage of article.passages) {
        expect(index.passages.get(passage.id)).toEqual(indexPassage(article, passage));
      }
    }
  });

  it("gives each sentence the resolved dates findTimeExpressions gives, stored or found afresh", () => {
    const index = assembleIndex(corpus, buildIndexParts(corpus));
    const article = corpus.articles[0]!;
    const passage = article.passages[1]!;
    const stored = index.passages.get(passage.id)!.sentences[0]!.timeMentions;
    const sentence = passage.sentences[0]!;
    expect(stored).toEqual(findTimeExpressions(sentence.text, article.published));
    expect(stored.map((m) => m.text)).toEqual(["last month", "April 10"]);
  });

  it("reads a passage seen for the first time without finding its dates again", () => {
    const index = assembleIndex(corpus, buildIndexParts(corpus));
    const finding = vi.spyOn(dates, "dateWords");
    const passage = corpus.articles[0]!.passages[0]!;
    expect(index.passages.get(passage.id)?.stems.has("april")).toBe(true);
    expect(index.sentenceStems.get(passage.id)?.[0]?.dated.has("april")).toBe(true);
    expect(index.articleStems.get("a1")?.has("april")).toBe(true);
    expect(finding).not.toHaveBeenCalled();
  });

  it("gives every passage the sentence stems its text gives, in the same order", () => {
    const index = assembleIndex(corpus, buildIndexParts(corpus));
    for (const article of corpus.articles) {
      for (const passage of article.passages) {
        const afresh = passage.sentences.map((s) =>
          sentenceStemsOf(tokens.tokenize(s.text), dates.dateWords(s.text, article.published)),
        );
        const stored = index.sentenceStems.get(passage.id)!;
        expect(stored.map((s) => [[...s.words], [...s.dated]])).toEqual(
          afresh.map((s) => [[...s.words], [...s.dated]]),
        );
      }
    }
    expect(index.sentenceStems.get("a1#p1")?.[0]?.dated.has("april")).toBe(true);
  });

  it("stores as a sentence's words and dated stems together exactly the stems reading it gives", () => {
    const index = assembleIndex(corpus, buildIndexParts(corpus));
    for (const article of corpus.articles) {
      for (const passage of article.passages) {
        const stored = index.sentenceStems.get(passage.id)!;
        index.passages.get(passage.id)!.sentences.forEach((s, i) => {
          const both = new Set([...stored[i]!.words, ...stored[i]!.dated]);
          expect([...both].sort()).toEqual([...s.stems].sort());
        });
      }
    }
  });

  it("gives no sentence stems for a passage id that names no passage", () => {
    const index = assembleIndex(corpus, buildIndexParts(corpus));
    for (const id of ["a1#p2", "a1#p01", "a2#p-1", "nope#p0", "a1"]) {
      expect(index.sentenceStems.get(id)).toBeUndefined();
    }
  });

  it("reads sentence stems without tokenising the passage again", () => {
    const index = assembleIndex(corpus, buildIndexParts(corpus));
    const passage = corpus.articles[0]!.passages[0]!;
    const reading = vi.spyOn(tokens, "tokenize");
    expect(index.sentenceStems.get(passage.id)?.[0]?.words.has("deleg")).toBe(true);
    expect(reading).not.toHaveBeenCalled();
  });
});
