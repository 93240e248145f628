import { performance } from "node:perf_hooks";
import { answerQuestion, retrieve, type AnswerOptions } from "../answer/answer.js";
import type { Answer } from "../answer/types.js";
import type { SearchIndex } from "../search/types.js";
import type { AskQuestion } from "./askQuestions.js";

export interface AskMetrics extends Record<string, number> {
  /** Answerable questions answered with a gold key (and every other gold condition). */
  answerAccuracy: number;
  /** Answered answerable questions whose cited passages contain the gold key. */
  citationSupport: number;
  /** Of the questions the system declined, the share it should have declined. */
  abstentionPrecision: number;
  /** Of the questions it should decline, the share it declined. */
  abstentionRecall: number;
  /** Answerable questions with a gold article among the top three passages' articles. */
  retrievalRecallAt3: number;
  /** Questions about site junk that were declined (must stay 1). */
  junkDeclined: number;
  /**
   * Answers that lead with a short phrase (a name, a date, a number) whose phrase itself holds
   * a gold key: stricter than answerAccuracy, where the key may sit in the quoted sentence.
   */
  shortAnswerAccuracy: number;
  /**
   * Of all questions, the share answered with something other than the gold: an answerable
   * question answered without its key, or a question to decline answered at all. Worse than a
   * decline, so it is counted apart and held to a maximum, not a minimum.
   */
  answeredWrongly: number;
}

export interface AskResult {
  item: AskQuestion;
  answer: Answer;
  correct: boolean;
  /** Null when the question was not (or should not have been) answered. */
  cited: boolean | null;
  /** Null for not-answerable questions. */
  retrievedAt3: boolean | null;
  problem: string | null;
  /** The short phrase the answer leads with lacks every gold key (the quote may hold one). */
  shortWrong: boolean;
  ms: number;
}

const has = (text: string, key: string): boolean => text.toLowerCase().includes(key.toLowerCase());

/**
 * The short phrase an answer leads with (for a disagreement, its versions), or null when it
 * leads with a quote, a list or a bare yes/no.
 */
