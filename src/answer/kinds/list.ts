import { composeList } from "../compose.js";
import { isNegated } from "../polarity.js";
import type { Pick } from "../select.js";
import type { QuestionKind } from "./types.js";

/**
 * "What issues are on the agenda" asks what is there: a sentence that says some are not ("no
 * security issues are on the agenda") answers the other question, so it comes after every
 * sentence that says what is. A negated question ("which issues are not…") wants the reverse.
 */
function sayingWhatIs(picks: Pick[], questionNegated: boolean): Pick[] {
  const fits = (p: Pick): boolean =>
    isNegated(p.evidence.entry.tokens, p.evidence.matchedAt) === questionNegated;
  return [...picks.filter(fits), ...picks.filter((p) => !fits(p))];
}

/** "What issues…", "which topics…": the things the evidence lists. */
export const list: QuestionKind = {
  name: "list",
  detect: (analysis) => analysis.type === "list",
  compose: ({ analysis, picks }) =>
    composeList(analysis.text, sayingWhatIs(picks, analysis.negated)),
  holdsAnswer: () => true,
};
