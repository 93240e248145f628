import { describe, expect, it } from "vitest";
import { retrieve } from "../../src/answer/answer.js";
import { questionWords } from "../../src/answer/evidence.js";
import { articleTopicality, rerank, sharedWords } from "../../src/answer/rerank.js";
import { analyseQuestion } from "../../src/answer/analyse.js";
import { expandQuery } from "../../src/search/query.js";
import { buildSearchIndex } from "../../src/search/build.js";
import type { SearchIndex } from "../../src/search/types.js";
import { makeArticle, makeCorpus } from "../fixtures/articles.js";

function wordsOf(index: SearchIndex, question: string) {
  const analysis = analyseQuestion(index, question);
  const terms = expandQuery(index, analysis.content);
  return questionWords(index, analysis.content, terms, analysis.text);
}

const talks = makeArticle(
  [
    "Delegations of Ruritania and Freedonia held talks in Geneva on fishing quotas.",
    "The talks lasted five hours. Fishing quotas were the main subject of the talks.",
    "Both delegations called the talks useful and will hold more talks on quotas in June.",
  ].join("\n\n"),
  { id: "talks", title: "Fishing talks in Geneva" },
);
// One passage repeating the question's words, in an article about something else.
const harvest = makeArticle(
  [
    "The harvest was good. Farmers sold grain at the market.",
    "Quotas, quotas and more quotas: the fishing lobby talks of quotas, the farm lobby talks of fishing rights, and everyone talks.",
    "Rain came late in the autumn.",
  ].join("\n\n"),
  { id: "harvest", title: "Harvest report" },
);

describe("article topicality", () => {
  const index = buildSearchIndex(makeCorpus([talks, harvest]));
  const words = wordsOf(index, "What were the talks on fishing quotas about?");

  it("an article using the question's words throughout is more about them than one using them once", () => {
    const about = articleTopicality(index, words, talks.id);
    const other = articleTopicality(index, words, harvest.id);
    expect(about).toBeGreaterThan(other);
    expect(about).toBeLessThanOrEqual(1);
  });

  it("puts a passage of the article about the question above one that repeats its words", () => {
    const passage = (article: typeof talks, i: number, score: number) => ({
      id: article.passages[i]!.id,
      articleId: article.id,
      score,
    });
    // BM25 put the word-repeating passage first.
    const pool = [passage(harvest, 1, 10), passage(talks, 1, 8)];
    const ranked = rerank(index, words, pool, 2).map((h) => h.passage.article.id);
    expect(ranked).toEqual(["talks", "harvest"]);
  });
});

describe("sentence cover", () => {
  // Same article, so topicality is equal: only the sentences differ.
  const spread = makeArticle(
    [
      "The envoy arrived in Geneva on Monday. Talks on quotas were scheduled. The envoy met reporters.",
      "The envoy said the quotas talks in Geneva would resume.",
    ].join("\n\n"),
    { id: "spread" },
  );
  const index = buildSearchIndex(makeCorpus([spread]));
  const words = wordsOf(index, "Did the envoy say the quota talks in Geneva would resume?");

  it("a passage with one sentence holding all the question's words beats one spreading them", () => {
    const pool = [
      { id: spread.passages[0]!.id, articleId: spread.id, score: 10 },
      { id: spread.passages[1]!.id, articleId: spread.id, score: 9 },
    ];
    const ranked = rerank(index, words, pool, 2).map((h) => h.passage.passage.id);
    expect(ranked[0]).toBe(spread.passages[1]!.id);
  });
});

describe("near-duplicate passages", () => {
  const copy = (id: string, word: string) =>
    makeArticle(
      `Quotas for fishing were debated ${word} by the council, which talks about quotas every year and sets fishing quotas for the northern coast, the harbour towns and the river mouths of the province.`,
      { id, title: "" },
    );
  const copies = [copy("c1", "today"), copy("c2", "yesterday"), copy("c3", "twice")];
  const answer = makeArticle(
    "Ruritania and Freedonia agreed on fishing quotas at talks in Geneva.\n\nThe talks on quotas ended on Friday.",
    { id: "answer" },
  );
  const index = buildSearchIndex(makeCorpus([...copies, answer]));

  it("counts most words of two copies as shared", () => {
    const [a, b] = copies.map((c) => index.passages.get(c.passages[0]!.id)!.stems);
    expect(sharedWords(a!, b!)).toBeGreaterThan(0.7);
  });

  it("keeps one copy of a reprinted passage so the others cannot fill the first places", () => {
    const question = "What did the talks decide on fishing quotas?";
    const plain = retrieve(index, question, { rerank: false }).hits.slice(0, 3);
    expect(plain.map((h) => h.passage.article.id)).not.toContain("answer");
    const top = retrieve(index, question).hits.slice(0, 3);
    expect(top.map((h) => h.passage.article.id)).toContain("answer");
    expect(top.filter((h) => h.passage.article.id.startsWith("c"))).toHaveLength(1);
  });
});
