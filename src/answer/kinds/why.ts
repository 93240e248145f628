import { defaultEngineOptions } from "../../tuning/defaults.js";
import { composeSentence } from "../compose.js";
import { givesReason } from "../extract/reasons.js";
import { stemSet } from "../../lexicon/stemSet.js";
import type { QuestionKind } from "./types.js";
import type { IndexedSentence } from "../../search/types.js";
import { NEGATIONS } from "../../lexicon/words.js";

/**
 * Words that only ask for a reason or its weight ("what is the reason", "why does it matter so
 * much"): the articles give the reason, not these words.
 */
const CUE_WORDS = stemSet(`reason reasons cause causes purpose matter matters much`);

function denies(entry: IndexedSentence): boolean {
  return entry.tokens.some((t) => NEGATIONS.has(t.norm));
}

/** "Why…", "for what reason…": the sentence that gives the reason. */
export const why: QuestionKind = {
  name: "why",
  detect: (analysis) => analysis.type === "why",
  phrasing: (token) => CUE_WORDS().has(token.stem),
  // The reason must come from a sentence that says what the question asks about: a reason
  // phrase in a sentence about something else ("would give a fresh impetus" for why flights
  // were halted) is no answer, however typical of a reason it looks.
  compose: ({ analysis, picks: all }) => {
    // "Why was there no envoy" is answered by a sentence that says there was none.
    const denying = analysis.negated ? all.filter((p) => denies(p.evidence.entry)) : [];
    const picks = denying.length > 0 ? denying : all;
    const sayest = Math.max(0, ...picks.map((p) => p.evidence.direct));
    const margin = defaultEngineOptions.why.directMargin;
    const saying = picks.filter((p) => p.evidence.direct >= sayest - margin);
    // Of those, one that gives a reason ("because…", "after…") first.
    const reasoned = saying.filter((p) => givesReason(p.evidence.entry));
    return composeSentence(analysis.text, reasoned.length > 0 ? reasoned : saying);
  },
  // Likewise a sentence that says the thing did not happen, when one gives a reason at all.
  holdsAnswer: (e, ctx) =>
    givesReason(e.entry) &&
    (!ctx.analysis.negated ||
      denies(e.entry) ||
      !ctx.evidence.some(
        (x) => denies(x.entry) && givesReason(x.entry) && x.direct >= e.direct / 2,
      )),
};
