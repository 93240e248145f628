import { describe, expect, it } from "vitest";
import { retrieve } from "../../src/answer/answer.js";
import { statesDuration } from "../../src/answer/extract/numbers.js";
import { rerank } from "../../src/answer/rerank.js";
import { questionWords } from "../../src/answer/evidence.js";
import { analyseQuestion } from "../../src/answer/analyse.js";
import { buildSearchIndex } from "../../src/search/build.js";
import { expandQuery } from "../../src/search/query.js";
import { makeArticle, makeCorpus } from "../fixtures/articles.js";

// 120 articles with a passage repeating the question's own word, and one article about talks
// that answers in other words: BM25 alone never reaches its answering passage.
const noise = Array.from({ length: 120 }, (_, i) =>
  makeArticle(
    [
      `Council ${i} discussed budgets and discussed taxes again on Tuesday.`,
      "The harbour was busy with boats.",
      "Rain came late in the autumn.",
    ].join("\n\n"),
    { id: `n${String(i).padStart(3, "0")}` },
  ),
);
const talks = makeArticle(
  [
    "Ruritanian and Freedonian delegations held talks in Geneva on fishing quotas.",
    "The meeting lasted more than six hours, officials said.",
    "The talks will resume in June, and the next round of talks may move to Vienna.",
    "Both delegations called the meeting useful.",
  ].join("\n\n"),
  { id: "talks" },
);
const index = buildSearchIndex(makeCorpus([...noise, talks]));

describe("the re-ranking pool", () => {
  it("takes in the passages of the article most about the question, synonyms counted", () => {
    const top = retrieve(index, "How long did the Geneva discussions go on?")
      .hits.slice(0, 3)
      .map((h) => h.passage.passage.id);
    expect(top).toContain(talks.passages[1]!.id);
  });
});

describe("the kind of answer asked for", () => {
  const small = buildSearchIndex(makeCorpus([talks]));
  const analysis = analyseQuestion(small, "How long did the talks last?");
  const words = questionWords(small, analysis.content, expandQuery(small, analysis.content));
  // BM25 put the passage without a length of time first.
  const pool = [
    { id: talks.passages[2]!.id, articleId: "talks", score: 10 },
    { id: talks.passages[1]!.id, articleId: "talks", score: 4 },
  ];
  const first = (answers?: (text: string) => boolean) =>
    rerank(small, words, pool, 2, answers)[0]?.passage.passage.id;

  it("puts a passage giving a length of time first for 'how long'", () => {
    expect(first(statesDuration)).toBe(talks.passages[1]!.id);
  });

  it("leaves the order to words and scores when no kind is asked for", () => {
    expect(first()).toBe(talks.passages[2]!.id);
  });
});

describe("statesDuration", () => {
  it("finds lengths of time, not bare numbers or dates", () => {
    expect(statesDuration("It lasted more than six hours.")).toBe(true);
    expect(statesDuration("about three years of talks")).toBe(true);
    expect(statesDuration("On February 27, 2025, six delegates met.")).toBe(false);
  });
});
