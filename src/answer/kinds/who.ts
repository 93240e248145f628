import { composeTyped } from "../compose.js";
import { candidatesFor } from "../candidates.js";
import type { QuestionKind } from "./types.js";

/** "Who led…", "who is the ambassador…": a person, named in the evidence. */
export const who: QuestionKind = {
  name: "who",
  detect: (analysis) => analysis.type === "who",
  // "Who met…" may have several answers; "who is the Secretary of State" has one.
  compose: ({ analysis, picks }) =>
    composeTyped(analysis.text, picks, { listPeople: !analysis.asksForHolder }),
  // "Who is the US ambassador…", "who was the previous one": only a person the evidence gives
  // that post, at that time, answers; the typed answer checks that, so a bare sentence may not.
  holdsAnswer: (e, { analysis, candidates }) =>
    !analysis.asksForHolder &&
    candidates.roleTense === undefined &&
    candidatesFor(candidates, e).length > 0,
};
