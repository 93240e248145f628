import { composeTyped } from "../compose.js";
import type { QuestionKind } from "./types.js";

/** "Who led…", "who is the ambassador…": a person, named in the evidence. */
export const who: QuestionKind = {
  name: "who",
  detect: (analysis) => analysis.type === "who",
  // "Who met…" may have several answers; "who is the Secretary of State" has one.
  compose: ({ analysis, picks }) =>
    composeTyped(analysis.text, picks, { listPeople: !analysis.asksForHolder }),
  // No bare sentence answers "who": the typed answer's checks (the person, the post, the
  // party, the time) are what make a name an answer.
};
