import type { Article, Corpus, Passage, Sentence } from "../corpus/types.js";
import type { TimeMention } from "../dates/types.js";
import type { Entity } from "./entities.js";
import type { Postings } from "./postings.js";
import type { RelatedWords } from "./related.js";
import type { Token } from "./tokens.js";
import type { Vocabulary } from "./vocabulary.js";

/** A sentence with what matching needs, precomputed once per index. */
export interface IndexedSentence {
  sentence: Sentence;
  article: Article;
  passage: Passage;
  /** Position of the sentence in its article. */
  position: number;
  tokens: Token[];
  /**
   * Stem → token positions: the words, plus the month, weekday and year every date in the
   * sentence resolves to ("Thursday" in an article of 2025-04-10 also reads as "april"), so
   * a question about "the April round" finds a sentence that only says "Thursday".
   */
  positions: ReadonlyMap<string, readonly number[]>;
  /** Positions of tokens inside a date ("last" in "last month"). */
  inDate: ReadonlySet<number>;
  stems: ReadonlySet<string>;
  /**
   * The sentence's dates resolved against its article's publication date, as
   * findTimeExpressions finds them: read from the index when it stored them.
   */
  timeMentions: readonly TimeMention[];
}

export interface IndexedPassage {
  passage: Passage;
  article: Article;
  sentences: IndexedSentence[];
  stems: ReadonlySet<string>;
}

/** A table read by key; the index fills some of them on first use. */
export interface Lookup<T> {
  get(key: string): T | undefined;
}

export interface SearchIndex {
  corpus: Corpus;
  articles: ReadonlyMap<string, Article>;
  /** Passage id → the passage tokenised, computed when a question first reaches it. */
  passages: Lookup<IndexedPassage>;
  /** The postings document number of a passage id. */
  documentOfPassage(id: string): number | undefined;
  /** Articles ranked by BM25 over their per-article counts (how many passages use a term). */
  rankArticles(query: Array<{ term: string; boost: number }>, limit: number): string[];
  /** The passage a postings document number stands for. */
  passageOfDocument(doc: number): Passage | undefined;
  /**
   * The id and article of a postings document, without restoring the article's text: ranking
   * a pool of a hundred passages names them before it reads any.
   */
  passageRefOfDocument(doc: number): { id: string; articleId: string } | undefined;
  /** BM25 over passages. */
  postings: Postings;
  /** BM25 over articles (one document per article, in corpus order), behind rankArticles. */
  articlePostings: Postings;
  /**
   * Stems of each sentence of a passage, with the calendar words its dates imply: cheap to
   * compute and small to keep, for judging many passages before a few are read in full.
   */
  sentenceStems: Lookup<readonly SentenceStems[]>;
  /** Share of an article's passages that use a stem: how much the article is about it. */
  articleShare(stem: string, articleId: string): number;
  vocabulary: Vocabulary;
  /** Corpus words like in meaning to a question word, by word vectors. */
  related: RelatedWords;
  entities: Entity[];
  /** Normalised full names of people ("alexander darchiev"). */
  people: ReadonlySet<string>;
  /** Stems that end a person's name: "darchiev" on its own refers to a person. */
  surnames: ReadonlySet<string>;
  /** Stems of every word of a person's name, other spellings included. */
  nameParts: ReadonlySet<string>;
  /** Stems of the words of place names ("istanbul", "riyadh", "saudi", "arabia"). */
  placeStems: ReadonlySet<string>;
  /** articleId → stems used anywhere in the article: the weakest kind of evidence. */
  articleStems: Lookup<StemLookup>;
  /**
   * Makes now what the index otherwise makes on the first question that needs it (the
   * spelling lexicons, the word-vector matrix): a serving process calls it once it is up, so
   * no user's question pays for it. Idempotent.
   */
  warmUp(): void;
  /** The same, a part at a time, awaiting `pause` between parts (the serving thread's reload). */
  warmUpInSteps(pause: () => Promise<void>): Promise<void>;
}

/** Whether a set of words holds a stem; answered without listing them. */
export interface StemLookup {
  has(stem: string): boolean;
}

/** One query term after expansion, with the weight a match on it earns. */
export interface QueryTerm {
  stem: string;
  /** The corrected word itself, for a spelling correction ("february" for "febrary"). */
  norm?: string;
  weight: number;
  /** The question word it came from (its stem), so expansions of one word are not double counted. */
  source: string;
  /** "synonym": the reviewed list; "meaning": word vectors. */
  via: "exact" | "variant" | "spelling" | "synonym" | "meaning";
}

/**
 * Passage ranking: BM25 on the question's own words ("bm25"); plus fuse.js spelling fixes and
 * other spellings of names ("bm25+fuzzy", the default: it won on the eval); plus synonyms too
 * ("bm25+fuzzy+synonyms"); MiniSearch's own edit-distance matching ("bm25+minisearch-fuzzy");
 * or fuse.js alone ("fuse"). Synonyms are always used when scoring sentences for an answer.
 */
export type RetrievalMode =
  "bm25" | "bm25+fuzzy" | "bm25+fuzzy+synonyms" | "bm25+minisearch-fuzzy" | "fuse";

/**
 * A sentence's stems in two sets: its words outside dates, and the words of its dates with
 * the calendar words they imply ("last" of "last month", "april" for a Thursday in April).
 */
export interface SentenceStems {
  words: ReadonlySet<string>;
  dated: ReadonlySet<string>;
}

/** A passage BM25 ranked, before it is tokenised for reading. */
export interface RankedPassage {
  id: string;
  articleId: string;
  score: number;
}

export interface PassageHit {
  passage: IndexedPassage;
  score: number;
}
