import { defaultEngineOptions } from "../../tuning/defaults.js";
import { answerMessages } from "../messages.js";
import { conflicts } from "../contrast.js";
import { lacksNamedPerson, type Evidence, type WordMatch } from "../evidence.js";
import { datedToOtherMonth } from "./eventMonth.js";
import { monthsNamed } from "../qualifiers.js";
import { numberValue } from "../extract/numbers.js";
import { NEGATIONS, WANTING_VERBS } from "../../lexicon/words.js";
import { partOfSpeech } from "../../nlp/stem.js";
import { acrossContrast, composeYesNo, polarity, yesNoAnswer } from "../polarity.js";
import { COMPARES } from "../comparison.js";
import { checkPremise, premiseOf, statesPremise, type Premise } from "./premise.js";
import { retrievedArticleStems } from "./retrieved.js";
import { answerByPremise } from "../presupposed.js";
import type { KindContext, QuestionKind } from "./types.js";
import type { Answer } from "../types.js";
import { tokenize } from "../../search/tokens.js";
import { isStopword } from "../../lexicon/stopwords.js";

/**
 * A question that asserts a value ("did the meeting last three hours?") is answered by
 * comparing it with the value the articles give: "No", with their value and its source, when
 * they differ.
 */
function byPremise(ctx: KindContext, premise: Premise | undefined) {
  if (!premise) return null;
  const { minCoverage, minDirect } = defaultEngineOptions.yesNo;
  const check = checkPremise(ctx, premise, minCoverage, minDirect);
  // The person asserted is there: whether the rest holds is for the wording check below, which
  // insists on every word ("North America" is not settled by "North Atlantic").
  if (!check || (check.holds && premise.kind === "person")) return null;
  // A weekday is worked out from a date: the date is shown, as the sentence may not name the day.
  const lead = !check.holds
    ? answerMessages.noItIs(check.found)
    : premise.kind === "weekday"
      ? answerMessages.yesItIs(check.found)
      : answerMessages.yes;
  return yesNoAnswer(ctx.analysis.text, check.holds ? "Yes" : "No", lead, check.evidence);
}

const FIRM = defaultEngineOptions.polarity.firmMatch;
const QUALIFIER_CONTEXT = defaultEngineOptions.evidence.qualifierArticleContext;

/**
 * A "yes" in other words than the question's: a sentence that covers nearly all of it, where
 * everything that names or dates something (people, places, numbers, "first", months) is
 * there as written and only the rest is said otherwise ("bringing back" for "restoration").
 */
function byMeaning(ctx: KindContext, accepts: (e: Evidence) => boolean) {
  const { minCoverage, minDirect } = defaultEngineOptions.yesNo.byMeaning;
  const fixed = (m: WordMatch): boolean =>
    m.word.isName ||
    m.word.token.capitalized ||
    m.word.qualifier ||
    m.word.dateWord ||
    numberValue(m.word.token) !== undefined;
  // A name is there as itself or another spelling of it, never through a loose synonym
  // ("America" is not settled by a "U.S." that is everywhere).
  const holds = (m: WordMatch): boolean =>
    !fixed(m) ||
    (m.at.length > 0 && m.strength >= FIRM) ||
    m.viaPronoun ||
    (m.word.qualifier && m.strength >= QUALIFIER_CONTEXT);
  const months = monthsNamed(ctx.analysis.content);
  const best = ctx.evidence
    .filter(
      (e) =>
        e.coverage >= minCoverage &&
        // Said in other words, a negation may bear on the very thing asked: not judged here.
        !e.entry.tokens.some((t) => NEGATIONS.has(t.norm)) &&
        !datedToOtherMonth(ctx.index, months, e) &&
        e.direct >= minDirect &&
        e.matches.every(holds) &&
        !lacksNamedPerson(e) &&
        !acrossContrast(e) &&
        !conflicts(ctx.contrast, e, 0, e.entry.tokens.length - 1) &&
        accepts(e),
    )
    .sort((a, b) => b.coverage + b.direct - (a.coverage + a.direct) || a.rank - b.rank)[0];
  if (!best) return null;
  const said = polarity(best, ctx.analysis.negated);
  return yesNoAnswer(ctx.analysis.text, said, `${said}.`, best);
}

