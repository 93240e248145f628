import { tokenize } from "../search/tokens.js";
import { isStopword } from "../lexicon/stopwords.js";
import { qualifierKind } from "./qualifiers.js";
import { answerMessages } from "./messages.js";
import type { Source } from "../corpus/types.js";
import { quote, toSource } from "./sources.js";
import type { Evidence } from "./evidence.js";
import type { Answer } from "./types.js";
import { bodyOf, quotesOf } from "./compose.js";

/**
 * "Was the June round held at the same venue as the March one?", "did the location change
 * between March and June?": one thing (where, or when) compared across two events named
 * by month or ordinal. Each event is asked about on its own, then the two answers compared.
 */
export interface Comparison {
  attribute: "where" | "when";
  /** The two events as written ("June", "March"), in the question's order. */
  events: [string, string];
  /** The event noun ("round"), taken from the question. */
  noun: string;
  /** The question put for each event. */
  questions: [string, string];
}

export const COMPARES =
  /\b(?:the same|different|differ(?:ed|s)?|unchanged|chang(?:e|ed|es)|somewhere else|elsewhere)\b/iu;
const WHERE_WORDS = /\b(?:venue|place|location|site|where|held at)\b/iu;
const WHEN_WORDS = /\b(?:date|day|time|when)\b/iu;
/** Words a sentence uses to say nothing changed. */
export const NO_CHANGE = /\b(?:unchanged|the same|remains?|remained|as before)\b/iu;
/** Nouns that say which aspect a sentence of no change is about. */
const PLACE_NOUNS = /\b(?:venue|place|location|site)\b/iu;
const TIME_NOUNS = /\b(?:date|day|time|schedule)\b/iu;

export function comparisonAsked(question: string): Comparison | null {
  if (!COMPARES.test(question)) return null;
  const attribute = WHERE_WORDS.test(question)
    ? "where"
    : WHEN_WORDS.test(question)
      ? "when"
      : null;
  if (!attribute) return null;
  const tokens = tokenize(question);
  const marks = tokens.filter((t) => {
    const kind = qualifierKind(t.norm);
    return kind === "month" || kind === "ordinal";
  });
  const distinct = [...new Map(marks.map((t) => [t.norm, t])).values()];
  if (distinct.length !== 2) return null;
  const [a, b] = distinct as [(typeof distinct)[number], (typeof distinct)[number]];
  // The noun after a mark ("the June round", "the second Oslo round"), past a place's
  // name; "one" stands for the other's noun.
  const nounAfter = (t: (typeof tokens)[number]): string | undefined => {
    const at = tokens.indexOf(t);
    const next = tokens.slice(at + 1, at + 3).find((u) => !u.capitalized);
    return next && !isStopword(next.norm) && next.norm !== "one" && !qualifierKind(next.norm)
      ? next.norm
      : undefined;
  };
  const noun = nounAfter(a) ?? nounAfter(b) ?? "meeting";
  const ask = (mark: string): string =>
    attribute === "where"
      ? `Where was the ${mark} ${noun} held?`
      : `When was the ${mark} ${noun} held?`;
  return {
    attribute,
    events: [a.text, b.text],
    noun,
    questions: [ask(a.text), ask(b.text)],
  };
}

/** Each passage cited once, in the order first cited. */
function distinctSources(sources: readonly Source[]): Source[] {
  return sources.filter(
    (s, i) =>
      sources.findIndex((t) => t.articleId === s.articleId && t.passage === s.passage) === i,
  );
}

/**
 * "Where was the June round held?": one event, named by a month, whose venue an article may
 * say stayed as it was for an earlier one.
 */
export interface VenueAsked {
  /** The event as written ("June"). */
  event: string;
  noun: string;
}

export function venueAsked(question: string): VenueAsked | null {
  if (COMPARES.test(question) || !/^\W*where\b|\bvenue\b/iu.test(question)) return null;
  const tokens = tokenize(question);
  // A month, which says which event it is on its own: "the first session" may be the very
  // round an article counts from.
  const marks = [
    ...new Map(
      tokens.filter((t) => qualifierKind(t.norm) === "month").map((t) => [t.norm, t]),
    ).values(),
  ];
  if (marks.length !== 1) return null;
  const mark = marks[0]!;
  // The event itself is asked about: "the April round", not "the envoys who met in April".
  const noun = tokens[tokens.indexOf(mark) + 1]?.norm;
  if (noun === undefined || !EVENT_NOUNS.has(noun)) return null;
  return { event: mark.text, noun };
}

/** Nouns for a meeting that a month before them names ("the April round"). */
const EVENT_NOUNS: ReadonlySet<string> = new Set([
  ...["round", "meeting", "talks", "session", "consultations", "sitting", "sit-down"],
  "get-together",
]);

