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
}

export interface EngineOptions {
  related: RelatedOptions;
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
  },
};