/** "…or only about B", "…or just B": a second option, stressed. */
const ONLY_ALTERNATIVE = /\bor\s+(?:only|just|merely|solely|simply|purely)\b/iu;

/** "Did…", "was…", "is…": yes or no, with the sentence that says so. */
export const yesno: QuestionKind = {
  name: "yesno",
  detect: (analysis) => analysis.type === "yesno",
  // "Topic" words are judged among the articles retrieved for the question, so that
  // unrelated articles in a large corpus do not make "Istanbul" a rare word.
  compose: (ctx) => {
    // "Was the venue the same as for the first round?" compares, in words ("same") the scoring
    // never sees: a sentence about one of the two things would pass for a yes. Comparisons are
    // answered by comparison.ts, or declined rather than guessed here.
    if (COMPARES.test(ctx.analysis.text)) return null;
    // "Are the talks about A or only about B?" offers two answers, neither of them yes or no:
    // a "No" would deny one option without saying which the articles take.
    if (ONLY_ALTERNATIVE.test(ctx.analysis.text)) return null;
    const premise = premiseOf(ctx);
    const accepts = (e: Evidence): boolean =>
      (premise === undefined || statesPremise(ctx, premise, e)) && !onlyWanted(e, ctx);
    return withPostVersions(
      ctx,
      premise,
      byPremise(ctx, premise) ??
        composeYesNo(
          ctx.analysis.text,
          ctx.picks,
          ctx.analysis.negated,
          retrievedArticleStems(ctx),
          accepts,
        ) ??
        byMeaning(ctx, accepts) ??
        // The question a false value hides ("when was it held?"), asked of the whole engine.
        (ctx.ask ? answerByPremise(ctx, premise, ctx.ask) : null),
    );
  },
};

/**
 * "Did they get the trawlers back?" is not settled by "they are seeking the return of the
 * trawlers": a verb of wanting or planning the question does not ask about puts what it says
 * in the future, or nowhere; only a question about what is to come is answered by it. Asked
 * about ("are they seeking…", "did they ask for…"), it is matched by the question's own verb and
 * settles it.
 */
function onlyWanted(e: Evidence, ctx: KindContext): boolean {
  // A question about what will happen is answered by what is planned or wanted.
  if (ctx.analysis.future) return false;
  if (ctx.analysis.content.some((t) => WANTING_VERBS().has(t.stem))) return false;
  return e.entry.tokens.some(
    (t, i) => WANTING_VERBS().has(t.stem) && !e.matchedAt.has(i) && partOfSpeech(t.norm) === "VERB",
  );
}

/** Share of a version's words the question says: whether it asks about that post at all. */
const POST_SHARE = 0.5;

/**
 * "Is Lindqvist the secretary for trade?": a yes from one article, where the articles give the
 * person's post in different versions, is that article's version only. The answer says so and
 * gives every version with its outlets, as "what is Lindqvist's title?" would.
 */
function withPostVersions(
  ctx: KindContext,
  premise: Premise | undefined,
  found: Answer | null,
): Answer | null {
  if (found?.short !== "Yes" || premise?.kind !== "person" || !ctx.ask) return found;
  const name = premise.tokens.map((t) => t.text.replace(/['’]s$/u, "")).join(" ");
  const posts = ctx.ask(`What is ${name}'s title? Do the reports agree?`);
  if (posts.status !== "answered" || (posts.versions?.length ?? 0) < 2) return found;
  const asked = new Set(ctx.analysis.content.map((t) => t.stem));
  const about = posts.versions!.some((v) => {
    const words = tokenize(v.value).filter((t) => !isStopword(t.norm));
    return words.filter((t) => asked.has(t.stem)).length >= POST_SHARE * words.length;
  });
  if (!about) return found;
  return {
    ...posts,
    question: ctx.analysis.text,
    short: "Yes",
    answer: `${answerMessages.yesByOneAccount}\n\n${posts.answer}`,
  };
}
