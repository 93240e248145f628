import type { Candidate } from "./candidate.js";

/**
 * Years written as numbers, which chrono does not parse on their own: "in 2016", "the 2016
 * election", "between 2016 and 2018", "2016–18", "the 1990s". A four-digit number is only
 * taken for a year where the words around it say so, since "2000 troops" is not a date.
 */

const YEAR = "((?:19|20)\\d{2})";
/** Not glued to other digits, amounts, decimals, ISO dates or clock times. */
const FREE_BEFORE = "(?<![\\d$€£.,:/])(?<!\\d[-–])";
const FREE_AFTER = "(?![\\d%]|[.,:]\\d|-\\d|\\s*(?:%|percent|per\\s+cent))";

const RANGE_PATTERNS = [
  new RegExp(`\\bbetween\\s+${YEAR}\\s+and\\s+${YEAR}${FREE_AFTER}`, "gi"),
  new RegExp(`\\bfrom\\s+${YEAR}\\s+(?:to|until|till|through|thru)\\s+${YEAR}${FREE_AFTER}`, "gi"),
];
/** 2016-2018, 2016–18: the short form borrows the century of the first year. */
const DASH_RANGE = new RegExp(
  `${FREE_BEFORE}${YEAR}\\s*[-–—]\\s*((?:19|20)?\\d{2})(?![\\d%-])`,
  "g",
);
const DECADE = new RegExp(`${FREE_BEFORE}\\b((?:19|20)\\d0)s\\b`, "g");
const SINGLE = new RegExp(`${FREE_BEFORE}\\b${YEAR}\\b${FREE_AFTER}`, "g");

/** Words after which a four-digit number reads as a year. */
const CUE_BEFORE =
  /\b(?:in|since|of|by|until|till|from|during|before|after|around|circa|early|late|mid|the|and|or|to|through|spring|summer|autumn|fall|winter|year|end|start|beginning|between)\s*-?\s*$|[(\u2018\u2019']\s*$/i;
/** Or a number followed by punctuation, a possessive, or the end of the text. */
const CUE_AFTER = /^(?:\s*[,.;:)!?]|['’]s\b|\s*$)/;

/** Whether text could hold a year findYears reads: every pattern needs 19xx or 20xx. */
export function mayHoldYear(text: string): boolean {
  return /(?:19|20)\d\d/.test(text);
}

export function findYears(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const re of RANGE_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const year = Number(m[1]);
      const yearEnd = Number(m[2]);
      if (yearEnd > year)
        out.push({
          start: m.index,
          end: m.index + m[0].length,
          what: { kind: "year", year, yearEnd },
        });
    }
  }
  for (const m of text.matchAll(DASH_RANGE)) {
    const year = Number(m[1]);
    const tail = m[2] ?? "";
    const yearEnd = tail.length === 2 ? Math.floor(year / 100) * 100 + Number(tail) : Number(tail);
    // "2025-02" is a month, not 2025 to 2002; ranges run forward and not absurdly far.
    if (yearEnd > year && yearEnd - year <= 50) {
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        what: { kind: "year", year, yearEnd },
      });
    }
  }
  for (const m of text.matchAll(DECADE)) {
    const year = Number(m[1]);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      what: { kind: "year", year, yearEnd: year + 9 },
    });
  }
  for (const m of text.matchAll(SINGLE)) {
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 4);
    if (!CUE_BEFORE.test(before) && !CUE_AFTER.test(after)) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      what: { kind: "year", year: Number(m[1]) },
    });
  }
  return out;
}
