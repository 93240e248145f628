import { isStopword } from "../../lexicon/stopwords.js";
import type { Token } from "../../search/tokens.js";
import { conflicts } from "../contrast.js";
import {
  questionWords,
  scoreHits,
  type Evidence,
  type WordMatch,
  withLocalMeanings,
  previousSentence,
} from "../evidence.js";
import { topicOf } from "../polarity.js";
import { retrievedArticleStems } from "./retrieved.js";
import { countCandidates, durationCandidates, numberValue } from "../extract/numbers.js";
import type { Candidate } from "../extract/candidate.js";
import { dateCandidates } from "../extract/dates.js";
import { labelsOtherInstance } from "../extract/labels.js";
import { datesReport } from "../extract/reporting.js";
import { defaultEngineOptions } from "../../tuning/defaults.js";
import { personCandidates, personKey } from "../extract/people.js";
import { PLACE_HEADS, placeCandidates } from "../extract/places.js";
import { INDEFINITES, LOCATIVES, NEGATIONS, WEEKDAYS } from "../../lexicon/words.js";
import { tokenize } from "../../search/tokens.js";
import { partOfSpeech } from "../../nlp/stem.js";
import { qualifierKind } from "../qualifiers.js";
import { readNumber } from "../../lexicon/numberWords.js";
import { monthNumber } from "../../dates/candidate.js";
import { datedToOtherMonth } from "./eventMonth.js";
import { monthsNamed } from "../qualifiers.js";
import type { KindContext } from "./types.js";

/** A value a yes/no question asserts: a number of something, a date, or a person. */
export type Premise =
  | { kind: "number"; tokens: Token[]; value: number; unit: Token }
  | { kind: "date"; tokens: Token[]; month: number; day?: number; year?: number }
  | { kind: "person"; tokens: Token[]; key: string }
  | { kind: "place"; tokens: Token[]; stems: Set<string> }
  | { kind: "weekday"; tokens: Token[]; weekday: number };

/** What the articles say in place of the question's value, with the sentence saying it. */
export interface PremiseCheck {
  holds: boolean;
  /** The value as the article writes it ("six seized trawlers", "Ivan Petrovsky"). */
  found: string;
  evidence: Evidence;
}

/** A unit of time: a number of these is a length, not a count. */
export const TIME_UNIT = /^(?:second|minute|hour|day|week|month|year|decade)s?$/;
const YEAR = /^(?:1[89]|20)\d\d$/;

/** The value the question asserts, if it asserts one. */
export function premiseOf(ctx: KindContext): Premise | undefined {
  const content = ctx.analysis.content;
  const text = ctx.analysis.text;
  for (let i = 0; i < content.length; i++) {
    const t = content[i]!;
    if (numberValue(t) === undefined || YEAR.test(t.norm)) continue;
    // A day of a date ("the February 27 meeting") asserts no count.
    const month = (u: Token | undefined): boolean =>
      u !== undefined && qualifierKind(u.norm) === "month";
    if (month(content[i - 1]) || month(content[i + 1])) continue;
    // The whole number as written: "thirty-five", "two and a half".
    const value = readNumber(text.slice(t.start));
    if (value === undefined || value <= 0) continue;
    // The counted noun: past the rest of the number, the last word of the run after it
    // ("53 Russian diplomats", "two and a half hours").
    let j = i + 1;
    while (content[j] && (numberValue(content[j]!) !== undefined || content[j]!.norm === "half"))
      j++;
    const numberTokens = content.slice(i, j);
    while (content[j + 1] && content[j]!.capitalized && !isStopword(content[j + 1]!.norm)) j++;
    const unit = content[j];
    if (unit) return { kind: "number", tokens: numberTokens, value, unit };
  }
  const date = datePremise(content, text);
  if (date) return date;
  const weekday = weekdayPremise(content, text);
  if (weekday) return weekday;
  const place = placePremise(ctx, text);
  if (place) return place;
  const { index } = ctx;
  const names = content.filter((t) => t.capitalized && index.nameParts.has(t.stem));
  // The last word of the name is its surname: a first name may be some other person's surname.
  const surname = [...names].reverse().find((t) => index.surnames.has(t.stem));
  if (surname) return { kind: "person", tokens: names, key: personKey(index, surname.stem) };
  return undefined;
}

