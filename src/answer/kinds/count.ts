import { entitySpans } from "../../nlp/spans.js";
import type { Pick } from "../select.js";
import { composeTypedOrVersions } from "./typed.js";
import type { QuestionKind } from "./types.js";

/** "How much …": an amount (money, a share, a measure), not a number of things. */
const HOW_MUCH = /\bhow much\b/i;
const MEASURE =
  /[$€£₽%]|\b(?:dollars?|euros?|rubles?|roubles?|pounds?|percent|per cent|tons?|tonnes?|kilo\w*|miles?|million|billion|trillion)\b/i;

/** Whether a pick's phrase is an amount: wink-nlp's MONEY or PERCENT, or a number with a unit. */
function isAmount(p: Pick): boolean {
  const text = p.candidate?.text ?? "";
  return (
    MEASURE.test(text) ||
    entitySpans(p.evidence.entry.sentence.text).some(
      (s) => (s.type === "MONEY" || s.type === "PERCENT") && s.text.includes(text),
    )
  );
}

/** "How many…": a number of the thing asked about; "how much…": an amount. */
export const count: QuestionKind = {
  name: "count",
  detect: (analysis) => analysis.type === "count",
  compose: (ctx) =>
    HOW_MUCH.test(ctx.analysis.text)
      ? composeTypedOrVersions({ ...ctx, picks: ctx.picks.filter(isAmount) })
      : composeTypedOrVersions(ctx),
  // No bare sentence: a number in it may count something else ("two countries" for
  // "how many diplomats"); only a number tied to the counted noun answers.
};