export function shortAnswer(answer: Answer): string | null {
  if (answer.status !== "answered") return null;
  const lines = answer.answer.split("\n");
  const first = lines[0] ?? "";
  // A disagreement leads with its versions, one short phrase each: together they are its lead.
  if (/^The sources differ/.test(first)) {
    const versions = lines.slice(1).filter((l) => l.startsWith("- "));
    return versions.length > 0 ? versions.join("\n") : null;
  }
  // "Yes." or "Yes, by one account; …": a yes/no lead, no phrase of its own.
  if (/^["“-]|^(Yes|No)\.$|^(Yes|No),/.test(first)) return null;
  return first;
}

/** Why an answer does not meet its gold conditions, or null when it does. */
export function judge(item: AskQuestion, answer: Answer): string | null {
  if (answer.status !== item.expect) return `expected ${item.expect}, got ${answer.status}`;
  if (item.expect === "not_found") return null;
  const text = answer.answer;
  if (item.keys.length && !item.keys.some((k) => has(text, k))) {
    return `answer lacks any of ${JSON.stringify(item.keys)}`;
  }
  const missing = (item.allKeys ?? []).filter((k) => !has(text, k));
  if (missing.length) return `answer lacks ${JSON.stringify(missing)}`;
  if (item.yesNo && !text.toLowerCase().startsWith(item.yesNo)) {
    return `answer does not start with "${item.yesNo}"`;
  }
  if (item.disagreement && !/differ|disagree/i.test([text, ...answer.notes].join(" "))) {
    return "answer does not say the sources differ";
  }
  return null;
}

function citationSupported(item: AskQuestion, answer: Answer): boolean {
  const keys = item.citationKeys ?? item.keys;
  const passages = answer.sources.map((s) => s.passage);
  const anyKey = keys.length === 0 || keys.some((k) => passages.some((p) => has(p, k)));
  const allKeys = (item.allKeys ?? []).every((k) => passages.some((p) => has(p, k)));
  return anyKey && allKeys;
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : Math.round((part / whole) * 1000) / 1000;
}

export function runAskEval(
  index: SearchIndex,
  questions: AskQuestion[],
  options: AnswerOptions = {},
): { metrics: AskMetrics; results: AskResult[] } {
  const results: AskResult[] = questions.map((item) => {
    const started = performance.now();
    const answer = answerQuestion(index, item.question, options);
    const ms = performance.now() - started;
    const problem = judge(item, answer);
    const answerable = item.expect === "answered";
    const top3 = retrieve(index, item.question, options)
      .hits.slice(0, 3)
      .map((h) => h.passage.article.id);
    const phrase = answerable ? shortAnswer(answer) : null;
    const keys = [...item.keys, ...(item.allKeys ?? [])];
    return {
      item,
      answer,
      shortWrong: phrase !== null && !keys.some((k) => has(phrase, k)),
      correct: problem === null,
      cited: answerable && answer.status === "answered" ? citationSupported(item, answer) : null,
      retrievedAt3: answerable ? item.articles.some((a) => top3.includes(a)) : null,
      problem,
      ms,
    };
  });
  const answerable = results.filter((r) => r.item.expect === "answered");
  const unanswerable = results.filter((r) => r.item.expect === "not_found");
  const declined = results.filter((r) => r.answer.status === "not_found");
  const cited = results.filter((r) => r.cited !== null);
  const junk = results.filter((r) => r.item.category === "junk");
  const short = answerable.filter((r) => shortAnswer(r.answer) !== null);
  const metrics: AskMetrics = {
    answerAccuracy: ratio(answerable.filter((r) => r.correct).length, answerable.length),
    citationSupport: ratio(cited.filter((r) => r.cited).length, cited.length),
    abstentionPrecision: ratio(
      declined.filter((r) => r.item.expect === "not_found").length,
      declined.length,
    ),
    abstentionRecall: ratio(
      unanswerable.filter((r) => r.answer.status === "not_found").length,
      unanswerable.length,
    ),
    retrievalRecallAt3: ratio(answerable.filter((r) => r.retrievedAt3).length, answerable.length),
    junkDeclined: ratio(junk.filter((r) => r.answer.status === "not_found").length, junk.length),
    shortAnswerAccuracy: ratio(short.filter((r) => !r.shortWrong).length, short.length),
    answeredWrongly: ratio(
      results.filter((r) => r.answer.status === "answered" && !r.correct).length,
      results.length,
    ),
  };
  return { metrics, results };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Per question kind: how many were right, answered wrongly and declined. */
export function perKind(results: AskResult[]): string[] {
  const kinds = [...new Set(results.map((r) => r.item.category))].sort();
  return kinds.map((kind) => {
    const of = results.filter((r) => r.item.category === kind);
    const right = of.filter((r) => r.correct).length;
    const wrong = of.filter((r) => r.answer.status === "answered" && !r.correct).length;
    const declined = of.filter((r) => r.answer.status === "not_found").length;
    return `  ${kind.padEnd(14)} ${String(right).padStart(3)}/${String(of.length).padEnd(3)} right, ${wrong} answered wrongly, ${declined} declined`;
  });
}

export interface ReportOptions {
  /**
   * List each failing question. Off for a blind set: its misses are read once, at the end of
   * the work it judges, so the everyday report gives only its figures.
   */
  misses?: boolean;
}

/** Metrics, timing (informative only) and every failing question with its reason. */
export function formatAskReport(
  metrics: AskMetrics,
  results: AskResult[],
  options: ReportOptions = {},
): string {
  const lines = [`ask eval: ${results.length} questions`];
  for (const [name, value] of Object.entries(metrics)) {
    lines.push(`  ${name.padEnd(22)} ${(value * 100).toFixed(1)}%`);
  }
  lines.push("  per kind:", ...perKind(results));
  const times = results.map((r) => r.ms);
  lines.push(
    `  answer time            p50 ${percentile(times, 50).toFixed(2)} ms, p99 ${percentile(times, 99).toFixed(2)} ms (first call includes warm-up)`,
  );
  if (options.misses === false) return lines.join("\n");
  const failures = results.filter(
    (r) => !r.correct || r.cited === false || r.retrievedAt3 === false || r.shortWrong,
  );
  if (failures.length) lines.push("", "failures:");
  for (const r of failures) {
    const why = [
      r.problem,
      r.cited === false ? "cited passage lacks gold key" : null,
      r.shortWrong ? "short answer lacks gold key" : null,
    ]
      .concat(r.retrievedAt3 === false ? ["gold article not in top 3"] : [])
      .filter(Boolean)
      .join("; ");
    lines.push(`  ${r.item.id} ${r.item.question}`, `      ${why}`);
    lines.push(`      → ${r.answer.status}: ${r.answer.answer.split("\n")[0]?.slice(0, 160)}`);
  }
  return lines.join("\n");
}
