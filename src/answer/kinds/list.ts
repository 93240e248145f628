import { composeList } from "../compose.js";
import { defaultEngineOptions } from "../../tuning/defaults.js";
import { GENERAL_NOUNS, VAGUE_DETERMINERS } from "../../lexicon/words.js";
import { partOfSpeech } from "../../nlp/stem.js";
import { isNegated } from "../polarity.js";
import type { Pick } from "../select.js";
import type { Evidence } from "../evidence.js";
import type { QuestionAnalysis } from "../analyse.js";
import type { QuestionKind } from "./types.js";
import { numberValue } from "../extract/numbers.js";

/**
 * "What issues are on the agenda" asks what is there: a sentence that says some are not ("no
 * security issues are on the agenda") answers the other question, so it comes after every
 * sentence that says what is. A negated question ("which issues are not…") wants the reverse.
 */
function sayingWhatIs(picks: Pick[], questionNegated: boolean): Pick[] {
  const fits = (p: Pick): boolean =>
    isNegated(p.evidence.entry.tokens, p.evidence.matchedAt) === questionNegated;
  return [...picks.filter(fits), ...picks.filter((p) => !fits(p))];
}

/** A match of the listed noun by itself, its lemma or its spelling, not by a word of like meaning. */
const NAMED_STRENGTH = defaultEngineOptions.expansion.spellingWeight;

/**
 * "Which sanctions…": a sentence that never names sanctions themselves (a word of like meaning
 * is not enough) lists none, however much else of the question it says; nor does one that
 * names them only as "certain sanctions", "some measures" or "six measures", which says there
 * are some, not which. A general noun ("what topics…") names no kind of thing of its own: any sentence may
 * list them.
 */
function namesListed(e: Evidence, analysis: QuestionAnalysis): boolean {
  const head = analysis.focus[analysis.focus.length - 1];
  return (
    head === undefined ||
    GENERAL_NOUNS().has(head.stem) ||
    // "What makes up…": no noun is listed at all.
    partOfSpeech(head.norm) !== "NOUN" ||
    e.matches.some(
      (m) =>
        m.word.token.stem === head.stem &&
        m.strength >= NAMED_STRENGTH &&
        m.at.some(
          (i) => !VAGUE_DETERMINERS.has(e.entry.tokens[i - 1]?.norm ?? "") && !counted(e, i),
        ),
    )
  );
}

/**
 * "Six Ruritanian-owned trawlers": a count before the noun (with its modifiers between) says
 * how many there are, not which.
 */
function counted(e: Evidence, at: number): boolean {
  const tokens = e.entry.tokens;
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const t = tokens[i]!;
    if (numberValue(t) !== undefined) return true;
    if (partOfSpeech(t.norm) === "NOUN" && !t.capitalized) return false;
  }
  return false;
}

/** "What issues…", "which topics…": the things the evidence lists. */
export const list: QuestionKind = {
  name: "list",
  detect: (analysis) => analysis.type === "list",
  compose: ({ analysis, picks }) =>
    composeList(
      analysis.text,
      sayingWhatIs(
        picks.filter((p) => namesListed(p.evidence, analysis)),
        analysis.negated,
      ),
    ),
  holdsAnswer: (e, ctx) => namesListed(e, ctx.analysis),
};
