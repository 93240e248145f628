import { defaultEngineOptions } from "../../tuning/defaults.js";
import { confidenceOf, quotesOf } from "../compose.js";
import { answerMessages } from "../messages.js";
import { composeYesNo } from "../polarity.js";
import { quote, toSource } from "../sources.js";
import { checkPremise, premiseOf } from "./premise.js";
import type { KindContext, QuestionKind } from "./types.js";

/**
 * A question that asserts a value ("did the meeting last three hours?") is answered by
 * comparing it with the value the articles give: "No", with their value and its source, when
 * they differ.
 */
function byPremise(ctx: KindContext) {
  const premise = premiseOf(ctx);
  if (!premise) return null;
  const check = checkPremise(ctx, premise, defaultEngineOptions.yesNo.minCoverage);
  // The person asserted is there: whether the rest holds is for the wording check below, which
  // insists on every word ("North America" is not settled by "North Atlantic").
  if (!check || (check.holds && premise.kind === "person")) return null;
  const lead = check.holds ? answerMessages.yes : answerMessages.noItIs(check.found);
  return {
    question: ctx.analysis.text,
    status: "answered" as const,
    answer: `${lead}\n\n${quote(check.evidence)}`,
    confidence: confidenceOf(check.evidence.coverage),
    sources: [toSource(check.evidence)],
    notes: [],
    short: check.holds ? "Yes" : "No",
    quotes: quotesOf([check.evidence]),
  };
}

/** "Did…", "was…", "is…": yes or no, with the sentence that says so. */
export const yesno: QuestionKind = {
  name: "yesno",
  detect: (analysis) => analysis.type === "yesno",
  // "Topic" words are judged among the articles retrieved for the question, so that
  // unrelated articles in a large corpus do not make "Istanbul" a rare word.
  compose: (ctx) =>
    byPremise(ctx) ??
    composeYesNo(
      ctx.analysis.text,
      ctx.picks,
      ctx.analysis.negated,
      [...new Set(ctx.hits.map((h) => h.passage.article.id))].map(
        (id) => ctx.index.articleStems.get(id) ?? new Set<string>(),
      ),
    ),
};
