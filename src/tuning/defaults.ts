/**
 * Tuning constants of the answer engine, in one documented object, passed through options so
 * that a test or an experiment can change one without editing a module. Each was set on the
 * tuning and dev sets, never on the blind set.
 */
export interface RelatedOptions {
  minSimilarity: number;
  weight: number;
  limit: number;
  vocabularyRank: number;
  minQuestionRank: number;
  /** What a vector match is worth in choosing which passages are read, against judging a sentence. */
  rerankShare: number;
}

export interface EvidenceFirstOptions {
  /** Share of the question the sentence and its context must cover to answer by itself. */
  minCoverage: number;
  /** Share of the question the sentence must cover on its own words alone. */
  minDirect: number;
}

export interface OverviewOptions {
  /** Sentences, each from a different article, in an overview answer. */
  maxSentences: number;
  /** Share of the question a sentence must cover to be part of an overview. */
  minCoverage: number;
  /** Share of the question the sentence must cover by its own words. */
  minDirect: number;
  /** Added to an article's opening sentences, which state its gist. */
  leadBonus: number;
  /** Taken from an announcement ("will meet") when the question asks what happened. */
  announcementPenalty: number;
}

export interface YesNoOptions {
  /**
   * Share of the rest of the question (all but its asserted value) a sentence must cover,
   * by itself and in context, before its value is compared with the question's.
   */
  minCoverage: number;
}

export interface VersionsOptions {
  /**
   * How far below the best answer (in pick score) another article's different answer may
   * score and still be reported as a version of its own.
   */
  margin: number;
  /** The same, when the question itself asks whether the sources agree. */
  askedMargin: number;
}

export interface WhenOptions {
  /**
   * How much more of the question a sentence placing the event by another event must say than
   * the sentence a date comes from, to answer in its place.
   */
  eventMargin: number;
  /**
   * A sentence placing the event by another must say this much of the question by itself:
   * "ahead of schedule" in a sentence about something else places nothing.
   */
  minEventDirect: number;
}

export interface WhyOptions {
  /** A reason counts only from a sentence this close to the one that says most of the question. */
  directMargin: number;
}

export interface EngineOptions {
  related: RelatedOptions;
  evidenceFirst: EvidenceFirstOptions;
  overview: OverviewOptions;
  yesNo: YesNoOptions;
  versions: VersionsOptions;
  when: WhenOptions;
  why: WhyOptions;
}

export const defaultEngineOptions: Readonly<EngineOptions> = {
  related: {
    /** Cosine similarity below which two words are not taken to mean the same. */
    minSimilarity: 0.7,
    /**
     * A match through a word of like meaning earns its similarity times this, so it always
     * stays below an exact or lemma match (1) and a spelling correction (0.85).
     */
    weight: 0.7,
    /** Words of like meaning kept per question word, most similar first. */
    limit: 6,
    /**
     * Only corpus words among this many of English's most frequent carry a vector for this:
     * paraphrase uses common words, and the scan per question word stays short at scale.
     */
    vocabularyRank: 50_000,
    /**
     * The most common English words ("get", "back", "home") are too general to stand for a
     * more specific one: a question word this frequent is never expanded by vectors.
     */
    minQuestionRank: 250,
    rerankShare: 0.5,
  },
  evidenceFirst: {
    minCoverage: 0.62,
    minDirect: 0.55,
  },
  overview: {
    maxSentences: 4,
    minCoverage: 0.5,
    minDirect: 0.5,
    leadBonus: 0.3,
    announcementPenalty: 0.5,
  },
  yesNo: {
    minCoverage: 0.62,
  },
  versions: {
    margin: 0.1,
    askedMargin: 0.5,
  },
  when: {
    eventMargin: 0.1,
    minEventDirect: 0.8,
  },
  why: {
    directMargin: 0.15,
  },
};
