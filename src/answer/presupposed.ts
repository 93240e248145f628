import { monthNumber } from "../dates/candidate.js";
import { readNumber } from "../lexicon/numberWords.js";
import { countryOf, isCapital } from "../lexicon/countries.js";
import { isStopword } from "../lexicon/stopwords.js";
import { AUXILIARIES, COPULA, INDEFINITES, LOCATIVES, WEEKDAYS } from "../lexicon/words.js";
import { tokenize, type Token } from "../search/tokens.js";
import { bodyOf } from "./compose.js";
import { PLACE_HEADS } from "./extract/places.js";
import { personKey } from "./extract/people.js";
import { partOfSpeech } from "../nlp/stem.js";
import { TIME_UNIT, type Premise } from "./kinds/premise.js";
import type { KindContext } from "./kinds/types.js";
import { answerMessages } from "./messages.js";
import type { Answer } from "./types.js";

const DO_FORMS = new Set(["do", "does", "did"]);
/** "In Oslo" given as a value: "the articles give Oslo". */
const LEADING_LOCATIVE = /^(?:at|in|inside|near)\s+/iu;
/** Words before a date that belong to it ("on March 3", "between May and June"). */
const DATE_LEADS = new Set(["on", "in", "during", "by", "between", "around", "from", "since"]);
/** Hedges before a number that the asked question leaves out ("more than seven hours"). */
const NUMBER_HEDGES =
  /\s+(?:more than|less than|fewer than|over|under|about|around|roughly|nearly|almost|at least|at most|only|just|some|exactly)$/iu;

/**
 * The question a yes/no question with a value in it takes for granted: "did the talks last
 * three hours?" asks, underneath, "how long did the talks last?". Asked as such, the whole
 * engine finds the value the articles give; comparing the two answers the yes/no question.
 * Null when the question does not open with an auxiliary or the value is not where it can be
 * cut out cleanly.
 */
export function presupposedQuestion(text: string, premise: Premise): string | null {
  const tokens = tokenize(text);
  const aux = tokens[0];
  if (!aux || !(COPULA.has(aux.norm) || AUXILIARIES.has(aux.norm) || DO_FORMS.has(aux.norm))) {
    return null;
  }
  const first = premise.tokens[0];
  if (!first) return null;
  const at = tokens.findIndex((t) => t.start === first.start);
  const verb = aux.norm;
  // "Did Jan Berg lead the delegation?" asks "who did lead the delegation?": only a person the
  // question names as its subject, right after the auxiliary.
  // "Did Jan Berg say anything…" asks whether that person did it at all, not who did.
  if (premise.kind === "person") {
    const last = premise.tokens[premise.tokens.length - 1]!;
    const existential = tokens.some((t) => INDEFINITES.has(t.norm));
    // A first name the articles never use ("Jan" Berg) may stand before the premise's words.
    const subject = at >= 1 && tokens.slice(1, at).every((t) => t.capitalized);
    return subject && !existential ? asked("Who", verb, text.slice(last.end)) : null;
  }
  if (at <= 1) return null;
  switch (premise.kind) {
    case "date":
    case "weekday": {
      const from = leadingWord(tokens, at, DATE_LEADS);
      return asked("When", verb, text.slice(aux.end, tokens[from]!.start));
    }
    case "place": {
      const from = leadingWord(tokens, at, LOCATIVES);
      if (from === at) return null;
      const wh = namesCity(premise) ? "In which city" : "Where";
      return asked(wh, verb, text.slice(aux.end, tokens[from]!.start));
    }
    case "number": {
      const before = text.slice(aux.end, first.start).replace(/\s+$/u, "");
      const rest = before.replace(NUMBER_HEDGES, "");
      const last = premise.tokens[premise.tokens.length - 1]!;
      const counted = text.slice(last.end, premise.unit.end).trim();
      const after = text.slice(premise.unit.end).replace(/[\s?.!]+$/u, "");
      const wh = TIME_UNIT.test(premise.unit.norm) ? "How long" : `How many ${counted}`;
      return asked(wh, verb, `${rest}${after}`);
    }
  }
}

/** A place asserted by a country's own name ("in Freedonia"), not its capital or people. */
function namesCountry(premise: Extract<Premise, { kind: "place" }>): boolean {
  return premise.tokens.some(
    (t) => t.capitalized && countryOf(t.norm) !== undefined && !isCapital(t.norm),
  );
}

/**
 * A place asserted by a name that is no country and no building ("in Oslo", "in Lakeview"):
 * a city, set against the city the articles give rather than a building in it.
 */
function namesCity(premise: Extract<Premise, { kind: "place" }>): boolean {
  const words = premise.tokens.filter((t) => !isStopword(t.norm));
  return (
    words.length > 0 &&
    words.every((t) => t.capitalized && !PLACE_HEADS().has(t.stem)) &&
    !words.some((t) => countryOf(t.norm) !== undefined && !isCapital(t.norm))
  );
}

/** The first of the words before `at` that lead into the value (a preposition, "the"). */
function leadingWord(tokens: Token[], at: number, leads: ReadonlySet<string>): number {
  let i = at;
  while (i - 1 > 0 && (isStopword(tokens[i - 1]!.norm) || leads.has(tokens[i - 1]!.norm))) {
    if (leads.has(tokens[i - 1]!.norm)) return i - 1;
    i--;
  }
  return at;
}

function asked(wh: string, verb: string, rest: string): string | null {
  const body = rest.replace(/[\s?.!,]+$/u, "").trim();
  return body ? `${wh} ${verb} ${body}?` : null;
}

