import { composeTypedOrVersions } from "./typed.js";
import type { QuestionKind } from "./types.js";

/** "How many…": a number of the thing asked about. */
export const count: QuestionKind = {
  name: "count",
  detect: (analysis) => analysis.type === "count",
  compose: (ctx) => composeTypedOrVersions(ctx),
  // No bare sentence: a number in it may count something else ("two countries" for
  // "how many diplomats"); only a number tied to the counted noun answers.
};
