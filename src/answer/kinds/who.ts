import { composeTyped } from "../compose.js";
import type { QuestionKind } from "./types.js";

/** "Who was envoy before Petrovsky": the one who held the post before the person named. */
const BEFORE_PERSON = /\bbefore\s+(?:\p{Lu}\p{L}+|him|her)\b/u;
/** Words by which a sentence tells of an earlier holder or a handover. */
const HANDOVER =
  /\b(?:before|previous(?:ly)?|predecessor|former(?:ly)?|earlier|prior|until|since|succeeded|replaced|replacing|left|returned|stepped down)\b/iu;

/**
 * "Who was envoy before Petrovsky?" is not answered by someone a sentence names beside
 * Petrovsky with nothing about who came first.
 */
function namesPredecessor(question: string, sentence: string): boolean {
  return !BEFORE_PERSON.test(question) || HANDOVER.test(sentence);
}

/** "Who led…", "who is the ambassador…": a person, named in the evidence. */
export const who: QuestionKind = {
  name: "who",
  detect: (analysis) => analysis.type === "who",
  // "Who met…" may have several answers; "who is the Secretary of State" has one.
  compose: ({ analysis, picks }) =>
    composeTyped(
      analysis.text,
      picks.filter((p) => namesPredecessor(analysis.text, p.evidence.entry.sentence.text)),
      { listPeople: !analysis.asksForHolder },
    ),
  // No bare sentence answers "who": the typed answer's checks (the person, the post, the
  // party, the time) are what make a name an answer.
};
