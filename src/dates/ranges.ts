import { MONTH_NAME_SOURCE, monthNumber, type CalendarPoint, type Candidate } from "./candidate.js";

/**
 * Ranges of days or months chrono misses or halves ("between February 18 and 27" comes back from
 * chrono as February 18 alone). Years have their own module.
 */

const M = MONTH_NAME_SOURCE;
const D = "(\\d{1,2})(?:st|nd|rd|th)?";
const Y = "(?:,?\\s+((?:19|20)\\d{2}))?";
const TO = "\\s+(?:and|to|until|till|through)\\s+";

const PATTERNS: Array<{
  re: RegExp;
  build: (m: RegExpExecArray) => [CalendarPoint, CalendarPoint] | null;
}> = [
  {
    // between February 18 and 27 / between February 18 and March 3, 2025
    re: new RegExp(
      `\\b(?:between|from)\\s+(${M})\\s+${D}${Y}${TO}(?:(${M})\\s+)?${D}${Y}(?!\\d)`,
      "g",
    ),
    build: (m) => days(m[1], m[2], m[3], m[4] ?? m[1], m[5], m[6]),
  },
  {
    // between 18 and 27 February
    re: new RegExp(`\\b(?:between|from)\\s+${D}(?:\\s+(${M}))?${TO}${D}\\s+(${M})${Y}`, "g"),
    build: (m) => days(m[2] ?? m[4], m[1], m[5], m[4], m[3], m[5]),
  },
  {
    // February 18-27 / February 18–27, 2025
    re: new RegExp(`\\b(${M})\\s+${D}\\s*[-–]\\s*${D}${Y}(?![\\d-])`, "g"),
    build: (m) => days(m[1], m[2], m[4], m[1], m[3], m[4]),
  },
  {
    // 18-27 February
    re: new RegExp(`(?<![\\d-])${D}\\s*[-–]\\s*${D}\\s+(${M})${Y}`, "g"),
    build: (m) => days(m[3], m[1], m[4], m[3], m[2], m[4]),
  },
  {
    // between January and March / from January to March 2025
    re: new RegExp(`\\b(?:between|from)\\s+(${M})${Y}${TO}(${M})${Y}`, "g"),
    build: (m) => months(m[1], m[2] ?? m[4], m[3], m[4]),
  },
];

function days(
  m1: string | undefined,
  d1: string | undefined,
  y1: string | undefined,
  m2: string | undefined,
  d2: string | undefined,
  y2: string | undefined,
): [CalendarPoint, CalendarPoint] | null {
  const from = point(m1, d1, y1);
  const to = point(m2, d2, y2);
  return from && to ? [from, to] : null;
}

const FULL_MONTH =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

function months(
  m1: string | undefined,
  y1: string | undefined,
  m2: string | undefined,
  y2: string | undefined,
): [CalendarPoint, CalendarPoint] | null {
  // Abbreviations alone ("Jan", "Mar") are too often names; month ranges need full names.
  if (!FULL_MONTH.test(m1 ?? "") || !FULL_MONTH.test(m2 ?? "")) return null;
  const from = point(m1, undefined, y1);
  const to = point(m2, undefined, y2);
  return from && to ? [from, to] : null;
}

function point(
  monthWord: string | undefined,
  day: string | undefined,
  year: string | undefined,
): CalendarPoint | null {
  const month = monthWord ? monthNumber(monthWord) : null;
  if (month === null) return null;
  const p: CalendarPoint = { month };
  if (day !== undefined) {
    const d = Number(day);
    if (d < 1 || d > 31) return null;
    p.day = d;
  }
  if (year !== undefined) p.year = Number(year);
  return p;
}

export function findDateRanges(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const { re, build } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const points = build(m as RegExpExecArray);
      if (!points) continue;
      const [from, to] = points;
      // "between … and …" stays in the span: without it the text would not read as a range.
      const matched = m[0].replace(/[\s,]+$/, "");
      out.push({
        start: m.index,
        end: m.index + matched.length,
        what: { kind: "calendar", from, to },
      });
    }
  }
  return out;
}