/**
 * A date the question ends on ("…return to Moscow in December?", "…held on February 18?") is
 * what it asserts; a month before a noun ("the February talks") only says which event is meant.
 */
function datePremise(content: Token[], text: string): Premise | undefined {
  const tail = text.replace(/[\s?.!]+$/u, "");
  let i = content.length - 1;
  const tokens: Token[] = [];
  let year: number | undefined;
  let day: number | undefined;
  if (i >= 0 && YEAR.test(content[i]!.norm)) year = Number(content[i--]!.norm);
  if (i >= 0 && /^\d{1,2}$/.test(content[i]!.norm)) day = Number(content[i--]!.norm);
  const month = content[i];
  if (!month || qualifierKind(month.norm) !== "month") return undefined;
  if (day === undefined && i + 1 < content.length && /^\d{1,2}$/.test(content[i + 1]!.norm)) {
    day = Number(content[i + 1]!.norm);
  }
  tokens.push(...content.slice(i));
  const last = tokens[tokens.length - 1]!;
  if (tail.slice(last.end).trim() !== "") return undefined;
  const number = monthNumber(month.norm);
  if (number === null) return undefined;
  return {
    kind: "date",
    tokens,
    month: number,
    ...(day !== undefined ? { day } : {}),
    ...(year !== undefined ? { year } : {}),
  };
}

/** The day of the week the question ends on ("…held on a Thursday?"): 0 for Sunday. */
function weekdayPremise(content: Token[], text: string): Premise | undefined {
  const last = content[content.length - 1];
  if (!last || qualifierKind(last.norm) !== "weekday") return undefined;
  if (
    text
      .replace(/[\s?.!]+$/u, "")
      .slice(last.end)
      .trim() !== ""
  )
    return undefined;
  if (!/\bon\s+(?:a\s+)?\S+$/iu.test(text.slice(0, last.end))) return undefined;
  return {
    kind: "weekday",
    tokens: [last],
    weekday: WEEKDAYS.indexOf(last.norm as (typeof WEEKDAYS)[number]),
  };
}

/** The day of the week of a full date ("2025-04-10"), 0 for Sunday; undefined for less. */
function weekdayOf(date: string | undefined): number | undefined {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/u.test(date)) return undefined;
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/**
 * A place the question ends on ("…held at the Oslo city hall?", "…take place in Geneva?"):
 * what follows its last locative word, when that reads as a place.
 */
function placePremise(ctx: KindContext, text: string): Premise | undefined {
  const tokens = tokenize(text.replace(/[\s?.!]+$/u, ""));
  // Where the event happened ("held at", "took place in", "met in"), not a place that only
  // says which event is meant ("the talks in Istanbul").
  const afterVerb = (i: number): boolean =>
    i > 0 &&
    LOCATIVES.has(tokens[i]!.norm) &&
    (tokens[i - 1]!.norm === "place" || partOfSpeech(tokens[i - 1]!.norm) === "VERB");
  const at = tokens.map((_, i) => afterVerb(i)).lastIndexOf(true);
  if (at < 1 || at === tokens.length - 1) return undefined;
  const after = tokens.slice(at + 1);
  const named = after.filter((t) => !isStopword(t.norm));
  const isPlace = named.some((t) => t.capitalized) || named.some((t) => PLACE_HEADS().has(t.stem));
  if (!isPlace || named.length === 0) return undefined;
  // The same words as the question's content tokens, so the rest of the question leaves them out.
  const inPlace = ctx.analysis.content.filter((t) => t.start > tokens[at]!.start);
  if (inPlace.length === 0) return undefined;
  return { kind: "place", tokens: inPlace, stems: new Set(named.map((t) => t.stem)) };
}

