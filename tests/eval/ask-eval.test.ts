import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/types.js";
import { loadCorpus } from "../../src/corpus/load.js";
import { formatAskReport, judge, runAskEval, shortAnswer } from "../../src/eval/ask.js";
import {
  ASK_NEWEST_BLIND_FILE,
  BLIND_SETS,
  blindMissesShown,
  canonicalGold,
  loadAskQuestions,
  type AskQuestion,
} from "../../src/eval/askQuestions.js";
import type { Corpus } from "../../src/corpus/types.js";
import { buildSearchIndex } from "../../src/search/build.js";

const thresholds = JSON.parse(
  readFileSync(new URL("./ask-thresholds.json", import.meta.url), "utf8"),
) as { min: Record<string, number>; max?: Record<string, number> };

describe("ask eval on the corpus", () => {
  const corpus = loadCorpus();
  const questions = loadAskQuestions();
  const { metrics, results } = runAskEval(buildSearchIndex(corpus), questions);
  const report = formatAskReport(metrics, results);

  it("has at least 80 questions, 20 of them not answerable, with unique ids", () => {
    expect(questions.length).toBeGreaterThanOrEqual(80);
    expect(questions.filter((q) => q.expect === "not_found").length).toBeGreaterThanOrEqual(20);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
  });

  it("names only canonical articles as gold, never a duplicate copy", () => {
    const canonical = new Set(corpus.articles.map((a) => a.id));
    const gold = questions.flatMap((q) => q.articles);
    expect(gold.filter((id) => !canonical.has(id))).toEqual([]);
  });

  it("gives every answerable question a gold key and every refusal none", () => {
    for (const q of questions) {
      if (q.expect === "answered") expect(q.keys.length, q.id).toBeGreaterThan(0);
      else expect(q.keys, q.id).toEqual([]);
    }
  });

  for (const [name, min] of Object.entries(thresholds.min)) {
    it(`${name} stays at or above ${min}`, () => {
      expect(metrics[name], report).toBeGreaterThanOrEqual(min);
    });
  }
  for (const [name, max] of Object.entries(thresholds.max ?? {})) {
    it(`${name} stays at or below ${max}`, () => {
      expect(metrics[name], report).toBeLessThanOrEqual(max);
    });
  }
});

describe("judging an answer against its gold", () => {
  const item: AskQuestion = {
    id: "x",
    category: "factoid",
    question: "Who?",
    expect: "answered",
    keys: ["Petrov"],
    articles: ["a"],
  };
  const answer = (text: string, status: Answer["status"] = "answered"): Answer => ({
    question: "Who?",
    status,
    answer: text,
    confidence: 0.8,
    sources: [],
    notes: [],
  });

  it("an answer holding a gold key in any case passes", () => {
    expect(judge(item, answer("ivan PETROV."))).toBeNull();
  });

  it("an answer without a gold key fails with the keys named", () => {
    expect(judge(item, answer("Someone else."))).toContain("Petrov");
  });

  it("a refusal of an answerable question fails", () => {
    expect(judge(item, answer("The articles don't answer this.", "not_found"))).toContain(
      "expected answered",
    );
  });

  it("a disagreement question fails unless the answer says the sources differ", () => {
    const q = { ...item, disagreement: true };
    expect(judge(q, answer("Petrov."))).toContain("differ");
    expect(judge(q, answer("The sources differ: Petrov or Ivanov."))).toBeNull();
  });

  it("a yes/no question fails when the answer starts with the other word", () => {
    const q = { ...item, yesNo: "no" as const };
    expect(judge(q, answer("Yes. Petrov said so."))).toContain("no");
  });
});

describe("gold articles that name a recorded copy", () => {
  it("count as the copy's original, once", () => {
    const q: AskQuestion = {
      id: "x",
      category: "factoid",
      question: "Who?",
      expect: "answered",
      keys: ["Petrov"],
      articles: ["copy", "original", "other"],
    };
    const corpus = {
      articles: [],
      duplicates: [{ id: "copy", duplicateOf: "original" }],
      problems: [],
    } as unknown as Corpus;
    expect(canonicalGold([q], corpus)[0]?.articles).toEqual(["original", "other"]);
  });
});

describe("which blind sets' misses a report lists", () => {
  const judging = { file: ASK_NEWEST_BLIND_FILE, read: false };
  const waiting = { file: "tests/eval/ask-blind-later.json", read: false };
  const read = { file: "tests/eval/ask-blind-earlier.json", read: true };

  it("lists a read set's misses always, the judging set's only when asked", () => {
    expect(blindMissesShown(read, false)).toBe(true);
    expect(blindMissesShown(judging, false)).toBe(false);
    expect(blindMissesShown(judging, true)).toBe(true);
  });

  it("never lists the misses of a set waiting for a later round, even when asked", () => {
    expect(blindMissesShown(waiting, true)).toBe(false);
  });

  it("the set judging current work is one of the unread blind sets", () => {
    expect(BLIND_SETS.find((s) => s.file === ASK_NEWEST_BLIND_FILE)?.read).toBe(false);
  });
});

describe("the short phrase an answer leads with", () => {
  const answered = (answer: string): Answer => ({
    question: "q",
    status: "answered",
    answer,
    confidence: 0.9,
    sources: [],
    notes: [],
  });

  it("is none for a yes/no lead, with or without a qualification", () => {
    expect(shortAnswer(answered('Yes.\n\n"A quote." — Harbour News'))).toBeNull();
    expect(shortAnswer(answered("Yes, by one account; the articles differ.\n\n- x"))).toBeNull();
  });

  it("is the first line otherwise", () => {
    expect(shortAnswer(answered('Ivan Petrovsky.\n\n"A quote."'))).toBe("Ivan Petrovsky.");
  });
});
