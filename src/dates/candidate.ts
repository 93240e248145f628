import { MONTHS } from "./names.js";
import { lookupTable } from "../lexicon/lookupTable.js";
/**
 * What a parser found before it is placed on the calendar: the placing needs the publication
 * date and the tense of the surrounding words, which the parsers do not know.
 */

export interface CalendarPoint {
  month: number;
  /** Only when the day is written in the text as a number. */
  day?: number;
  /** Only when the year is written in the text. */
  year?: number;
}

export type Unresolved =
  | { kind: "calendar"; from: CalendarPoint; to?: CalendarPoint }
  | { kind: "year"; year: number; yearEnd?: number }
  | { kind: "weekday"; weekday: number; modifier: "last" | "next" | "this" | null }
  /** offset units away from the reference: yesterday = day −1, last week = week −1. */
  | { kind: "relative"; unit: "day" | "week" | "month" | "year"; offset: number };

export interface Candidate {
  start: number;
  end: number;
  what: Unresolved;
}

export { MONTHS, WEEKDAYS } from "./names.js";

const MONTH_ABBREVIATIONS = lookupTable<number>({
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
});

/** Month number (1-12) of a full or abbreviated English month name ("Feb.", "Sept"), else null. */
export function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  const full = MONTHS.indexOf(w as (typeof MONTHS)[number]);
  if (full >= 0) return full + 1;
  return MONTH_ABBREVIATIONS[w] ?? null;
}

/** Regex source matching one month name, full or abbreviated, capitalised as in running text. */
export const MONTH_NAME_SOURCE =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|" +
  "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";

const ANY_MONTH_NAME = new RegExp(MONTH_NAME_SOURCE);

/**
 * Whether text could hold a written calendar date: every one names a month (absolute.ts and
 * ranges.ts find nothing without). A cheap test that spares most sentences the parsers; it
 * ignores word boundaries, so it says yes more often than needed, never less.
 */
export function mayNameMonth(text: string): boolean {
  return ANY_MONTH_NAME.test(text);
}
