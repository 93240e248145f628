/**
 * What the build computes per sentence and a question would otherwise compute again on first
 * sight: each sentence's dates (finding them is most of the cost of reading a passage). Kept as
 * flat typed arrays, saved in the index file and read on demand, so a question seen for the
 * first time costs about what a repeat costs.
 */

/** The dates of one sentence: the calendar words they resolve to, and where they are written. */
export interface SentenceDates {
  words: Array<{ stem: string; start: number }>;
  spans: Array<{ start: number; end: number }>;
}

/**
 * One build run's sentence dates as plain arrays (a build thread sends them back as they are).
 * Sentences are numbered article by article, passage by passage.
 */
export interface DatesRun {
  sentencesPerArticle: number[];
  wordCounts: number[];
  wordStems: string[];
  wordStarts: number[];
  spanCounts: number[];
  spanBounds: number[];
}

export function emptyDatesRun(): DatesRun {
  return {
    sentencesPerArticle: [],
    wordCounts: [],
    wordStems: [],
    wordStarts: [],
    spanCounts: [],
    spanBounds: [],
  };
}

/** Notes the next sentence's dates (sentences in order; articles opened by `startArticle`). */
export function addSentenceDates(run: DatesRun, dates: SentenceDates): void {
  const last = run.sentencesPerArticle.length - 1;
  run.sentencesPerArticle[last] = (run.sentencesPerArticle[last] ?? 0) + 1;
  run.wordCounts.push(dates.words.length);
  for (const w of dates.words) {
    run.wordStems.push(w.stem);
    run.wordStarts.push(w.start);
  }
  run.spanCounts.push(dates.spans.length);
  for (const s of dates.spans) run.spanBounds.push(s.start, s.end);
}

export function startArticle(run: DatesRun): void {
  run.sentencesPerArticle.push(0);
}

/** Everything stored, as saved in the index file. */
export interface StoredAnalysis {
  /** The distinct calendar stems dates resolve to ("2025", "april", "thursday"). */
  dateStems: string[];
  /** Per article, its first sentence number (one more entry than there are articles). */
  sentenceStart: Uint32Array;
  /** Per sentence, its first entry in dateWords (pairs); one more than there are sentences. */
  dateWordStart: Uint32Array;
  /** [stem number in dateStems, start offset in the sentence] pairs. */
  dateWords: Uint32Array;
  spanStart: Uint32Array;
  /** [start, end] pairs, offsets in the sentence. */
  spans: Uint32Array;
}

const prefix = (counts: number[]): Uint32Array => {
  const out = new Uint32Array(counts.length + 1);
  counts.forEach((c, i) => (out[i + 1] = out[i]! + c));
  return out;
};

/** Joins runs, in corpus order. */
export function storeAnalysis(runs: DatesRun[]): StoredAnalysis {
  const stemIds = new Map<string, number>();
  const dateStems: string[] = [];
  const dateWords: number[] = [];
  const spans: number[] = [];
  const sentencesPerArticle: number[] = [];
  const wordCounts: number[] = [];
  const spanCounts: number[] = [];
  for (const run of runs) {
    // Loops, not push(...list): a run of 100,000 sentences would overflow the call stack.
    for (const n of run.sentencesPerArticle) sentencesPerArticle.push(n);
    for (const n of run.wordCounts) wordCounts.push(n);
    for (const n of run.spanCounts) spanCounts.push(n);
    run.wordStems.forEach((stem, i) => {
      let id = stemIds.get(stem);
      if (id === undefined) {
        id = dateStems.length;
        stemIds.set(stem, id);
        dateStems.push(stem);
      }
      dateWords.push(id, run.wordStarts[i]!);
    });
    for (const b of run.spanBounds) spans.push(b);
  }
  return {
    dateStems,
    sentenceStart: prefix(sentencesPerArticle),
    dateWordStart: prefix(wordCounts).map((n) => 2 * n),
    dateWords: Uint32Array.from(dateWords),
    spanStart: prefix(spanCounts).map((n) => 2 * n),
    spans: Uint32Array.from(spans),
  };
}

/** The dates of sentence `position` of article `article`, or undefined when not stored. */
export function storedDates(
  stored: StoredAnalysis,
  article: number,
  position: number,
): SentenceDates | undefined {
  const first = stored.sentenceStart[article];
  const end = stored.sentenceStart[article + 1];
  if (first === undefined || end === undefined || first + position >= end) return undefined;
  const s = first + position;
  const words: SentenceDates["words"] = [];
  for (let i = stored.dateWordStart[s]!; i < stored.dateWordStart[s + 1]!; i += 2) {
    words.push({ stem: stored.dateStems[stored.dateWords[i]!]!, start: stored.dateWords[i + 1]! });
  }
  const spans: SentenceDates["spans"] = [];
  for (let i = stored.spanStart[s]!; i < stored.spanStart[s + 1]!; i += 2) {
    spans.push({ start: stored.spans[i]!, end: stored.spans[i + 1]! });
  }
  return { words, spans };
}

/** The arrays of StoredAnalysis that are saved as sections. */
const ARRAYS = ["sentenceStart", "dateWordStart", "dateWords", "spanStart", "spans"] as const;

/** The typed arrays to save, by section name (their header part is `dateStems`). */
export function analysisSections(stored: StoredAnalysis): Record<string, Uint32Array> {
  return Object.fromEntries(ARRAYS.map((name) => [`analysis.${name}`, stored[name]]));
}

/** The stored analysis from a file's sections; throws when one is missing or out of shape. */
export function analysisFromSections(
  dateStems: string[],
  section: (name: string) => unknown,
): StoredAnalysis {
  const arrays = Object.fromEntries(
    ARRAYS.map((name) => {
      const s = section(`analysis.${name}`);
      if (!(s instanceof Uint32Array)) throw new Error(`index file has no analysis.${name}`);
      return [name, s];
    }),
  ) as Record<(typeof ARRAYS)[number], Uint32Array>;
  const sentences = arrays.sentenceStart[arrays.sentenceStart.length - 1] ?? 0;
  if (
    arrays.dateWordStart.length !== sentences + 1 ||
    arrays.spanStart.length !== sentences + 1 ||
    arrays.dateWordStart[sentences] !== arrays.dateWords.length ||
    arrays.spanStart[sentences] !== arrays.spans.length
  ) {
    throw new Error("stored analysis does not fit together");
  }
  return { dateStems, ...arrays };
}
