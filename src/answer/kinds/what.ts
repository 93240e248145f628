import type { Token } from "../../search/tokens.js";
import { candidatesFor, namesFocusOnlyAsAsked } from "../candidates.js";
import { composeSentence } from "../compose.js";
import { composeTypedOrVersions } from "./typed.js";
import type { Pick } from "../select.js";
import type { QuestionKind } from "./types.js";

/**
 * Picks whose passage says the verb a passive question asks about ("agreed" or a word for
 * it): a sentence naming Syria in an article that mentions a deal elsewhere does not say what
 * was agreed about Syria.
 */
function saying(picks: Pick[], verb: Token | undefined): Pick[] {
  if (!verb) return picks;
  return picks.filter((p) =>
    p.evidence.matches.some((m) => m.word.token.stem === verb.stem && m.inPassage),
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
      : composeSentence(ctx.analysis.text, saying(ctx.picks, ctx.analysis.passive)),
  // "Which airline…" in articles that never say "airline" asks for a name: a sentence
  // without one that fits says nothing of which.
  holdsAnswer: (e, { analysis, candidates }) =>
    (!candidates.focusUnknown || candidatesFor(candidates, e).length > 0) &&
    !namesFocusOnlyAsAsked(candidates, e) &&
    (!analysis.passive ||
      e.matches.some((m) => m.word.token.stem === analysis.passive!.stem && m.inPassage)),
};
