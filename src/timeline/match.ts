import Fuse from "fuse.js";
import { isStopword, words, wordTexts } from "./words.js";

/**
 * Fuzzy matching of a free-text topic ("ferries", "property", "Petrovskiy") against texts, word by
 * word: each word of the topic must match a word of the text closely ("property" ~ "properties",
 * "Petrovskiy" ~ "Petrovsky"). Matching whole words rather than the whole text keeps "ferries" from
 * matching a sentence merely because it is long.
 *
 * Built once over the texts: each distinct word lists the texts holding it, and the words are
 * filed by length, so a topic is compared only with the words it could match, and the texts are
 * found through their words rather than read again.
 */

/** Fuse's scale: 0 is exact, 1 matches anything. 0.3 admits a letter or two in a name. */
const FUZZY_THRESHOLD = 0.3;
/** Words this short are matched exactly: fuzzing "US" would match half the corpus. */
const EXACT_BELOW = 4;
/** Fuse matches patterns longer than this piece by piece; the letter count below assumes one piece. */
const FUSE_MAX_BITS = 32;

const FUSE_OPTIONS = {
  threshold: FUZZY_THRESHOLD,
  ignoreLocation: true,
  ignoreDiacritics: true,
  includeScore: true,
};

/** A close word must also be of a similar length: "flight" should not match "flightless". */
function lengthSlack(query: string): number {
  return Math.max(2, Math.floor(query.length / 3));
}

const LETTERS = 36;

/**
 * Adds the letter counts of a word of plain a–z and 0–9 into counts at offset; false when it has
 * other characters (accents, which Fuse folds), whose counts say nothing.
 */
function countLetters(word: string, counts: Uint8Array, offset: number): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const slot = c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? 26 + c - 48 : -1;
    if (slot < 0) return false;
    const at = offset + slot;
    counts[at] = Math.min(255, counts[at]! + 1);
  }
  return true;
}

/** Distinct words of one length, with their letter counts side by side (LETTERS per word). */
interface LengthBucket {
  words: string[];
  counts: Uint8Array;
  /** Whether the counts of each word are usable (only a–z and 0–9 in it). */
  plain: boolean[];
}

/**
 * Whether a word can be within Fuse's threshold of the query. Each letter of the query missing
 * from the word costs at least one edit, and Fuse scores a match (ignoring location) by edits
 * over the query's length; a word missing too many letters cannot match, whatever Fuse finds.
 */
function mayBeClose(
  query: Uint8Array,
  queryLength: number,
  counts: Uint8Array,
  offset: number,
): boolean {
  let missing = 0;
  for (let i = 0; i < LETTERS; i++) {
    const lack = query[i]! - counts[offset + i]!;
    if (lack > 0) missing += lack;
  }
  return missing / queryLength <= FUZZY_THRESHOLD;
}

export class TopicMatcher {
  /** Distinct word → indexes of the texts holding it, ascending. */
  private readonly postings = new Map<string, number[]>();
  /** Distinct words by length (UTF-16 units). */
  private readonly byLength = new Map<number, LengthBucket>();
  private count = 0;

  constructor(texts: readonly string[]) {
    const byLength = new Map<number, string[]>();
    for (const text of texts) this.add(text, byLength);
    this.file(byLength);
  }

  /**
   * The same matcher, built a text at a time, awaiting `pause()` after each: a caller that
   * must keep its event loop free (a reload) yields from it when a slice of time is used up.
   */
  static async inSteps(
    texts: readonly string[],
    pause: () => Promise<void>,
  ): Promise<TopicMatcher> {
    const matcher = new TopicMatcher([]);
    const byLength = new Map<number, string[]>();
    for (const text of texts) {
      matcher.add(text, byLength);
      await pause();
    }
    for (const entry of byLength) {
      matcher.file(new Map([entry]));
      await pause();
    }
    return matcher;
  }

  private add(text: string, byLength: Map<number, string[]>): void {
    const i = this.count++;
    for (const w of new Set(wordTexts(text).map(normalise))) {
      const list = this.postings.get(w);
      if (list) list.push(i);
      else {
        this.postings.set(w, [i]);
        const sameLength = byLength.get(w.length);
        if (sameLength) sameLength.push(w);
        else byLength.set(w.length, [w]);
      }
    }
  }

  private file(byLength: Map<number, string[]>): void {
    for (const [length, list] of byLength) {
      const counts = new Uint8Array(list.length * LETTERS);
      const plain = list.map((w, k) => countLetters(w, counts, k * LETTERS));
      this.byLength.set(length, { words: list, counts, plain });
    }
  }

  /** Indexes of the texts that the topic matches: every topic word close to one of theirs. */
  matching(topic: string): number[] {
    const queryWords = words(topic)
      .map((w) => normalise(w.text))
      .filter((w) => w.length > 0 && !isStopword(w));
    if (queryWords.length === 0) return [];
    let hits: Uint8Array | null = null;
    for (const q of queryWords) {
      const found = new Uint8Array(this.count);
      for (const word of this.closeWords(q)) {
        for (const i of this.postings.get(word) ?? []) found[i] = 1;
      }
      if (hits) for (let i = 0; i < this.count; i++) hits[i]! &= found[i]!;
      else hits = found;
    }
    const out: number[] = [];
    for (let i = 0; i < this.count; i++) if (hits![i]) out.push(i);
    return out;
  }

  /** The words of the texts close enough to a query word to stand for it. */
  closeWords(query: string): string[] {
    if (query.length < EXACT_BELOW) return this.postings.has(query) ? [query] : [];
    const slack = lengthSlack(query);
    const counts = new Uint8Array(LETTERS);
    // Fuse matches a longer pattern piece by piece: there the letter count proves nothing.
    const countable = query.length <= FUSE_MAX_BITS && countLetters(query, counts, 0);
    const candidates: string[] = [];
    for (let n = query.length - slack; n <= query.length + slack; n++) {
      const bucket = this.byLength.get(n);
      if (!bucket) continue;
      bucket.words.forEach((w, k) => {
        if (
          !countable ||
          !bucket.plain[k] ||
          mayBeClose(counts, query.length, bucket.counts, k * LETTERS)
        ) {
          candidates.push(w);
        }
      });
    }
    if (candidates.length === 0) return [];
    // Fuse judges each word on its own, so asking it about the likely words only gives the
    // same answer as asking it about every word.
    return new Fuse(candidates, FUSE_OPTIONS).search(query).map((r) => r.item);
  }
}

function normalise(word: string): string {
  return word
    .toLowerCase()
    .replace(/['’]s$/, "")
    .replace(/\./g, "");
}
