import Fuse from "fuse.js";
import { isStopword, words } from "./words.js";

/**
 * Fuzzy matching of a free-text topic ("flights", "property", "Darchiyev") against texts, word by
 * word: each word of the topic must match a word of the text closely ("property" ~ "properties",
 * "Darchiyev" ~ "Darchiev"). Matching whole words rather than the whole text keeps "flights" from
 * matching a sentence merely because it is long.
 */

/** Fuse's scale: 0 is exact, 1 matches anything. 0.3 admits a letter or two in a name. */
const FUZZY_THRESHOLD = 0.3;
/** Words this short are matched exactly: fuzzing "US" would match half the corpus. */
const EXACT_BELOW = 4;

export class TopicMatcher {
  private readonly vocabulary: string[];
  private readonly fuse: Fuse<string>;
  private readonly textWords: Array<Set<string>>;

  constructor(texts: string[]) {
    this.textWords = texts.map((t) => new Set(words(t).map((w) => normalise(w.text))));
    this.vocabulary = [...new Set(this.textWords.flatMap((s) => [...s]))];
    this.fuse = new Fuse(this.vocabulary, {
      threshold: FUZZY_THRESHOLD,
      ignoreLocation: true,
      ignoreDiacritics: true,
      includeScore: true,
    });
  }

  /** Indexes of the texts that the topic matches: every topic word close to one of theirs. */
  matching(topic: string): number[] {
    const queryWords = words(topic)
      .map((w) => normalise(w.text))
      .filter((w) => w.length > 0 && !isStopword(w));
    if (queryWords.length === 0) return [];
    const alternatives = queryWords.map((q) => this.closeWords(q));
    return this.textWords.flatMap((set, i) =>
      alternatives.every((alts) => alts.some((a) => set.has(a))) ? [i] : [],
    );
  }

  private closeWords(query: string): string[] {
    if (query.length < EXACT_BELOW) return this.vocabulary.filter((v) => v === query);
    // A close word must also be of a similar length: "flight" should not match "flightless".
    return this.fuse
      .search(query)
      .map((r) => r.item)
      .filter(
        (v) => Math.abs(v.length - query.length) <= Math.max(2, Math.floor(query.length / 3)),
      );
  }
}

function normalise(word: string): string {
  return word
    .toLowerCase()
    .replace(/['’]s$/, "")
    .replace(/\./g, "");
}
