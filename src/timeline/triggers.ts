import { AUXILIARIES, COPULA, NEGATIONS, NOT_PAST_ED } from "../lexicon/words.js";
import { isPastVerb } from "../nlp/verbs.js";
import { partAround } from "./sentence-parts.js";
import { words, type Word } from "./words.js";

/**
 * What kind of happening a dated clause reports, read from the words next to the date, and
 * whether it reports a happening at all ("In February, he was director" describes a state).
 */

export type EventKind = "meeting" | "statement" | "other";

const STATEMENT = new Set(
  (
    "said say says told tell announced announce announces confirmed confirm confirms stated " +
    "statement statements reported report declared noted added described stressed signaled " +
    "signalled commented wrote tweeted quoted briefing"
  ).split(" "),
);

const MEETING = new Set(
  (
    "met meet meets meeting meetings talks round rounds consultations consultation negotiations " +
    "negotiated summit summits visited conference"
  ).split(" "),
);

/** Whether a word names a meeting ("talks", "round", "met"), as the kind of an event reads. */
export function isMeetingWord(word: string): boolean {
  return MEETING.has(word.toLowerCase());
}

/** Verbs that carry the happening but say nothing of its kind: "took place", "was held". */
const NEUTRAL = new Set("held hold occurred happened".split(" "));
/** "took place" is neutral; "took office" is not. */
const TAKE = new Set(["took", "take", "takes", "taking"]);

const DATING_PREPOSITIONS = new Set("on in at during from until by since between".split(" "));
/** "not", "never", "didn't"; the words are read as written, apostrophe and all. */
const isNegation = (word: string): boolean =>
  word === "n't" || NEGATIONS.has(word.toLowerCase().replace(/['’]/g, ""));

/** Nouns that name a happening by themselves ("the 2016 election", "the escalation in 2022"). */
const EVENT_NOUNS = new Set(
  (
    "election elections escalation invasion expulsion expulsions visit visits call calls " +
    "appointment release crisis attack war agreement deal closure seizure"
  ).split(" "),
);

function lower(w: Word): string {
  return w.text.toLowerCase();
}

function isVerb(w: Word): boolean {
  const l = lower(w);
  if (isPastVerb(l) || COPULA.has(l) || AUXILIARIES.has(l)) return true;
  return /^[a-z]{3,}ed$/.test(w.text) && !NOT_PAST_ED.has(l);
}

function isParticiple(w: Word | undefined): boolean {
  if (!w) return false;
  const l = lower(w);
  return (
    isPastVerb(l) || (/^[a-z]{3,}(?:ed|en)$/.test(w.text) && !NOT_PAST_ED.has(l)) || l === "to"
  );
}

export interface ClauseReading {
  /** Whether the clause reports a happening at the date. */
  isEvent: boolean;
  kind: EventKind;
}

/** Words that name what kind of happening it is; copulas, auxiliaries and "took place" do not. */
function namesKind(w: Word, next: Word | undefined): boolean {
  const l = lower(w);
  if (COPULA.has(l) || AUXILIARIES.has(l)) return false;
  if (NEUTRAL.has(l) || (TAKE.has(l) && next && lower(next) === "place")) return false;
  return STATEMENT.has(l) || MEETING.has(l) || EVENT_NOUNS.has(l) || isVerb(w) || TAKE.has(l);
}

function kindOf(w: Word | undefined): EventKind {
  if (!w) return "other";
  if (STATEMENT.has(lower(w))) return "statement";
  if (MEETING.has(lower(w))) return "meeting";
  return "other";
}

/** The words of the sentence last read: each dated clause of a sentence reads it again. */
let recent: { text: string; words: readonly Word[] } | null = null;

function wordsOf(text: string): readonly Word[] {
  if (recent?.text !== text) recent = { text, words: words(text) };
  return recent.words;
}

/** How far left of a date its head word may be: "met in Geneva, Switzerland on April 10". */
const LEFT_REACH = 80;

/**
 * Reads the clause around text[start, end), within its own sentence.
 *
 * Whether a happening is reported: the nearest verb decides; a bare copula ("he was director")
 * or a negated verb ("did not meet") is not a happening, unless an event noun sits next to the
 * date ("the February round was held").
 *
 * The kind: English puts a time phrase after what it dates ("held talks Thursday", "a previous
 * round on February 27", "took office in January"), so the nearest word on the left that names a
 * kind decides; a date opening its clause ("Last month, delegations … met") looks right.
 */
export function readClause(text: string, start: number, end: number): ClauseReading {
  const { from, to } = partAround(text, start);
  const ws = wordsOf(text).filter((w) => w.start >= from && w.end <= to);
  const distance = (w: Word): number =>
    w.end <= start ? start - w.end : w.start >= end ? w.start - end : 0;
  const outside = ws.filter((w) => w.end <= start || w.start >= end);

  const verbs = outside.filter(isVerb).sort((a, b) => distance(a) - distance(b));
  const nouns = outside.filter((w) => EVENT_NOUNS.has(lower(w)) || MEETING.has(lower(w)));
  const nearestVerb = verbs[0];
  const nounNear = nouns.some((w) => distance(w) <= 12);

  let isEvent = nearestVerb !== undefined || nouns.length > 0;
  if (nearestVerb) {
    const i = ws.indexOf(nearestVerb);
    const next = ws[i + 1];
    const before = ws.slice(Math.max(0, i - 2), i).map(lower);
    const state = COPULA.has(lower(nearestVerb)) && !isParticiple(next);
    // "did not meet", "has not met", "will not attend": the negation follows the auxiliary.
    const after =
      lower(nearestVerb) === "did" ||
      AUXILIARIES.has(lower(nearestVerb)) ||
      COPULA.has(lower(nearestVerb));
    const negated =
      before.some(isNegation) || (after && next !== undefined && isNegation(lower(next)));
    // "The meeting was on February 27": a copula dating its subject, a happening if the
    // subject is one.
    const between = ws.filter((w) => w.start >= nearestVerb.end && w.end <= start);
    const datesSubject =
      nearestVerb.end <= start &&
      between.every((w) => DATING_PREPOSITIONS.has(lower(w))) &&
      nouns.some((w) => w.end <= nearestVerb.start);
    if ((state && !nounNear && !datesSubject) || negated) isEvent = false;
  }

  const heads = ws.filter((w, i) => (w.end <= start || w.start >= end) && namesKind(w, ws[i + 1]));
  const left = heads.filter((w) => w.end <= start && start - w.end <= LEFT_REACH).at(-1);
  const right = heads.find((w) => w.start >= end);
  return { isEvent, kind: kindOf(left ?? right) };
}