/** The date a resolved candidate gives ("2024-10", "2025-02-27"), against the asserted one. */
function sameDate(
  premise: Extract<Premise, { kind: "date" }>,
  resolved: string,
): boolean | undefined {
  const [y, m, d] = resolved.split("-").map(Number);
  if (m === undefined || Number.isNaN(m)) return undefined;
  if (m !== premise.month) return false;
  // "February" says nothing about whether it was the 18th or the 27th.
  if (premise.day !== undefined && d === undefined) return undefined;
  if (premise.day !== undefined && d !== premise.day) return false;
  if (premise.year !== undefined && y !== undefined && y !== premise.year) return false;
  return true;
}

/**
 * The dates a sentence writes out ("in October", "on February 27"), each judged against the
 * asserted one. "Last month" or "Thursday" is resolved against the publication date, an
 * inference too loose to contradict a reader with.
 */
function writtenDates(
  premise: Extract<Premise, { kind: "date" }>,
  e: Evidence,
): { c: Candidate; same: boolean }[] {
  return dateCandidates(e.entry)
    .filter((c) => c.date !== undefined && writesMonth(c.text))
    .map((c) => ({ c, same: sameDate(premise, c.date!) }))
    .filter((d): d is { c: Candidate; same: boolean } => d.same !== undefined);
}

function writesMonth(phrase: string): boolean {
  return phrase.split(/[^\p{L}]+/u).some((w) => qualifierKind(w.toLowerCase()) === "month");
}

function valueOf(phrase: string): number | undefined {
  const v = readNumber(phrase);
  return v !== undefined && v > 0 ? v : undefined;
}

/**
 * Checks the question's value against the sentence that best says the rest of the question:
 * "did the meeting last three hours" is read as "how long did the meeting last", then
 * compared. Undefined when no sentence says the rest well enough to judge.
 */
