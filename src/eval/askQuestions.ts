import { readFileSync } from "node:fs";
import { z } from "zod";
import type { Corpus } from "../corpus/types.js";

export const ASK_QUESTIONS_FILE = "tests/eval/ask-questions.json";
/** Questions written after tuning and never tuned against: the honest measure. */
export const ASK_HELDOUT_FILE = "tests/eval/ask-heldout.json";
/**
 * Written from the articles alone by someone who had read neither the code nor the other sets,
 * committed before the work it judges; its misses are read once, at the end of that work.
 */
export const ASK_BLIND_FILE = "tests/eval/ask-blind.json";
/**
 * A second set written the same way, committed once the first one's misses had been read: it
 * judges the work after that reading.
 */
export const ASK_BLIND2_FILE = "tests/eval/ask-blind2.json";
/** A third, committed once the second one's misses had been read. */
export const ASK_BLIND3_FILE = "tests/eval/ask-blind3.json";
/** A fourth, committed once the third one's misses had been read. */
export const ASK_BLIND4_FILE = "tests/eval/ask-blind4.json";
/** A fifth, committed before the fourth one's misses were read: it judges the work after. */
export const ASK_BLIND5_FILE = "tests/eval/ask-blind5.json";
/** A sixth, committed before the fifth one's misses were read: it judges the work after. */
export const ASK_BLIND6_FILE = "tests/eval/ask-blind6.json";
/**
 * A seventh, committed before the sixth one's misses were read and before any engine change
 * of that round: it judges that round's work and the work after.
 */
export const ASK_BLIND7_FILE = "tests/eval/ask-blind7.json";
/**
 * An eighth, committed before the seventh one's misses were read and before any engine change
 * of the round the seventh judged: it judges that round's work and the work after.
 */
export const ASK_BLIND8_FILE = "tests/eval/ask-blind8.json";
/**
 * A ninth, committed after the eighth one's misses were read and before any engine change of
 * the round that follows: it judges that round's work.
 */
export const ASK_BLIND9_FILE = "tests/eval/ask-blind9.json";
/**
 * A tenth, written during the round the ninth judged and committed before the ninth one's
 * misses were read: it judges the round after.
 */
export const ASK_BLIND10_FILE = "tests/eval/ask-blind10.json";
/**
 * An eleventh, written at the start of the round the tenth judged and committed before any
 * change of that round: it judges the round after.
 */
export const ASK_BLIND11_FILE = "tests/eval/ask-blind11.json";
/**
 * A twelfth, written at the start of the round the eleventh judged and committed before any
 * change of that round: it judges the round after.
 */
export const ASK_BLIND12_FILE = "tests/eval/ask-blind12.json";
/**
 * A thirteenth, written at the start of the round the twelfth judged and committed before any
 * change of that round: it judges the round after.
 */
export const ASK_BLIND13_FILE = "tests/eval/ask-blind13.json";
/**
 * A fourteenth, written at the start of the round the thirteenth judged and committed before any
 * change of that round: it judges the round after.
 */
export const ASK_BLIND14_FILE = "tests/eval/ask-blind14.json";
/**
 * A fifteenth, written at the start of the round the fourteenth judged and committed before any
 * change of that round: it judges the round after.
 */
export const ASK_BLIND15_FILE = "tests/eval/ask-blind15.json";
/**
 * A sixteenth, written at the start of the round the fifteenth judged and committed before any
 * change of that round: it judges the round after.
 */
export const ASK_BLIND16_FILE = "tests/eval/ask-blind16.json";
/**
 * A seventeenth, written at the start of the round the sixteenth judged and committed before any
 * change of that round: it judges the round after.
 */
export const ASK_BLIND17_FILE = "tests/eval/ask-blind17.json";
/**
 * The blind set that judges current work, its misses still unread (a newer one may wait, unread
 * too, for the round after). The bench measures it at scale.
 */
export const ASK_NEWEST_BLIND_FILE = ASK_BLIND17_FILE;

/** Every blind set in the order written, and whether its misses have been read. */
export const BLIND_SETS: ReadonlyArray<{ name: string; file: string; read: boolean }> = [
  { name: "first blind set", file: ASK_BLIND_FILE, read: true },
  { name: "second blind set", file: ASK_BLIND2_FILE, read: true },
  { name: "third blind set", file: ASK_BLIND3_FILE, read: true },
  { name: "fourth blind set", file: ASK_BLIND4_FILE, read: true },
  { name: "fifth blind set", file: ASK_BLIND5_FILE, read: true },
  { name: "sixth blind set", file: ASK_BLIND6_FILE, read: true },
  { name: "seventh blind set", file: ASK_BLIND7_FILE, read: true },
  { name: "eighth blind set", file: ASK_BLIND8_FILE, read: true },
  { name: "ninth blind set", file: ASK_BLIND9_FILE, read: true },
  { name: "tenth blind set", file: ASK_BLIND10_FILE, read: true },
  { name: "eleventh blind set", file: ASK_BLIND11_FILE, read: true },
  { name: "twelfth blind set", file: ASK_BLIND12_FILE, read: true },
  { name: "thirteenth blind set", file: ASK_BLIND13_FILE, read: true },
  { name: "fourteenth blind set", file: ASK_BLIND14_FILE, read: true },
  { name: "fifteenth blind set", file: ASK_BLIND15_FILE, read: true },
  { name: "sixteenth blind set", file: ASK_BLIND16_FILE, read: true },
  { name: "seventeenth blind set", file: ASK_BLIND17_FILE, read: false },
];

/**
 * Whether a report lists a blind set's misses: once they have been read, or, asked for at the end
 * of a piece of work, those of the set judging it; never those of a set waiting for a later round.
 */
export function blindMissesShown(
  set: { file: string; read: boolean },
  askedForUnread: boolean,
): boolean {
  return set.read || (askedForUnread && set.file === ASK_NEWEST_BLIND_FILE);
}

/** One eval question with its gold answer, written from the raw articles. */
export const askQuestionSchema = z.object({
  id: z.string(),
  category: z.string(),
  question: z.string(),
  expect: z.enum(["answered", "not_found"]),
  /** Any one of these must appear in the answer (case-insensitive). */
  keys: z.array(z.string()),
  /** All of these must appear in the answer (both sides of a disagreement). */
  allKeys: z.array(z.string()).optional(),
  /** What a cited passage must contain, when the answer rephrases it (a resolved date). */
  citationKeys: z.array(z.string()).optional(),
  /** Articles that hold the answer: one of them must be among the top three passages. */
  articles: z.array(z.string()),
  /** The answer must start with this word. */
  yesNo: z.enum(["yes", "no"]).optional(),
  /** The answer must say that the sources differ. */
  disagreement: z.boolean().optional(),
});

export type AskQuestion = z.infer<typeof askQuestionSchema>;

/**
 * Gold articles as the corpus counts them: a set written from the raw pages may name a copy
 * that ingest recorded as a duplicate; the copy is never a source, its original is.
 */
export function canonicalGold(questions: AskQuestion[], corpus: Corpus): AskQuestion[] {
  const original = new Map(corpus.duplicates.map((d) => [d.id, d.duplicateOf ?? d.id]));
  return questions.map((q) => ({
    ...q,
    articles: [...new Set(q.articles.map((id) => original.get(id) ?? id))],
  }));
}

export function loadAskQuestions(file: string = ASK_QUESTIONS_FILE): AskQuestion[] {
  return z.array(askQuestionSchema).parse(JSON.parse(readFileSync(file, "utf8")));
}
