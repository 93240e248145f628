import { WEEKDAYS, type Candidate } from "./candidate.js";
import { lookupTable } from "../lexicon/lookupTable.js";
import { CARDINALS } from "../lexicon/numberWords.js";

/**
 * Expressions measured from the day of writing: "yesterday", "last month", "two days ago",
 * weekdays ("held talks Thursday"). Placed in place.ts against the publication date.
 */

/** "a week ago" counts one, like "one week ago". */
const NUMBER_WORDS = lookupTable<number>({ a: 1, an: 1, ...CARDINALS });

type Unit = "day" | "week" | "month" | "year";

const DAY_WORDS: Array<[RegExp, number]> = [
  [/\bthe\s+day\s+before\s+yesterday\b/gi, -2],
  [/\bthe\s+day\s+after\s+tomorrow\b/gi, 2],
  [/\byesterday\b/gi, -1],
  [/\btoday\b/gi, 0],
  [/\btonight\b/gi, 0],
  [/\bthis\s+(?:morning|afternoon|evening)\b/gi, 0],
  [/\btomorrow\b/gi, 1],
];

/**
 * "last month", "earlier this year", "next week". Not after "the": "the last year" is the past
 * twelve months, a stretch rather than a calendar year (vague.ts keeps those).
 */
const SHIFTED_UNIT =
  /(?<!\bthe\s)\b(?:(last|next)|(?:(earlier|later)\s+)?(this))\s+(week|month|year)\b/gi;

/** "two days ago", "3 months ago"; approximate counts ("about three") are left to vague.ts. */
const AGO =
  /(?<!\b(?:about|some|nearly|almost|roughly|around|over|than|to)\s)\b(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(day|week|month|year)s?\s+ago\b/gi;

/** Weekdays are capitalised in English prose; plurals ("on Mondays") describe habits, not days. */
const WEEKDAY =
  /\b(?:(last|next|this)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?!s\b)\b/g;

/**
 * Whether text could hold an expression findRelativeDates reads: each holds one of these words
 * ("yesterday" and the weekdays end in "day", "ago" follows a unit). Loose, never too strict.
 */
export function mayBeRelative(text: string): boolean {
  return /day|tonight|tomorrow|morning|afternoon|evening|week|month|year/i.test(text);
}

export function findRelativeDates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const [re, offset] of DAY_WORDS) {
    for (const m of text.matchAll(re)) {
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        what: { kind: "relative", unit: "day", offset },
      });
    }
  }
  for (const m of text.matchAll(SHIFTED_UNIT)) {
    const offset = m[1]?.toLowerCase() === "last" ? -1 : m[1]?.toLowerCase() === "next" ? 1 : 0;
    const unit = (m[4] ?? "").toLowerCase() as Unit;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      what: { kind: "relative", unit, offset },
    });
  }
  for (const m of text.matchAll(AGO)) {
    const count = m[1] ?? "";
    const n = /^\d+$/.test(count) ? Number(count) : (NUMBER_WORDS[count.toLowerCase()] ?? 0);
    if (n <= 0) continue;
    const unit = (m[2] ?? "").toLowerCase() as Unit;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      what: { kind: "relative", unit, offset: -n },
    });
  }
  for (const m of text.matchAll(WEEKDAY)) {
    const modifier = (m[1]?.toLowerCase() ?? null) as "last" | "next" | "this" | null;
    const weekday = WEEKDAYS.indexOf((m[2] ?? "").toLowerCase() as (typeof WEEKDAYS)[number]);
    if (weekday < 0) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      what: { kind: "weekday", weekday, modifier },
    });
  }
  return out;
}
