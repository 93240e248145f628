import { composeTyped } from "../compose.js";
import type { QuestionKind } from "./types.js";
import { GENERIC_PERSON_NOUNS, HANDOVER_MARKERS } from "../../lexicon/words.js";

/** "Who was envoy before Petrovsky": the one who held the post before the person named. */
const BEFORE_PERSON = /\bbefore\s+(?:\p{Lu}\p{L}+|him|her)\b/u;

/**
 * "Who was envoy before Petrovsky?" is not answered by someone a sentence names beside
 * Petrovsky with nothing about who came first.
 */
function namesPredecessor(question: string, sentence: string): boolean {
  return !BEFORE_PERSON.test(question) || HANDOVER_MARKERS.test(sentence);
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
  // "Who is the woman heading…": the noun only says a person is asked for.
  phrasing: (token) => GENERIC_PERSON_NOUNS().has(token.stem),
  // No bare sentence answers "who": the typed answer's checks (the person, the post, the
  // party, the time) are what make a name an answer.
};
