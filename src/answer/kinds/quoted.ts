import { composeSentence } from "../compose.js";
import { quotedCandidates } from "../extract/quoted.js";
import { stemSet } from "../../lexicon/stemSet.js";
import type { Pick } from "../select.js";
import type { QuestionKind } from "./types.js";

/** Verbs that only say words were used ("what phrase did she use"): no word to find. */
const USING = stemSet("use used coin employ choose describe call");

/**
 * "What phrase did X use for Y": the expression the articles quote X using, in quotes. Of the
 * sentences quoting one, the one that itself names most of Y: a quote about something else in
 * the same passage is another phrase for another thing.
 */
export const quoted: QuestionKind = {
  name: "quoted",
  detect: (analysis) => analysis.type === "quoted",
  phrasing: (token) => USING().has(token.stem),
  compose: ({ analysis, picks }) => {
    const verb = analysis.content.findIndex((t) => USING().has(t.stem));
    const described = new Set(analysis.content.slice(verb + 1).map((t) => t.stem));
    const named = (p: Pick): number =>
      p.evidence.matches.filter((m) => described.has(m.word.token.stem) && m.at.length > 0).length;
    const quoting = picks
      .filter((p) => p.candidate !== undefined)
      .map((p, order) => ({ p, order, named: named(p) }))
      .sort((a, b) => b.named - a.named || a.order - b.order)
      .map((x) => x.p);
    return composeSentence(analysis.text, quoting);
  },
  holdsAnswer: (e) => quotedCandidates(e.entry).length > 0,
};
