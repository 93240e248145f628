import { CESSATION_WORDS, NEGATIONS } from "../../lexicon/words.js";
import { tokenize } from "../../search/tokens.js";
import type { IndexedSentence } from "../../search/types.js";
import type { Candidate } from "./candidate.js";
import { durationCandidates } from "./numbers.js";

/**
 * "How long had contact been frozen", "how long had it been since they last met": the
 * question asks how long something did not happen, not how long something went on.
 */
export function asksGap(question: string): boolean {
  if (
    /\bhow\s+long\s+(?:has|had|is|was)\s+it\s+been\s+since\b|\bhow\s+long\s+since\b/iu.test(
      question,
    )
  ) {
    return true;
  }
  return tokenize(question).some((t) => CESSATION_WORDS().has(t.stem));
}

/** "For the first time in three years", "had not met in two years": a gap up to an event. */
const FIRST_OR_NOT_BEFORE_IN = /(?:\b(?:first|not|no|never)|n[’']t)\b[^.;:]{0,60}\bin\s*$/iu;

/**
 * Lengths of time a sentence gives as a gap: "for the first time in more than three years",
 * "cut off for about three years", "had not met for two years", "after two years of silence".
 * A length the sentence gives for something that went on ("lasted six hours") is none.
 */
export function gapCandidates(entry: IndexedSentence): Candidate[] {
  const { tokens } = entry;
  const text = entry.sentence.text;
  const cessation = (i: number): boolean => {
    const t = tokens[i];
    return t !== undefined && (CESSATION_WORDS().has(t.stem) || NEGATIONS.has(t.norm));
  };
  return durationCandidates(entry).filter((c) => {
    const before = text.slice(0, c.start);
    if (FIRST_OR_NOT_BEFORE_IN.test(before)) return true;
    const first = tokens.findIndex((t) => t.start >= c.start);
    const last = tokens.findIndex((t) => t.start >= c.end);
    const end = last < 0 ? tokens.length : last;
    // "Cut off for three years": the stopping word within a few words before "for".
    if (/\bfor\s*$/iu.test(before)) {
      for (let i = Math.max(0, first - 5); i < first; i++) if (cessation(i)) return true;
    }
    // "After three years of silence", "two years of frozen contact".
    for (let i = end; i < Math.min(tokens.length, end + 3); i++) if (cessation(i)) return true;
    return false;
  });
}