export function checkPremise(
  ctx: KindContext,
  premise: Premise,
  minCoverage: number,
  minDirect = minCoverage,
): PremiseCheck | undefined {
  const { index, analysis, terms, hits } = ctx;
  const rest = analysis.content.filter((t) => !premise.tokens.includes(t));
  if (rest.length === 0) return undefined;
  const { local } = ctx;
  const judged = local ? withLocalMeanings(index, rest, terms, local, hits) : terms;
  const words = questionWords(index, rest, judged, analysis.text, false, local);
  // The months that say which event is meant: the value asserted is not one of them.
  const months = monthsNamed(rest);
  const evidence = scoreHits(index, words, hits)
    .filter(
      (e) =>
        e.coverage >= minCoverage &&
        e.direct >= minDirect &&
        !datedToOtherMonth(index, months, e) &&
        !conflicts(ctx.contrast, e, 0, e.entry.tokens.length - 1),
    )
    .sort((a, b) => b.coverage + b.direct - (a.coverage + a.direct) || a.rank - b.rank);
  const topical = topicOf(retrievedArticleStems(ctx));
  for (const e of evidence) {
    if (premise.kind === "number") {
      const found = numbersOf(ctx, premise, e);
      const first = found[0];
      const value = first ? valueOf(first.text) : undefined;
      if (first && value !== undefined) {
        return { holds: value === premise.value, found: first.display, evidence: e };
      }
    } else if (premise.kind === "date") {
      const dates = writtenDates(premise, e);
      const same = dates.find((d) => d.same);
      if (same) return { holds: true, found: same.c.display, evidence: e };
      // Refuted only on firm ground: the sentence says all the rest of the question itself and
      // writes out one date of the event, not the date of a report, nor a date that names
      // another event ("the June summit"). Anything less leaves it unsaid.
      const own = dates.filter(
        (d) =>
          (ctx.candidates.asksAboutReport || !datesReport(e.entry, d.c)) &&
          !labelsOtherInstance(e.entry, d.c),
      );
      if (refutable(e, topical) && own.length === 1 && dates.length === 1) {
        return { holds: false, found: own[0]!.c.display, evidence: e };
      }
    } else if (premise.kind === "weekday") {
      // The one full date the sentence gives the event, not a report's, says the weekday.
      const own = dateCandidates(e.entry).filter(
        (c) =>
          weekdayOf(c.date) !== undefined &&
          (ctx.candidates.asksAboutReport || !datesReport(e.entry, c)) &&
          !labelsOtherInstance(e.entry, c),
      );
      if (own.length !== 1) continue;
      const holds = weekdayOf(own[0]!.date) === premise.weekday;
      if (holds || refutable(e, topical)) return { holds, found: own[0]!.display, evidence: e };
    } else if (premise.kind === "place") {
      // The place said of the event itself: right after a word of the question ("held at…").
      const places = placeCandidates(e.entry).filter((c) => saidOfEvent(e, c));
      const found = places[0];
      if (!found || places.length > 1 || !refutable(e, topical)) continue;
      const stems = new Set(
        e.entry.tokens
          .filter((t) => t.start >= found.start && t.end <= found.end && !isStopword(t.norm))
          .map((t) => t.stem),
      );
      const holds = [...premise.stems].every((st) => stems.has(st));
      // "In Istanbul" against "at the consulate in Istanbul": one holds the other, no conflict.
      const overlaps = [...stems].every((st) => premise.stems.has(st));
      if (holds) return { holds: true, found: found.display, evidence: e };
      if (!overlaps && found.specific === (placeIsBuilding(premise) || undefined)) {
        const display = found.display.replace(/^(?:at|in|inside|near)\s+/iu, "");
        return { holds: false, found: display, evidence: e };
      }
    } else {
      const people = personCandidates(index, e.entry);
      if (people.length === 0) continue;
      const same = people.find((p) => p.key === premise.key);
      // "Did X say anything to reporters": whether X did it at all, not who did it; someone
      // else doing it says nothing against X.
      if (!same && existential(analysis.text)) continue;
      // Someone else is named against the person asked only where the sentence says what the
      // question says of them ("led the US delegation"): one that only shares its topic or its
      // places names whoever it quotes.
      if (!same && !saysPredicate(e, topical)) continue;
      return { holds: same !== undefined, found: (same ?? people[0]!).display, evidence: e };
    }
  }
  return undefined;
}

/** The question asks whether anything of the kind happened at all ("say anything", "ever"). */
function existential(text: string): boolean {
  return tokenize(text).some((t) => INDEFINITES.has(t.norm));
}

/** A place right after a word of the question: "held at …", "took place in …". */
function saidOfEvent(e: Evidence, c: Candidate): boolean {
  const at = e.entry.tokens.findIndex((t) => t.start === c.start);
  return at > 0 && e.matchedAt.has(at - 1);
}

function placeIsBuilding(premise: Extract<Premise, { kind: "place" }>): boolean {
  return [...premise.stems].some((st) => PLACE_HEADS().has(st));
}

/**
 * Every word of the rest of the question that says what was done ("lead", "delegation") is in
 * the sentence itself or behind its pronoun; names, places and the corpus's topic may be
 * elsewhere in the article.
 */
function saysPredicate(e: Evidence, topical: (m: WordMatch) => boolean): boolean {
  const { firmMatch } = defaultEngineOptions.polarity;
  return e.matches.every(
    (m) =>
      (m.at.length > 0 && m.strength >= firmMatch) ||
      m.viaPronoun ||
      m.word.token.capitalized ||
      m.word.isName ||
      m.word.place ||
      // What was done is said in the sentence; the corpus's topic nouns may be elsewhere.
      (topical(m) && partOfSpeech(m.word.token.norm) !== "VERB"),
  );
}

/**
 * Every word of the rest of the question is in the sentence itself, or behind its pronoun; a
 * noun of the corpus's topic ("talks" for a sentence's "round") may be said in other words.
 */
