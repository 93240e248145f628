import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/answer.js";
import { loadCorpus } from "../../src/corpus/load.js";
import { loadAskQuestions } from "../../src/eval/askQuestions.js";
import { buildSearchIndex } from "../../src/search/build.js";

describe("answers as data", () => {
  const corpus = loadCorpus();
  const index = buildSearchIndex(corpus);
  const body = new Map(corpus.articles.map((a) => [a.id, a.body]));
  const titles = new Map(corpus.articles.map((a) => [a.id, a.title]));
  const captions = new Map(
    corpus.articles.map((a) => [a.id, (a.captions ?? []).map((c) => `${c.text} ${c.credit}`)]),
  );
  const questions = [
    ...loadAskQuestions("tests/eval/ask-questions.json"),
    ...loadAskQuestions("tests/eval/ask-dev2.json"),
  ];
  const answers = questions.map((q) => answerQuestion(index, q.question));

  it("every quote is a sentence of the article it names, letter for letter", () => {
    let quotes = 0;
    for (const a of answers) {
      for (const q of a.quotes ?? []) {
        quotes++;
        if (q.headline) expect(titles.get(q.articleId), q.sentence).toBe(q.sentence);
        else if (q.caption) expect(captions.get(q.articleId), q.sentence).toContain(q.sentence);
        else expect(body.get(q.articleId), q.sentence).toContain(q.sentence);
      }
    }
    expect(quotes).toBeGreaterThan(50);
  });

  it("every answer says which kind of question answered it and quotes what it rests on", () => {
    for (const a of answers.filter((x) => x.status === "answered")) {
      expect(a.kind, a.question).toBeTruthy();
      expect(a.quotes?.length ?? 0, a.question).toBeGreaterThan(0);
    }
  });

  it("a short answer, when given, is what the text leads with", () => {
    for (const a of answers.filter((x) => x.short !== undefined)) {
      expect(a.answer.startsWith(a.short!), a.question).toBe(true);
    }
  });
});
