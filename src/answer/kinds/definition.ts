import { candidatesFor } from "../candidates.js";
import { composeDefinition } from "../compose.js";
import type { QuestionKind } from "./types.js";

/** "Who is X?", "what is X?": the role or description the articles give X. */
export const definition: QuestionKind = {
  name: "definition",
  detect: (analysis) => analysis.type === "definition",
  compose: ({ analysis, picks }) =>
    composeDefinition(
      analysis.text,
      picks,
      analysis.subject.map((t) => t.text.replace(/['’]s$/, "")).join(" "),
    ),
  // Only a sentence holding a phrase the typed check accepts may answer by itself.
  holdsAnswer: (e, { candidates }) => candidatesFor(candidates, e).length > 0,
};
