import { parseDay, type Day } from "./calendar.js";
import { mayNameMonth, type Candidate } from "./candidate.js";
import { findAbsoluteDates } from "./absolute.js";
import { place } from "./place.js";
import { findDateRanges } from "./ranges.js";
import { findRelativeDates, mayBeRelative } from "./relative.js";
import { tenseAround } from "./tense.js";
import type { AnalysedMention, TimeMention } from "./types.js";
import { findVagueTimeExpressions } from "./vague.js";
import { findYears, mayHoldYear } from "./years.js";

export type { AnalysedMention, Tense, TimeMention, VagueTimeMention } from "./types.js";
export { findVagueTimeExpressions } from "./vague.js";

interface Span {
  start: number;
  end: number;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * Several parsers see the same words ("between 2016 and 2018" holds two single years; "February
 * 28, 2025" holds a year): the longest reading wins, and a vague phrase ("over the last year")
 * beats the date inside it, because the whole phrase is what the writer meant.
 */
function pickLongest(candidates: Candidate[], vague: Span[]): Candidate[] {
  const all: Array<{ span: Span; candidate: Candidate | null }> = [
    ...candidates.map((c) => ({ span: c, candidate: c })),
    ...vague.map((v) => ({ span: v, candidate: null })),
  ];
  all.sort(
    (a, b) =>
      b.span.end - b.span.start - (a.span.end - a.span.start) || a.span.start - b.span.start,
  );
  const kept: Array<{ span: Span; candidate: Candidate | null }> = [];
  for (const entry of all) {
    if (!kept.some((k) => overlaps(k.span, entry.span))) kept.push(entry);
  }
  return kept.flatMap((k) => (k.candidate ? [k.candidate] : [])).sort((a, b) => a.start - b.start);
}

/**
 * Time expressions in text, each with the tense of its surroundings, placed on the calendar
 * against referenceDate (the article's publication date, YYYY-MM-DD). With an empty or malformed
 * reference only expressions that carry their own year are returned: nothing else can be placed
 * honestly.
 */
export function analyseTimeExpressions(text: string, referenceDate: string): AnalysedMention[] {
  const ref: Day | null = parseDay(referenceDate);
  // Most sentences hold no date: a parser is only run where the words it needs appear, and
  // vague phrases are only looked for when there is a date they could swallow.
  const months = mayNameMonth(text);
  const found = [
    ...(months ? findDateRanges(text) : []),
    ...(months ? findAbsoluteDates(text) : []),
    ...(mayHoldYear(text) ? findYears(text) : []),
    ...(mayBeRelative(text) ? findRelativeDates(text) : []),
  ];
  if (found.length === 0) return [];
  const candidates = pickLongest(found, findVagueTimeExpressions(text));
  const out: AnalysedMention[] = [];
  for (const c of candidates) {
    const tense = tenseAround(text, c.start, c.end);
    const placed = ref ? place(c.what, ref, tense) : placeWithoutReference(c);
    if (!placed) continue;
    out.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), ...placed, tense });
  }
  return out;
}

function placeWithoutReference(c: Candidate): ReturnType<typeof place> {
  const w = c.what;
  if (w.kind === "year") return place(w, { year: w.year, month: 1, day: 1 }, "unknown");
  if (
    w.kind === "calendar" &&
    w.from.year !== undefined &&
    (w.to === undefined || w.to.year !== undefined)
  ) {
    return place(w, { year: w.from.year, month: 1, day: 1 }, "unknown");
  }
  return null;
}

/**
 * Time expressions in text resolved against referenceDate (YYYY-MM-DD), never more precise than
 * written: "February 27" → 2025-02-27 (day), "in November" → 2024-11 (month), "in 2016" → 2016
 * (year), "between 2016 and 2018" → 2016…2018 (year), "last week" → its Monday…Sunday (day).
 * Vague phrases ("in the coming days", "in recent years") yield nothing; see
 * findVagueTimeExpressions.
 */
export function findTimeExpressions(text: string, referenceDate: string): TimeMention[] {
  return analyseTimeExpressions(text, referenceDate).map(
    ({ tense: _tense, ...mention }) => mention,
  );
}