export function refutable(e: Evidence, topical: (m: WordMatch) => boolean): boolean {
  const { firmMatch } = defaultEngineOptions.polarity;
  return e.matches.every(
    (m) =>
      (m.at.length > 0 && m.strength >= firmMatch) ||
      m.viaPronoun ||
      (m.at.length > 0 && topical(m) && partOfSpeech(m.word.token.norm) !== "VERB"),
  );
}

/**
 * The sentence itself gives the value the question asserts: a "yes" may only quote a sentence
 * that does, never one that leaves the number, date or person out.
 */
export function statesPremise(ctx: KindContext, premise: Premise, e: Evidence): boolean {
  const entry = e.entry;
  switch (premise.kind) {
    case "number":
      return numbersOf(ctx, premise, e).some((c) => valueOf(c.text) === premise.value);
    case "date":
      return dateCandidates(entry).some(
        (c) => c.date !== undefined && sameDate(premise, c.date) === true,
      );
    case "person": {
      const names = (sentence: typeof entry | undefined): boolean =>
        sentence !== undefined &&
        personCandidates(ctx.index, sentence).some((p) => p.key === premise.key);
      // "…," she noted: the person named in the sentence the pronoun points back to.
      return (
        names(entry) ||
        (e.matches.some((m) => m.viaPronoun) && names(previousSentence(ctx.index, entry)))
      );
    }
    case "weekday":
      return dateCandidates(entry).some((c) => weekdayOf(c.date) === premise.weekday);
    case "place": {
      // A building is said as a place of the sentence ("at the Freedonian embassy"), not by
      // its words scattered ("Freedonian officials … embassy staff").
      if (placeIsBuilding(premise)) {
        return placeCandidates(entry).some((c) => {
          const inPlace = entry.tokens.filter((t) => t.start >= c.start && t.end <= c.end);
          return [...premise.stems].every((st) => inPlace.some((t) => t.stem === st));
        });
      }
      // A "yes" names the place as written: "Freedonian delegates will meet" does not say the
      // talks are held in Freedonia. A denial may leave the place to the sentence before
      // ("X is not on the agenda").
      const written = new Set(entry.tokens.map((t) => t.norm));
      if (premise.tokens.every((t) => isStopword(t.norm) || written.has(t.norm))) return true;
      return entry.tokens.some((t) => NEGATIONS.has(t.norm));
    }
  }
}

/** Numbers of the asserted unit in the sentence ("over six hours" for "two hours"). */
function numbersOf(
  ctx: KindContext,
  premise: Extract<Premise, { kind: "number" }>,
  e: Evidence,
): Candidate[] {
  // The unit as written or spelt otherwise, never a word of like meaning: "two depots" is
  // no count of warehouses.
  const unitStems = new Set(
    ctx.terms
      .filter(
        (q) => q.source === premise.unit.stem && (q.via === "spelling" || q.via === "variant"),
      )
      .map((q) => q.stem),
  );
  unitStems.add(premise.unit.stem);
  // "Three phone calls": the words after the unit that the question counts with it.
  const content = ctx.analysis.content;
  const compound = new Set<string>();
  for (let i = content.indexOf(premise.unit) + 1; i > 0 && i < content.length; i++) {
    const t = content[i]!;
    if (ctx.analysis.text.slice(content[i - 1]!.end, t.start).trim() !== "") break;
    compound.add(t.stem);
  }
  return TIME_UNIT.test(premise.unit.norm)
    ? durationCandidates(e.entry).filter((c) => unitStems.has(lastStem(c.text, e)))
    : countCandidates(e.entry, (t) => unitStems.has(t.stem) || compound.has(t.stem));
}

function lastStem(phrase: string, e: Evidence): string {
  const words = phrase.split(/\s+/);
  const last = words[words.length - 1] ?? "";
  return e.entry.tokens.find((t) => t.text === last)?.stem ?? last.toLowerCase();
}
