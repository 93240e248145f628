import type { DatePrecision } from "../dates/types.js";
import type { SentenceStems } from "./types.js";

/**
 * What the build computes per sentence and a question would otherwise compute again on first
 * sight: each sentence's dates (finding them is most of the cost of reading a passage) and the
 * stems reranking compares with the question (tokenising a hundred pooled passages was the
 * largest part of a first sighting). Kept as flat typed arrays, saved in the index file and
 * read on demand, so a question seen for the first time costs about what a repeat costs.
 */

/** What a date in a sentence resolves to (see TimeMention). */
export interface ResolvedDate {
  date: string;
  dateEnd?: string;
  precision: DatePrecision;
}

/**
 * The dates of one sentence: the calendar words they resolve to, where they are written, and
 * what each written one resolves to (`dates[i]` is the date written at `spans[i]`).
 */
export interface SentenceDates {
  words: Array<{ stem: string; start: number }>;
  spans: Array<{ start: number; end: number }>;
  dates: ResolvedDate[];
}

const PRECISIONS: readonly DatePrecision[] = ["day", "month", "year"];

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
  /** Date strings of the run ("2025-02-27", "2024-11"), each once; ids below are places here. */
  dateTable: string[];
  dateIds: Map<string, number>;
  /** Per span: [date id, date-end id + 1 or 0, precision]. */
  spanDates: number[];
  /** Per sentence, how many entries of sentenceStems it has. */
  stemCounts: number[];
  /**
   * Per sentence, its dated stems then its other words: (id in stemTable) × 2 + dated; the
   * first `sentenceStemCount` entries are used. Millions of entries at 200,000 passages: a
   * typed array, moved rather than copied from a build thread, not an array of numbers.
   */
  sentenceStems: Uint32Array;
  sentenceStemCount: number;
  stemTable: string[];
  stemIds: Map<string, number>;
  /** Per passage (document), its sentence count. */
  passageSizes: number[];
}

export function emptyDatesRun(): DatesRun {
  return {
    sentencesPerArticle: [],
    wordCounts: [],
    wordStems: [],
    wordStarts: [],
    spanCounts: [],
    spanBounds: [],
    dateTable: [],
    dateIds: new Map(),
    spanDates: [],
    stemCounts: [],
    sentenceStems: new Uint32Array(1024),
    sentenceStemCount: 0,
    stemTable: [],
    stemIds: new Map(),
    passageSizes: [],
  };
}

/** The index of `key` in `table`, added at the end the first time it is seen. */
function intern(ids: Map<string, number>, table: string[], key: string): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = table.length;
    ids.set(key, id);
    table.push(key);
  }
  return id;
}

function dateId(run: DatesRun, date: string): number {
  return intern(run.dateIds, run.dateTable, date);
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
  dates.spans.forEach((s, i) => {
    run.spanBounds.push(s.start, s.end);
    const d = dates.dates[i]!;
    run.spanDates.push(
      dateId(run, d.date),
      d.dateEnd === undefined ? 0 : dateId(run, d.dateEnd) + 1,
      PRECISIONS.indexOf(d.precision),
    );
  });
}

export function startArticle(run: DatesRun): void {
  run.sentencesPerArticle.push(0);
}

function stemId(run: DatesRun, stem: string): number {
  return intern(run.stemIds, run.stemTable, stem);
}

/**
 * Notes the stems of the passage's sentences, in order (after their dates: `addSentenceDates`
 * numbers the sentences). The sets are saved in their own order, so reading them back gives
 * sets that iterate as the originals do.
 */
