import { IDIOMS } from "../lexicon/idioms.js";

/**
 * The question with its idioms in the plain words news reports use ("how long did the sit-down
 * go on for" → "how long did the meeting last"); the question itself when it has none.
 */
export function idiomsInPlainWords(question: string): string {
  let out = question;
  for (const { pattern, plain } of IDIOMS) out = out.replace(pattern, plain);
  return out === question
    ? question
    : out
        .replace(/\s{2,}/gu, " ")
        .replace(/\s+([?.!,])/gu, "$1")
        .trim();
}
