/** Fields a person may review and correct in an article's front matter. */
export interface ArticleMeta {
  id: string;
  /** Headline; empty when the raw page had none. */
  title: string;
  /** Who wrote the story; empty when unknown. */
  outlet: string;
  /** Site the copy was scraped from when it is not the outlet's own (a syndication partner). */
  republishedBy: string | null;
  /** ISO date YYYY-MM-DD, empty when unknown. */
  published: string;
  url: string | null;
  /** The file in corpus/raw this article was built from. */
  rawFile: string;
  /** Id of the article this one is a copy of; a duplicate never counts as a second source. */
  duplicateOf: string | null;
  /** Names of fields that were inferred rather than stated in the raw page. */
  inferred: string[];
  /** For each field ingest found, how and from which line of the raw page, for review. */
  evidence?: Record<string, string>;
  /** The page's photo captions, kept out of the body but not lost: who took a photo is news. */
  captions?: Caption[];
}

/** A photo's caption and its credit, each exactly as the raw page has it. */
export interface Caption {
  /** What the photo shows; empty when the page gives only the credit. */
  text: string;
  /** Who took or supplied it ("Jane Roe / Reuters"); empty when the caption names no one. */
  credit: string;
}

/** A span of the clean body; start/end are UTF-16 offsets, text === body.slice(start, end). */
export interface Span {
  id: string;
  start: number;
  end: number;
  text: string;
}

export type Sentence = Span;

export interface Passage extends Span {
  articleId: string;
  /** Sentences this passage is made of, in order; a passage never cuts a sentence. */
  sentences: Sentence[];
}

export interface Article extends ArticleMeta {
  body: string;
  sentences: Sentence[];
  passages: Passage[];
}

export interface LoadProblem {
  file: string;
  problem: string;
}

export interface Corpus {
  /** Canonical articles only (no duplicate copies), sorted by id. */
  articles: Article[];
  /** Copies recorded with duplicateOf; kept for provenance, never used as sources. */
  duplicates: ArticleMeta[];
  problems: LoadProblem[];
}

/** One cited passage, quoted exactly from an article's clean body. */
export interface Source {
  articleId: string;
  title: string;
  outlet: string;
  published: string;
  url: string | null;
  passage: string;
}
