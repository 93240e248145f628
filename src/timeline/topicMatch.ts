import { stemsOf, tokenize } from "../search/tokens.js";
import { TopicMatcher } from "./match.js";
import { isStopword } from "./words.js";

/**
 * Topic filters that match meaning, the way /ask matches a question: each topic word stands
 * for weighted word keys (its own lemma stem; with the answer engine's help, other spellings,
 * corrected spelling, reviewed synonyms and word vectors, see meaning.ts), and an event is on
 * the topic when the words it holds carry at least half of the topic's weight. Rarer words
 * weigh more: in "Istanbul talks", "Istanbul" says more than "talks", which every meeting
 * shares. Alternatives joined by "/", ",", "and" or "or" ("banking and financing") are matched
 * each on its own.
 */

export interface WordSense {
  stem: string;
  weight: number;
}

/** The weighted keys a topic word stands for; the word's own stem is always added at 1. */
export type ExpandWord = (word: string) => WordSense[];

export const TOPIC_MATCH_DEFAULTS = {
  /** Share of the topic's weight an event must hold. */
  minShare: 0.5,
  /** Weight of a corpus word within fuzzy reach of a topic word the events never use. */
  fuzzyWeight: 0.9,
} as const;

const ALTERNATIVES = /\s*(?:[/,;|&]|\band\b|\bor\b)\s*/i;

export class MeaningMatcher {
  /** Stem → indexes of the texts holding it. */
  private readonly postings = new Map<string, Set<number>>();
  private fuzzy: TopicMatcher;
  private count = 0;

  constructor(
    texts: readonly string[],
    private readonly expand: ExpandWord = () => [],
    private readonly options = TOPIC_MATCH_DEFAULTS,
  ) {
    this.fuzzy = new TopicMatcher(texts);
    for (const text of texts) this.add(text);
  }

  /** The same matcher, built a text at a time, awaiting `pause()` after each (see TopicMatcher). */
  static async inSteps(
    texts: readonly string[],
    expand: ExpandWord,
    pause: () => Promise<void>,
  ): Promise<MeaningMatcher> {
    const matcher = new MeaningMatcher([], expand);
    matcher.fuzzy = await TopicMatcher.inSteps(texts, pause);
    for (const text of texts) {
      matcher.add(text);
      await pause();
    }
    return matcher;
  }

  private add(text: string): void {
    const i = this.count++;
    for (const stem of stemsOf(text)) {
      const set = this.postings.get(stem) ?? new Set<number>();
      set.add(i);
      this.postings.set(stem, set);
    }
  }

  /** Indexes of the texts on the topic, ascending. */
  matching(topic: string): number[] {
    const hits = new Set<number>();
    for (const alternative of topic.split(ALTERNATIVES)) {
      for (const i of this.matchPhrase(alternative)) hits.add(i);
    }
    return [...hits].sort((a, b) => a - b);
  }

  /** How strongly each text holds a topic word: the best weight among the keys it holds. */
  private wordScores(norm: string, stem: string): Map<number, number> {
    const senses = new Map<string, number>([[stem, 1]]);
    for (const s of this.expand(norm))
      senses.set(s.stem, Math.max(senses.get(s.stem) ?? 0, s.weight));
    // A word no text uses may be misspelt: the close words of the texts stand in for it.
    if (![...senses.keys()].some((k) => this.postings.has(k))) {
      for (const word of this.fuzzy.closeWords(norm)) {
        for (const token of tokenize(word)) {
          senses.set(token.stem, Math.max(senses.get(token.stem) ?? 0, this.options.fuzzyWeight));
        }
      }
    }
    const scores = new Map<number, number>();
    for (const [key, weight] of senses) {
      for (const i of this.postings.get(key) ?? []) {
        scores.set(i, Math.max(scores.get(i) ?? 0, weight));
      }
    }
    return scores;
  }

  private matchPhrase(phrase: string): number[] {
    const tokens = tokenize(phrase).filter((t) => !isStopword(t.norm));
    if (tokens.length === 0) return [];
    const words = tokens.map((t) => {
      const scores = this.wordScores(t.norm, t.stem);
      // Inverse document frequency over the texts: a word every event holds tells little.
      const idf = Math.log(1 + this.count / (1 + scores.size));
      return { scores, idf };
    });
    const total = words.reduce((n, w) => n + w.idf, 0);
    const held = new Map<number, number>();
    for (const w of words) {
      for (const [i, score] of w.scores) held.set(i, (held.get(i) ?? 0) + w.idf * score);
    }
    return [...held]
      .filter(([, weight]) => weight >= this.options.minShare * total)
      .map(([i]) => i);
  }
}