/**
 * The asserted value against the one the articles give for the presupposed question: true or
 * false when the two can be compared, undefined when one does not settle the other ("in
 * Oslo" against "at the embassy in Oslo", "March" against a day in March).
 */
export function premiseHolds(premise: Premise, given: string): boolean | undefined {
  switch (premise.kind) {
    case "number": {
      const value = readNumber(given);
      return value === undefined ? undefined : value === premise.value;
    }
    case "date":
      return sameDate(premise, given);
    case "weekday": {
      // A day given with its weekday ("Thursday, June 13, 2024") settles it; a month does not.
      const named = tokenize(given).find((t) =>
        WEEKDAYS.includes(t.norm as (typeof WEEKDAYS)[number]),
      );
      return named
        ? WEEKDAYS.indexOf(named.norm as (typeof WEEKDAYS)[number]) === premise.weekday
        : undefined;
    }
    case "place": {
      const stems = new Set(
        tokenize(given)
          .filter((t) => !isStopword(t.norm))
          .map((t) => t.stem),
      );
      if (stems.size === 0) return undefined;
      if ([...premise.stems].every((s) => stems.has(s))) return true;
      return [...stems].every((s) => premise.stems.has(s)) ? undefined : false;
    }
    case "person":
      return undefined;
  }
}

function sameDate(premise: Extract<Premise, { kind: "date" }>, given: string): boolean | undefined {
  const tokens = tokenize(given);
  const months = tokens
    .map((t, i) => ({ i, month: monthNumber(t.norm) }))
    .filter((m): m is { i: number; month: number } => m.month !== null);
  // A range or no month at all: nothing firm to set against the question's date.
  if (months.length !== 1) return undefined;
  const { i, month } = months[0]!;
  const dayAt = [tokens[i + 1], tokens[i - 1]].find(
    (t) => t !== undefined && /^\d{1,2}$/u.test(t.norm) && Number(t.norm) <= 31,
  );
  const day = dayAt ? Number(dayAt.norm) : undefined;
  const year = tokens.find((t) => /^(?:1[89]|20)\d\d$/u.test(t.norm));
  if (month !== premise.month) return false;
  if (premise.day !== undefined) {
    if (day === undefined) return undefined;
    if (day !== premise.day) return false;
  }
  if (premise.year !== undefined && year && Number(year.norm) !== premise.year) return false;
  return true;
}

/** Every verb of the question, or a word standing for it, is in a sentence the answer quotes. */
function quotesQuestionVerbs(ctx: KindContext, found: Answer): boolean {
  const quoted = new Set(
    (found.quotes ?? []).flatMap((q) => tokenize(q.sentence).map((t) => t.stem)),
  );
  const verbs = ctx.analysis.content.filter(
    (t) => !t.capitalized && partOfSpeech(t.norm) === "VERB",
  );
  return verbs.every(
    (v) => quoted.has(v.stem) || ctx.terms.some((t) => t.source === v.stem && quoted.has(t.stem)),
  );
}

/**
 * Whether the person the articles give is the one asserted, by their surname (in any of the
 * spellings the articles use); undefined when the answer names no one the articles name.
 */
function samePerson(
  ctx: KindContext,
  premise: Extract<Premise, { kind: "person" }>,
  given: string,
): boolean | undefined {
  const surnames = tokenize(given).filter((t) => ctx.index.surnames.has(t.stem));
  if (surnames.length === 0) return undefined;
  return surnames.some((t) => personKey(ctx.index, t.stem) === premise.key);
}

/**
 * A count is refuted only by a count of the same thing: "two depots" says nothing against
 * "six warehouses", however near the words. A length, or how many times, is any length or
 * count of events.
 */
export function countsSameThing(premise: Premise, given: string): boolean {
  if (premise.kind !== "number") return true;
  const unit = premise.unit;
  if (TIME_UNIT.test(unit.norm) || unit.norm === "times") return true;
  return tokenize(given).some((t) => t.stem === unit.stem);
}

/**
 * "Was the first round held on March 3?": asked as "when was the first round held?", and
 * answered "No" with the date the articles give, quoting what that answer quotes. Null when
 * the presupposed question is not answered with one plain value that differs.
 */
export function answerByPremise(
  ctx: KindContext,
  premise: Premise | undefined,
  ask: (question: string) => Answer,
): Answer | null {
  if (!premise || ctx.analysis.negated) return null;
  const question = presupposedQuestion(ctx.analysis.text, premise);
  if (!question) return null;
  const found = ask(question);
  if (found.status !== "answered" || !found.short || (found.versions?.length ?? 0) > 1) {
    return null;
  }
  if (!countsSameThing(premise, found.short)) return null;
  // A country holds cities and buildings the articles may not place in any country.
  if (premise.kind === "place" && namesCountry(premise)) return null;
  // Only a refutation: a "yes" must quote a sentence that says the asserted value itself
  // (yesno.ts), and the answer found may be right about the value yet about another thing.
  // Who did it is told by a sentence saying it was done ("led by"), not by one quoting someone
  // on the topic.
  if (premise.kind === "person" && !quotesQuestionVerbs(ctx, found)) return null;
  const holds =
    premise.kind === "person"
      ? samePerson(ctx, premise, found.short)
      : premiseHolds(premise, found.short);
  if (holds !== false) return null;
  const body = bodyOf(found);
  // "Three radio calls" leads its own answer; inside a sentence it is written as the article has it.
  const lower = found.short.charAt(0).toLowerCase() + found.short.slice(1);
  const value = (body.includes(lower) ? lower : found.short).replace(LEADING_LOCATIVE, "");
  return {
    ...found,
    question: ctx.analysis.text,
    answer: `${answerMessages.noItIs(value)}\n\n${body}`,
    short: "No",
  };
}
