import { candidatesFor } from "../candidates.js";
import { composeTypedOrVersions } from "./typed.js";
import type { QuestionKind } from "./types.js";

/** "Where was…", "which building…": a place or venue. */
export const where: QuestionKind = {
  name: "where",
  detect: (analysis) => analysis.type === "where",
  compose: (ctx) => composeTypedOrVersions(ctx),
  // Only a sentence holding a phrase the typed check accepts may answer by itself.
  holdsAnswer: (e, { candidates }) => candidatesFor(candidates, e).length > 0,
};
