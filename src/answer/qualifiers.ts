import { monthNumber } from "../dates/candidate.js";
import type { Token } from "../search/tokens.js";
import { MONTHS, WEEKDAYS } from "../lexicon/words.js";
/**
 * Words that say which event is meant: months, weekdays, ordinals and relative words ("the
 * February round", "the second round", "the previous round").
 */
const ORDINALS = ["first", "second", "third", "fourth", "fifth"];
const RELATIVE = [
  ...["last", "next", "previous", "latest", "recent", "upcoming", "earlier", "later"],
];

export type QualifierKind = "month" | "weekday" | "ordinal" | "relative";

const KIND = new Map<string, QualifierKind>([
  ...MONTHS.map((w) => [w, "month"] as const),
  ...WEEKDAYS.map((w) => [w, "weekday"] as const),
  ...ORDINALS.map((w) => [w, "ordinal"] as const),
  ...RELATIVE.map((w) => [w, "relative"] as const),
]);

/**
 * Whether a text may hold a qualifier word: false only when none of its words can be one. A
 * word's norm is its lower case without periods and apostrophes (accents folded too, so a text
 * with letters beyond ASCII is always "may"): every qualifier a word can be is then a substring
 * of the text so folded.
 */
export function mayHoldQualifier(text: string): boolean {
  if (BEYOND_ASCII.test(text)) return true;
  return ANY_QUALIFIER.test(text.toLowerCase().replace(/['’.]/g, ""));
}

const BEYOND_ASCII = /[^\p{ASCII}’]/u;
const ANY_QUALIFIER = new RegExp([...KIND.keys()].join("|"));

/** Every word that says which event is meant, as written in lower case. */
export const QUALIFIER_WORDS: readonly string[] = [...KIND.keys()];

/** The kind of event qualifier a (normalised) word is, if it is one. */
export function qualifierKind(norm: string): QualifierKind | undefined {
  return KIND.get(norm);
}

/** Months and weekdays: words a resolved date also stands for. */
export function isCalendarWord(norm: string): boolean {
  const kind = KIND.get(norm);
  return kind === "month" || kind === "weekday";
}

/** The months (1–12) the words name ("the April talks", "in February"). */
export function monthsNamed(words: readonly Token[]): number[] {
  return words
    .filter((t) => qualifierKind(t.norm) === "month")
    .map((t) => monthNumber(t.norm))
    .filter((m): m is number => m !== null);
}

const MONTH_NAMES = MONTHS.join("|");
const AFTER_MONTH = new RegExp(
  `\\b(?:after|since|following)\\s+(?:the\\s+)?(${MONTH_NAMES})\\b`,
  "iu",
);
const BEFORE_MONTH = new RegExp(
  `\\b(?:before|until|till|prior\\s+to|ahead\\s+of)\\s+(?:the\\s+)?(${MONTH_NAMES})\\b`,
  "iu",
);

/**
 * The months a question bounds its time by: "after February" wants a later month, "before
 * April" an earlier one. Such a month names no event of its own.
 */
export function monthBounds(text: string): { after?: number; before?: number } {
  const after = AFTER_MONTH.exec(text)?.[1];
  const before = BEFORE_MONTH.exec(text)?.[1];
  const a = after ? monthNumber(after.toLowerCase()) : null;
  const b = before ? monthNumber(before.toLowerCase()) : null;
  return { ...(a !== null ? { after: a } : {}), ...(b !== null ? { before: b } : {}) };
}

/** Whether a date ("2025-03-04", "2025-03", "2025") lies within the question's month bounds. */
export function withinMonthBounds(
  date: string | undefined,
  bounds: { after?: number; before?: number },
): boolean {
  const month = Number(date?.split("-")[1]);
  if (!(month > 0)) return true;
  return (
    !(bounds.after !== undefined && month <= bounds.after) &&
    !(bounds.before !== undefined && month >= bounds.before)
  );
}
