import { candidatesFor } from "../candidates.js";
import type { Evidence } from "../evidence.js";
import { durationCandidates } from "../extract/numbers.js";
import { composeTypedOrVersions } from "./typed.js";
import type { QuestionKind } from "./types.js";

/**
 * A length measured against another event ("a few hours longer, but shorter than the round held
 * in May"), about the event the question asks of: not when the words saying which event is
 * meant (a month, an ordinal) are found only in what it is measured against.
 */
function comparedLength(e: Evidence): boolean {
  const { tokens } = e.entry;
  const compared = durationCandidates(e.entry).filter((c) =>
    /\b(?:longer|shorter)$/iu.test(c.text),
  );
  if (compared.length === 0) return false;
  const than = tokens.findIndex((t) => t.norm === "than");
  if (than < 0) return true;
  return e.matches
    .filter((m) => m.word.qualifier && m.at.length > 0)
    .every((m) => m.at.some((i) => i < than));
}

/** "How long…": a length of time. */
export const duration: QuestionKind = {
  name: "duration",
  detect: (analysis) => analysis.type === "duration",
  compose: (ctx) => composeTypedOrVersions(ctx),
  // A sentence may answer by itself when it holds a length the typed check accepts, or a
  // length measured against another event ("a few hours longer"), which is no short answer
  // but, quoted whole, shows the reader what it is measured against.
  holdsAnswer: (e, { candidates }) => candidatesFor(candidates, e).length > 0 || comparedLength(e),
};
