import type { EvalQuestion } from "./questions.js";

/** Articles of a method's first passages for one question, best first. */
export type RankedArticles = (question: string) => string[];

export const RECALL_AT = 3;

/**
 * Share of answerable questions (in percent) for which at least one of the first three
 * passages comes from a gold article. Passages, not articles, are counted: three passages of
 * one distractor speech push the gold article out just as they would in the reply.
 */
export function recallAt3(questions: EvalQuestion[], rank: RankedArticles): number {
  if (questions.length === 0) return Number.NaN;
  let hits = 0;
  for (const q of questions) {
    const top = rank(q.question).slice(0, RECALL_AT);
    if (top.some((id) => q.articles.includes(id))) hits++;
  }
  return (100 * hits) / questions.length;
}

/** Share (percent) of questions for which `declined` holds. */
export function shareDeclined(questions: EvalQuestion[], declined: (q: string) => boolean): number {
  if (questions.length === 0) return Number.NaN;
  return (100 * questions.filter((q) => declined(q.question)).length) / questions.length;
}

/** recall@3 from recorded top articles (by question id) rather than a live ranking. */
export function recallFromTop(
  questions: EvalQuestion[],
  top: Readonly<Record<string, { top: string[] } | undefined>>,
): number {
  const byQuestion = new Map(questions.map((q) => [q.question, top[q.id]?.top ?? []]));
  return recallAt3(questions, (question) => byQuestion.get(question) ?? []);
}
