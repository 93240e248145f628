import { stemSet } from "../../lexicon/stemSet.js";
import type { IndexedSentence } from "../../search/types.js";
import type { Candidate } from "./candidate.js";
import { tokenRange } from "./candidate.js";

/** Verbs that report what someone said: their date is when it was said, not when it happened. */
const REPORTING = new Set([
  ...["said", "says", "told", "reported", "announced", "confirmed", "stated", "noted"],
  ...["added", "wrote", "quoted", "declared"],
]);
/** Question words that ask about the report itself ("when did the Gazette report…"). */
const REPORT_WORDS = stemSet(`say said tell told report reported announce announced confirm
  confirmed statement quote quoted note noted declare`);
/** How far after a reporting verb its date may stand: "said in a statement late Thursday". */
const AFTER_REPORT = 5;

/** The question's stems (with their spelling corrections) ask when something was reported. */
export function asksAboutReport(stems: readonly string[]): boolean {
  return stems.some((stem) => REPORT_WORDS().has(stem));
}

/**
 * A date that says when something was reported: before "<reported> that …" ("In November,
 * the Gazette reported that Ruritania had chosen Petrovsky…") or right after a reporting verb
 * ("…, the ministry confirmed on Tuesday"). It does not date the reported event.
 */
export function datesReport(entry: IndexedSentence, date: Candidate): boolean {
  const { tokens } = entry;
  const [first, last] = tokenRange(tokens, date);
  if (first < 0) return false;
  return tokens.some((t, i) => {
    if (!REPORTING.has(t.norm)) return false;
    const reportsThat = i > last && tokens[i + 1]?.norm === "that";
    const datedAfter = i < first && first - i <= AFTER_REPORT;
    return reportsThat || datedAfter;
  });
}
