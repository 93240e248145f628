import { composeList } from "../compose.js";
import type { QuestionKind } from "./types.js";

/** "What issues…", "which topics…": the things the evidence lists. */
export const list: QuestionKind = {
  name: "list",
  detect: (analysis) => analysis.type === "list",
  compose: ({ analysis, picks }) => composeList(analysis.text, picks),
  holdsAnswer: () => true,
};
