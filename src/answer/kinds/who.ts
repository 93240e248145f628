import type { QuestionAnalysis } from "../analyse.js";
import { composeTyped } from "../compose.js";
import type { Evidence } from "../evidence.js";
import type { Pick } from "../select.js";
import { partOfSpeech } from "../../nlp/stem.js";
import { defaultEngineOptions } from "../../tuning/defaults.js";
import type { QuestionKind } from "./types.js";
import { GENERIC_PERSON_NOUNS, HANDOVER_MARKERS, NEUTRAL_SAYING } from "../../lexicon/words.js";

/** "Who was envoy before Petrovsky": the one who held the post before the person named. */
const BEFORE_PERSON = /\bbefore\s+(?:\p{Lu}\p{L}+|him|her)\b/u;

/**
 * "Who was envoy before Petrovsky?" is not answered by someone a sentence names beside
 * Petrovsky with nothing about who came first.
 */
function namesPredecessor(question: string, sentence: string): boolean {
  return !BEFORE_PERSON.test(question) || HANDOVER_MARKERS.test(sentence);
}

/**
 * "… who attended?": when some sentence says the asked verb itself (or a word of its meaning),
 * a person named in a sentence that does not ("Rubio and Lavrov met…") did something else.
 * Not for saying, which "according to X" does without a verb.
 */
function doingTheAsked(analysis: QuestionAnalysis, picks: readonly Pick[]): Pick[] {
  const verb = analysis.predicate;
  // "Who said…" is answered by "according to X" as well: saying needs no verb.
  if (!verb || partOfSpeech(verb.norm) !== "VERB" || NEUTRAL_SAYING().has(verb.stem)) {
    return [...picks];
  }
  const says = (p: Pick): boolean =>
    p.evidence.matches.some(
      (m) =>
        m.word.token.stem === verb.stem &&
        m.at.length > 0 &&
        m.strength >= defaultEngineOptions.who.saysVerb,
    );
  return picks.some(says) ? picks.filter(says) : [...picks];
}

/**
 * A speaker named only as "she said" is trusted when that sentence says what is asked best:
 * where another sentence says it better, its own sayer (or its outlet's) is the one quoted.
 */
function outsaidByName(pick: Pick, evidence: readonly Evidence[]): boolean {
  if (!pick.candidate?.byPronoun) return false;
  return evidence.some((e) => e.coverage > pick.evidence.coverage);
}

/** "Who led…", "who is the ambassador…": a person, named in the evidence. */
export const who: QuestionKind = {
  name: "who",
  detect: (analysis) => analysis.type === "who",
  // "Who met…" may have several answers; "who is the Secretary of State" has one.
  compose: ({ analysis, picks, evidence }) =>
    composeTyped(
      analysis.text,
      doingTheAsked(analysis, picks).filter(
        (p) =>
          namesPredecessor(analysis.text, p.evidence.entry.sentence.text) &&
          !outsaidByName(p, evidence),
      ),
      { listPeople: !analysis.asksForHolder },
    ),
  // "Who is the woman heading…": the noun only says a person is asked for.
  phrasing: (token) => GENERIC_PERSON_NOUNS().has(token.stem),
  // No bare sentence answers "who": the typed answer's checks (the person, the post, the
  // party, the time) are what make a name an answer.
};
