import { candidatesFor } from "../candidates.js";
import { composeTypedOrVersions } from "./typed.js";
import type { QuestionKind } from "./types.js";

/** "How long…": a length of time. */
export const duration: QuestionKind = {
  name: "duration",
  detect: (analysis) => analysis.type === "duration",
  compose: (ctx) => composeTypedOrVersions(ctx),
  // Only a sentence holding a phrase the typed check accepts may answer by itself.
  holdsAnswer: (e, { candidates }) => candidatesFor(candidates, e).length > 0,
};
