import { candidatesFor } from "../candidates.js";
import { asksGap } from "../extract/gaps.js";
import { CESSATION_WORDS } from "../../lexicon/words.js";
import { composeTypedOrVersions } from "./typed.js";
import type { QuestionKind } from "./types.js";

/**
 * "How long had contact been frozen?": how long something did not happen. The stopping word
 * only says which kind of length is wanted: one article says "cut off for three years",
 * another "for the first time in three years", and both answer.
 */
export const gap: QuestionKind = {
  name: "gap",
  detect: (analysis) => analysis.type === "duration" && asksGap(analysis.text),
  // A gap is a loose figure ("about", "more than", "nearly three years"), and the articles'
  // versions of it are all reported, as when the asker asks whether the sources agree.
  compose: (ctx) => composeTypedOrVersions({ ...ctx, asksVersions: true }),
  holdsAnswer: (e, { candidates }) => candidatesFor(candidates, e).length > 0,
  phrasing: (token) => CESSATION_WORDS().has(token.stem),
};
