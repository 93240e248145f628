import { readFileSync } from "node:fs";
import { z } from "zod";
import { seededRandom, shuffled } from "./random.js";

/** The /ask eval set: the fixed question set of every latency and quality figure here. */
export const QUESTIONS_FILE = "tests/eval/ask-questions.json";

const questionSchema = z.object({
  id: z.string(),
  category: z.string(),
  question: z.string(),
  expect: z.enum(["answered", "not_found"]),
  articles: z.array(z.string()),
});

export type EvalQuestion = z.infer<typeof questionSchema>;

export function loadQuestions(file = QUESTIONS_FILE): EvalQuestion[] {
  const parsed = z.array(questionSchema).safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  return parsed.data;
}

/** Questions recall@3 is measured on: answerable, with at least one gold article. */
export function answerable(questions: EvalQuestion[]): EvalQuestion[] {
  return questions.filter((q) => q.expect === "answered" && q.articles.length > 0);
}

export function notAnswerable(questions: EvalQuestion[]): EvalQuestion[] {
  return questions.filter((q) => q.expect === "not_found");
}

/**
 * The questions fuse.js is timed on at a size: the first `count` of one fixed shuffle of the
 * answerable questions, so the subsets of different sizes are nested and every run uses the
 * same ones.
 */
export function fuseSubset(questions: EvalQuestion[], count: number, seed: number): EvalQuestion[] {
  return shuffled(answerable(questions), seededRandom(seed)).slice(0, count);
}