export function addPassageStems(run: DatesRun, sentences: readonly SentenceStems[]): void {
  run.passageSizes.push(sentences.length);
  for (const { words, dated } of sentences) {
    const size = words.size + dated.size;
    run.stemCounts.push(size);
    if (run.sentenceStemCount + size > run.sentenceStems.length) {
      const grown = new Uint32Array(2 * (run.sentenceStemCount + size));
      grown.set(run.sentenceStems.subarray(0, run.sentenceStemCount));
      run.sentenceStems = grown;
    }
    const out = run.sentenceStems;
    let at = run.sentenceStemCount;
    for (const stem of dated) out[at++] = 2 * stemId(run, stem) + 1;
    for (const stem of words) out[at++] = 2 * stemId(run, stem);
    run.sentenceStemCount = at;
  }
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
  /** The date strings spans resolve to, each once. */
  dateStrings: string[];
  /** Per span: [date in dateStrings, date end there + 1 or 0, precision (day, month, year)]. */
  spanDates: Uint32Array;
  /** The distinct stems of sentenceStems. */
  stemTable: string[];
  /** Per sentence, its first entry in sentenceStems; one more than there are sentences. */
  stemStart: Uint32Array;
  /** (stem number in stemTable) × 2 + 1 when the stem is dated (see SentenceStems). */
  sentenceStems: Uint32Array;
  /** Per document (passage, in corpus order), its first sentence; one more than documents. */
  documentSentences: Uint32Array;
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
  const dateIds = new Map<string, number>();
  const dateStrings: string[] = [];
  const spanDates: number[] = [];
  const globalDate = (date: string): number => {
    let id = dateIds.get(date);
    if (id === undefined) {
      id = dateStrings.length;
      dateIds.set(date, id);
      dateStrings.push(date);
    }
    return id;
  };
  const sentencesPerArticle: number[] = [];
  const wordCounts: number[] = [];
  const spanCounts: number[] = [];
  const stemCounts: number[] = [];
  const passageSizes: number[] = [];
  const tableIds = new Map<string, number>();
  const stemTable: string[] = [];
  // Millions of entries at 200,000 passages: written straight into their typed array.
  const sentenceStems = new Uint32Array(runs.reduce((n, r) => n + r.sentenceStemCount, 0));
  let stemAt = 0;
  for (const run of runs) {
    // Loops, not push(...list): a run of 100,000 sentences would overflow the call stack.
    for (const n of run.sentencesPerArticle) sentencesPerArticle.push(n);
    for (const n of run.wordCounts) wordCounts.push(n);
    for (const n of run.spanCounts) spanCounts.push(n);
    for (const n of run.stemCounts) stemCounts.push(n);
    for (const n of run.passageSizes) passageSizes.push(n);
    const global = run.stemTable.map((stem) => {
      let id = tableIds.get(stem);
      if (id === undefined) {
        id = stemTable.length;
        tableIds.set(stem, id);
        stemTable.push(stem);
      }
      return id;
    });
    const entries = run.sentenceStems;
    for (let i = 0; i < run.sentenceStemCount; i++) {
      const e = entries[i]!;
      sentenceStems[stemAt++] = 2 * global[e >>> 1]! + (e & 1);
    }
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
    // Ids in order of first use, across runs as within one: the same table whatever the split.
    for (let i = 0; i < run.spanDates.length; i += 3) {
      const end = run.spanDates[i + 1]!;
      spanDates.push(
        globalDate(run.dateTable[run.spanDates[i]!]!),
        end === 0 ? 0 : globalDate(run.dateTable[end - 1]!) + 1,
        run.spanDates[i + 2]!,
      );
    }
  }
  return {
    dateStems,
    sentenceStart: prefix(sentencesPerArticle),
    dateWordStart: prefix(wordCounts).map((n) => 2 * n),
    dateWords: Uint32Array.from(dateWords),
    spanStart: prefix(spanCounts).map((n) => 2 * n),
    spans: Uint32Array.from(spans),
    dateStrings,
    spanDates: Uint32Array.from(spanDates),
    stemTable,
    stemStart: prefix(stemCounts),
    sentenceStems,
    documentSentences: prefix(passageSizes),
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
  const dates: ResolvedDate[] = [];
  for (let i = stored.spanStart[s]!; i < stored.spanStart[s + 1]!; i += 2) {
    spans.push({ start: stored.spans[i]!, end: stored.spans[i + 1]! });
    const at = (i / 2) * 3;
    const end = stored.spanDates[at + 1]!;
    const date: ResolvedDate = {
      date: stored.dateStrings[stored.spanDates[at]!]!,
      precision: PRECISIONS[stored.spanDates[at + 2]!]!,
    };
    if (end > 0) date.dateEnd = stored.dateStrings[end - 1]!;
    dates.push(date);
  }
  return { words, spans, dates };
}

/** The stems of sentences [first, end) (numbered across the corpus), as the build noted them. */
export function storedSentenceStems(
  stored: StoredAnalysis,
  first: number,
  end: number,
): SentenceStems[] {
  const { stemStart, sentenceStems, stemTable } = stored;
  const out: SentenceStems[] = [];
  for (let s = first; s < end; s++) {
    const words = new Set<string>();
    const dated = new Set<string>();
    for (let i = stemStart[s]!; i < stemStart[s + 1]!; i++) {
      const e = sentenceStems[i]!;
      (e & 1 ? dated : words).add(stemTable[e >>> 1]!);
    }
    out.push({ words, dated });
  }
  return out;
}

/** The arrays of StoredAnalysis that are saved as sections. */
const ARRAYS = [
  "sentenceStart",
  "dateWordStart",
  "dateWords",
  "spanStart",
  "spans",
  "spanDates",
  "stemStart",
  "sentenceStems",
  "documentSentences",
] as const;

/** The typed arrays to save, by section name (their header part: `dateStems`, `dateStrings`). */
export function analysisSections(stored: StoredAnalysis): Record<string, Uint32Array> {
  return Object.fromEntries(ARRAYS.map((name) => [`analysis.${name}`, stored[name]]));
}

/** A plain loop: millions of entries, checked at every start. */
function largest(values: Uint32Array): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > max) max = values[i]!;
  return max;
}

/** The stored analysis from a file's sections; throws when one is missing or out of shape. */
export function analysisFromSections(
  dateStems: string[],
  dateStrings: string[],
  stemTable: string[],
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
    arrays.spanStart[sentences] !== arrays.spans.length ||
    arrays.spanDates.length !== (arrays.spans.length / 2) * 3 ||
    arrays.stemStart.length !== sentences + 1 ||
    arrays.stemStart[sentences] !== arrays.sentenceStems.length ||
    arrays.documentSentences[arrays.documentSentences.length - 1] !== sentences ||
    (arrays.sentenceStems.length > 0 && largest(arrays.sentenceStems) >>> 1 >= stemTable.length) ||
    arrays.spanDates.some((d, i) =>
      i % 3 === 2
        ? d >= PRECISIONS.length
        : d > dateStrings.length || (i % 3 === 0 && d === dateStrings.length),
    )
  ) {
    throw new Error("stored analysis does not fit together");
  }
  return { dateStems, dateStrings, stemTable, ...arrays };
}
