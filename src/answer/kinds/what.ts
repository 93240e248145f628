import type { QuestionAnalysis } from "../analyse.js";
import { candidatesFor, namesFocusOnlyAsAsked } from "../candidates.js";
import { composeSentence } from "../compose.js";
import type { Evidence } from "../evidence.js";
import { composeTypedOrVersions } from "./typed.js";
import type { QuestionKind } from "./types.js";

/**
 * The evidence says the verb the question asks about (or a word for it). A passive "what was
 * agreed about Syria" needs it in the passage: a sentence naming Syria in an article that
 * mentions a deal elsewhere does not say what was agreed about Syria. "What did Putin and
 * Trump discuss" needs it in the sentence: that they spoke says nothing of what about.
 */
function saysVerb(e: Evidence, analysis: QuestionAnalysis): boolean {
  const { passive, objectVerb } = analysis;
  const said = (stem: string, where: (m: Evidence["matches"][number]) => boolean): boolean =>
    e.matches.some((m) => m.word.token.stem === stem && where(m));
  return (
    (!passive || said(passive.stem, (m) => m.inPassage)) &&
    (!objectVerb || said(objectVerb.stem, (m) => m.at.length > 0 || m.viaPronoun))
  );
}

/** "What did X say…", "what is the title of…": a phrase of the asked noun, or the sentence. */
export const what: QuestionKind = {
  name: "what",
  detect: () => true,
  compose: (ctx) =>
    ctx.analysis.focus.length > 0
      ? composeTypedOrVersions(ctx, {
          slotName: `the ${ctx.analysis.focus.map((t) => t.text.toLowerCase()).join(" ")}`,
        })
      : composeSentence(
          ctx.analysis.text,
          ctx.picks.filter((p) => saysVerb(p.evidence, ctx.analysis)),
        ),
  // "Which airline…" in articles that never say "airline" asks for a name: a sentence
  // without one that fits says nothing of which.
  holdsAnswer: (e, { analysis, candidates }) =>
    (!candidates.focusUnknown || candidatesFor(candidates, e).length > 0) &&
    !namesFocusOnlyAsAsked(candidates, e) &&
    saysVerb(e, analysis),
};
