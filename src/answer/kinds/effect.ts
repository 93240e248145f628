import { composeSentence } from "../compose.js";
import { effectCandidates } from "../extract/reasons.js";
import { EFFECT_VERBS } from "../../lexicon/words.js";
import { tokenize } from "../../search/tokens.js";
import type { Pick } from "../select.js";
import type { QuestionKind } from "./types.js";

/**
 * "How did the war affect trade?": what came of the cause, said by a sentence that names the
 * cause itself ("the war … led to new tariffs"). A sentence that only names what was affected
 * ("talks aimed at improving trade") says nothing of what the cause did.
 */
export const effect: QuestionKind = {
  name: "effect",
  detect: (analysis) => analysis.type === "effect",
  compose: ({ analysis, picks }) => {
    const verb = tokenize(analysis.text).find((t) => EFFECT_VERBS().has(t.stem));
    const cause = new Set(
      analysis.content.filter((t) => verb && t.end <= verb.start).map((t) => t.stem),
    );
    const namesCause = (p: Pick): boolean =>
      p.evidence.matches.some((m) => cause.has(m.word.token.stem) && m.at.length > 0);
    return composeSentence(
      analysis.text,
      picks.filter((p) => p.candidate !== undefined && namesCause(p)),
    );
  },
  holdsAnswer: (e) => effectCandidates(e.entry).length > 0,
};
