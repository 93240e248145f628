import { defaultEngineOptions } from "../../tuning/defaults.js";
import { composeSentence } from "../compose.js";
import { givesReason } from "../extract/reasons.js";
import { stemSet } from "../../lexicon/stemSet.js";
import type { QuestionKind } from "./types.js";

/**
 * Words that only ask for a reason or its weight ("what is the reason", "why does it matter so
 * much"): the articles give the reason, not these words.
 */
const CUE_WORDS = stemSet(`reason reasons cause causes purpose matter matters much`);

/** "Why…", "for what reason…": the sentence that gives the reason. */
export const why: QuestionKind = {
  name: "why",
  detect: (analysis) => analysis.type === "why",
  phrasing: (token) => CUE_WORDS().has(token.stem),
  // The reason must come from a sentence that says what the question asks about: a reason
  // phrase in a sentence about something else ("would give a fresh impetus" for why flights
  // were halted) is no answer, however typical of a reason it looks.
  compose: ({ analysis, picks }) => {
    const sayest = Math.max(0, ...picks.map((p) => p.evidence.direct));
    const margin = defaultEngineOptions.why.directMargin;
    const saying = picks.filter((p) => p.evidence.direct >= sayest - margin);
    // Of those, one that gives a reason ("because…", "after…") first.
    const reasoned = saying.filter((p) => givesReason(p.evidence.entry));
    return composeSentence(analysis.text, reasoned.length > 0 ? reasoned : saying);
  },
  holdsAnswer: (e) => givesReason(e.entry),
};
