import type { ParsedComponents } from "chrono-node";
import { englishChrono } from "./chrono.js";
import { MONTH_NAME_SOURCE, monthNumber, type CalendarPoint, type Candidate } from "./candidate.js";

/**
 * Written calendar dates ("February 27", "27 February 2025", "April 2025", "the end of March")
 * found by chrono-node. Chrono fills in what the text leaves out (a year, a day of month, a
 * time); only what is literally written is kept, and the missing year is decided later against
 * the publication date and the tense (see place.ts), not by chrono's own guess.
 */

/** Chrono tags for expressions measured from "now": relative.ts handles those itself. */
const RELATIVE_TAG = /relative|casualReference/i;

const FULL_MONTH =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
const MONTH_WORD = new RegExp(`(?<![A-Za-z])${MONTH_NAME_SOURCE}(?![A-Za-z])`, "g");

/** Leading words that belong to the sentence rather than to the date. */
const LEADING_FILLER = /^(?:(?:on|in|at|by|since|from|of|until|till|the|during)\s+)+/i;
/** A time of day after the date ("08 Apr 2025, 22:47 GMT+10"): the date is what we keep. */
const TRAILING_TIME = /,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\b.*$/s;
const TRAILING_PUNCTUATION = /[\s,.;:]+$/;

function written(text: string, pattern: RegExp): boolean {
  return pattern.test(text);
}

/** The components the text itself states, or null when it states no month. */
function pointOf(components: ParsedComponents, text: string): CalendarPoint | null {
  if (!components.isCertain("month")) return null;
  const month = components.get("month");
  if (month === null) return null;
  const point: CalendarPoint = { month };
  const day = components.get("day");
  if (
    components.isCertain("day") &&
    day !== null &&
    written(text, new RegExp(`(?<!\\d)0?${day}(?:st|nd|rd|th)?(?!\\d)`))
  ) {
    point.day = day;
  }
  const year = components.get("year");
  if (
    components.isCertain("year") &&
    year !== null &&
    written(text, new RegExp(`(?<!\\d)${year}(?!\\d)`))
  ) {
    point.year = year;
  }
  return point;
}

/**
 * Whether the month words in the span are really month names: capitalised ("march" and "may"
 * are verbs), and spelled out in full when nothing but the month is given ("Jan" is a name).
 */
function monthWordsAreNames(text: string, point: CalendarPoint): boolean {
  const words = [...text.matchAll(MONTH_WORD)].map((m) => m[0]);
  if (words.length === 0) return false;
  if (!words.some((w) => monthNumber(w) === point.month)) return false;
  if (point.day === undefined && point.year === undefined)
    return words.every((w) => FULL_MONTH.test(w));
  return true;
}

export function findAbsoluteDates(text: string): Candidate[] {
  const out: Candidate[] = [];
  // The reference instant only steers chrono's own guesses, which are discarded below.
  const results = englishChrono().casual.parse(text, {
    instant: new Date(Date.UTC(2000, 0, 1, 12)),
    timezone: 0,
  });
  for (const result of results) {
    if (result.tags && [...result.tags()].some((t) => RELATIVE_TAG.test(t))) continue;
    let spanText = result.text;
    let start = result.index;
    const lead = LEADING_FILLER.exec(spanText);
    if (lead) {
      start += lead[0].length;
      spanText = spanText.slice(lead[0].length);
    }
    spanText = spanText.replace(TRAILING_TIME, "").replace(TRAILING_PUNCTUATION, "");
    if (!spanText) continue;
    const from = pointOf(result.start, spanText);
    if (!from || !monthWordsAreNames(spanText, from)) continue;
    const to = result.end ? pointOf(result.end, spanText) : null;
    out.push({
      start,
      end: start + spanText.length,
      what: to ? { kind: "calendar", from, to } : { kind: "calendar", from },
    });
  }
  return out;
}
