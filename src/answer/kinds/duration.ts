import { candidatesFor } from "../candidates.js";
import { durationCandidates } from "../extract/numbers.js";
import { composeTypedOrVersions } from "./typed.js";
import type { QuestionKind } from "./types.js";

/** "How long…": a length of time. */
export const duration: QuestionKind = {
  name: "duration",
  detect: (analysis) => analysis.type === "duration",
  compose: (ctx) => composeTypedOrVersions(ctx),
  // A sentence may answer by itself when it holds a length the typed check accepts, or a
  // length measured against another event ("a few hours longer"), which is no short answer
  // but, quoted whole, shows the reader what it is measured against.
  holdsAnswer: (e, { candidates }) =>
    candidatesFor(candidates, e).length > 0 ||
    durationCandidates(e.entry).some((c) => /\b(?:longer|shorter)$/iu.test(c.text)),
};
