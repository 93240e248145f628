/**
 * The one-line summary of an event is quoted from the article: the whole sentence when it is
 * short and about this event only, otherwise the clause around the date, marked with "…" where
 * it was cut so that a reader never mistakes a fragment for the whole sentence.
 */

export const SUMMARY_MAX_CHARS = 280;
const CLAUSE_MIN_CHARS = 50;

/** Clause boundaries: commas, semicolons and dashes. */
const BOUNDARY = /,\s+|;\s+|\s[–—-]\s/g;

interface Segment {
  start: number;
  end: number;
}

/** Clauses of a sentence; a boundary inside a kept span ("Jan. 15, 2024") is not one. */
function segments(sentence: string, keepWhole: Segment[]): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  for (const m of sentence.matchAll(BOUNDARY)) {
    if (keepWhole.some((k) => m.index >= k.start && m.index < k.end)) continue;
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: sentence.length });
  return out.filter((s) => s.end > s.start);
}

/**
 * Summary of the event dated at sentence[start, end). `others` are the spans of other dated
 * events in the same sentence: the summary is cut so that it does not run into them.
 * `keepWhole` are spans never cut inside (the time expressions of the sentence).
 */
export function summarise(
  sentence: string,
  start: number,
  end: number,
  others: Segment[] = [],
  keepWhole: Segment[] = [],
): string {
  // A sentence short enough to read in one line is quoted whole, even when it dates two
  // things: the date column tells them apart, and a fragment would lose the subject.
  if (sentence.length <= SUMMARY_MAX_CHARS) return sentence;
  const segs = segments(sentence, keepWhole);
  let lo = segs.findIndex((s) => s.end >= start);
  if (lo < 0) lo = segs.length - 1;
  let hi = lo;
  while (segs[hi] && segs[hi]!.end < end && hi < segs.length - 1) hi++;
  const span = (): number => segs[hi]!.end - segs[lo]!.start;
  const blocked = (s: Segment | undefined): boolean =>
    !s || others.some((o) => o.start < s.end && s.start < o.end);
  // Grow towards the right first: English clauses put the verb's objects after it.
  while (span() < CLAUSE_MIN_CHARS) {
    const right = segs[hi + 1];
    const left = segs[lo - 1];
    if (!blocked(right) && right!.end - segs[lo]!.start <= SUMMARY_MAX_CHARS) hi++;
    else if (!blocked(left) && segs[hi]!.end - left!.start <= SUMMARY_MAX_CHARS) lo--;
    else if (!blocked(right)) {
      hi++; // too long to take whole: it is cut at a word below
      break;
    } else break;
  }
  const from = segs[lo]!.start;
  let to = segs[hi]!.end;
  if (to - from > SUMMARY_MAX_CHARS) to = cutAtWord(sentence, from, from + SUMMARY_MAX_CHARS);
  const text = sentence.slice(from, to).replace(/[\s,;:]+$/, "");
  const cutBefore = from > 0;
  const cutAfter = from + text.length < sentence.replace(/[\s.!?"”’]+$/, "").length;
  return `${cutBefore ? "…" : ""}${text}${cutAfter ? "…" : ""}`;
}

function cutAtWord(text: string, from: number, limit: number): number {
  const space = text.lastIndexOf(" ", limit);
  return space > from ? space : limit;
}