/**
 * The earlier event a sentence of no change measures from ("…unchanged from a previous round on
 * February 27"): the month after its "from", when that is not the event asked about (then the
 * sentence is about a later one).
 */
export function otherEventIn(sentence: string, event: string): string | undefined {
  const tokens = tokenize(sentence);
  const from = tokens.findIndex((t) => t.norm === "from");
  if (from < 0) return undefined;
  const month = tokens.slice(from + 1).find((t) => qualifierKind(t.norm) === "month");
  return month && month.norm !== event.toLowerCase() ? month.text : undefined;
}

/**
 * The venue the articles give one event set against an article saying it stayed as it was
 * for an earlier event held elsewhere: the sources differ, and both are shown. Null when the
 * two venues are the same or cannot be told apart.
 */
export function composeUnchangedDispute(
  question: string,
  asked: VenueAsked,
  answer: Answer,
  earlierEvent: string,
  earlier: Answer,
  unchanged: Evidence,
): Answer | null {
  if (answer.status !== "answered" || earlier.status !== "answered") return null;
  if (!answer.short || !earlier.short) return null;
  if (sameThing(answer.short, earlier.short) !== false) return null;
  const shown = bodyOf(answer);
  // The earlier event's own sentence, unless it is the one already quoted.
  const earlierBody = bodyOf(earlier)
    .split("\n")
    .filter((line) => line.trim() !== "" && !shown.includes(line))
    .join("\n");
  const lines = [
    `- ${answer.short}\n${shown}`,
    `- ${answerMessages.unchangedFrom(earlierEvent, asked.noun)} ${earlier.short}\n${quote(unchanged)}${earlierBody ? `\n${earlierBody}` : ""}`,
  ];
  const sources = [...answer.sources, toSource(unchanged), ...earlier.sources];
  return {
    question,
    status: "answered",
    answer: `${answerMessages.sourcesDisagree}:\n\n${lines.join("\n")}`,
    confidence: Math.min(answer.confidence, earlier.confidence),
    sources: distinctSources(sources),
    notes: [],
    short: answerMessages.sourcesDisagree,
    quotes: [...(answer.quotes ?? []), ...quotesOf([unchanged]), ...(earlier.quotes ?? [])],
  };
}

/** Whether a sentence says the compared thing stayed as it was. */
export function saysUnchanged(
  comparison: Pick<Comparison, "attribute">,
  sentence: string,
): boolean {
  const aspect = comparison.attribute === "where" ? PLACE_NOUNS : TIME_NOUNS;
  return NO_CHANGE.test(sentence) && aspect.test(sentence);
}

/**
 * Whether two answers name the same thing: "yes" when they are the same words, "no" when
 * neither holds the other; one inside the other ("in Bergen", "the consulate in Bergen") is
 * the same place told at two scales, and settles nothing.
 */
function sameThing(x: string, y: string): boolean | undefined {
  const norm = (s: string): string =>
    s
      .toLowerCase()
      .replace(/^(?:at|in|on)\s+/u, "")
      .replace(/^the\s+/u, "")
      .replace(/[.,]/gu, "");
  const [p, q] = [norm(x), norm(y)];
  if (p === q) return true;
  return p.includes(q) || q.includes(p) ? undefined : false;
}

/**
 * The two events' answers set side by side: "No" when they differ, "Yes" when they agree, and
 * "the sources differ" when an article says nothing changed while the answers differ.
 */
export function composeComparison(
  question: string,
  comparison: Comparison,
  first: Answer,
  second: Answer,
  unchanged: Evidence | undefined,
): Answer | null {
  if (first.status !== "answered" || second.status !== "answered") return null;
  if (!first.short || !second.short) return null;
  const [e1, e2] = comparison.events;
  const agree = sameThing(first.short, second.short);
  if (agree === undefined) return null;
  const lines = [
    `- ${e1} ${comparison.noun}: ${first.short}\n${bodyOf(first)}`,
    `- ${e2} ${comparison.noun}: ${second.short}\n${bodyOf(second)}`,
  ];
  const disputed = !agree && unchanged !== undefined;
  if (disputed) lines.push(`- ${answerMessages.saysUnchanged}\n${quote(unchanged)}`);
  const short = disputed ? answerMessages.sourcesDisagree : agree ? "Yes" : "No";
  const lead = disputed ? `${short}:` : `${short}.`;
  const sources = [
    ...first.sources,
    ...second.sources,
    ...(disputed && unchanged ? [toSource(unchanged)] : []),
  ];
  return {
    question,
    status: "answered",
    answer: `${lead}\n\n${lines.join("\n")}`,
    confidence: Math.min(first.confidence, second.confidence),
    sources: distinctSources(sources),
    notes: [],
    short,
    quotes: [
      ...(first.quotes ?? []),
      ...(second.quotes ?? []),
      ...(disputed && unchanged ? quotesOf([unchanged]) : []),
    ],
  };
}
