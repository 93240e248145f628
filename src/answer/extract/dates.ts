import { monthName, weekdayName } from "../../dates/names.js";
import type { TimeMention } from "../../dates/resolve.js";
import { MONTH_NAME_SOURCE } from "../../dates/candidate.js";
import type { IndexedSentence } from "../../search/types.js";
import type { Candidate } from "./candidate.js";

/** "2025-02-27" → "Thursday, February 27, 2025"; "2024-11" → "November 2024"; "2016" → "2016". */
export function formatDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  if (y === undefined || Number.isNaN(y)) return date;
  if (m === undefined) return String(y);
  const month = monthName(m) ?? String(m);
  if (d === undefined) return `${month} ${y}`;
  return `${weekdayName(y, m, d)}, ${month} ${d}, ${y}`;
}

/** A date as the answer shows it: resolved, at the precision the text gives, ranges spelt out. */
export function formatMention(m: Pick<TimeMention, "date" | "dateEnd">): string {
  if (!m.dateEnd || m.dateEnd === m.date) return formatDate(m.date);
  return `between ${formatDate(m.date)} and ${formatDate(m.dateEnd)}`;
}

/**
 * Dates in a sentence, each resolved against its article's publication date, so "held talks
 * Thursday" in an article of 2025-02-28 answers "Thursday, February 27, 2025".
 */
const cache = new WeakMap<IndexedSentence, Candidate[]>();

export function dateCandidates(entry: IndexedSentence): Candidate[] {
  // Parsing dates is the slowest step of answering; a sentence's dates never change.
  let found = cache.get(entry);
  if (!found) {
    found = resolveDates(entry);
    cache.set(entry, found);
  }
  return found.map((c) => ({ ...c }));
}

/**
 * Times the text gives without a date: "in the near term", "in the coming weeks", "soon".
 * They answer "when will…" as the articles put it, no more exactly.
 */
const VAGUE_TIME =
  /\b(?:in the (?:near|short|medium|long)[ -]term|in the (?:coming|next(?: few)?) (?:days|weeks|months|years)|in due course|at a later date|(?:very |fairly )?soon(?!\s+(?:after|before)\b))\b/giu;

export function vagueTimeCandidates(entry: IndexedSentence): Candidate[] {
  return [...entry.sentence.text.matchAll(VAGUE_TIME)].map((m) => ({
    text: m[0],
    display: m[0],
    start: m.index,
    end: m.index + m[0].length,
    key: `vague:${m[0].toLowerCase()}`,
  }));
}

/**
 * A date the article gives only relative to its own ("last week", "late Thursday"): the
 * reader sees the day it works out to and the words it was worked out from.
 */
const MONTH = new RegExp(MONTH_NAME_SOURCE, "iu");

function withWords(resolved: string, written: string): string {
  const words = written.trim();
  const relative = !/\d/u.test(words) && !MONTH.test(words);
  // A bare weekday ("Thursday") is already the first word of the day it works out to.
  const shown = resolved.toLowerCase().includes(words.toLowerCase());
  return relative && !shown ? `${resolved} (the article says "${words}")` : resolved;
}

function resolveDates(entry: IndexedSentence): Candidate[] {
  // Found when the sentence was indexed (or stored by the build): no parsing here.
  return entry.timeMentions.map((m) => ({
    text: m.text,
    // "late Thursday": the words before a day that the date does not hold, shown with it.
    display: withWords(
      formatMention(m),
      (/\b(?:late|early)\s+$/iu.exec(entry.sentence.text.slice(0, m.start))?.[0] ?? "") + m.text,
    ),
    start: m.start,
    end: m.end,
    key: `date:${m.date}:${m.dateEnd ?? ""}`,
    date: m.dateEnd ?? m.date,
  }));
}
