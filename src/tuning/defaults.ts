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
  /** A word WordNet gives for an expression of the question ("expel" for "kick out"). */
  expressionWeight: number;
  /** What a vector match is worth in choosing which passages are read, against judging a sentence. */
  rerankShare: number;
  /** Shorter unknown words are not corrected towards English: too many words are that close. */
  minCorrectable: number;
  /** A pair WordNet relates counts as like in meaning from this vector similarity on. */
  confirmedSimilarity: number;
  /** What a match through such a pair is worth (against 1 for the word itself). */
  confirmedWeight: number;
  /**
   * Words this common in English have too many senses for WordNet to say which is meant
   * ("get", "hold", "set"): neither the question word nor its match may be one of them.
   */
  confirmedMinRank: number;
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
  /**
   * Fewest sentences (so articles) a summary draws on, where as many articles are about its
   * subject at all (a sentence covering minRelated of the request).
   */
  minSentences: number;
  minRelated: number;
  /** Share of the question a sentence must cover to be part of an overview. */
  minCoverage: number;
  /** Share of the question the sentence must cover by its own words. */
  minDirect: number;
  /** Added to an article's opening sentences, which state its gist. */
  leadBonus: number;
  /** Taken from an announcement ("will meet") when the question asks what happened. */
  announcementPenalty: number;
}

export interface WordingOptions {
  /** Share of the question a sentence must cover to be one outlet's wording of it. */
  minCoverage: number;
  /** Share it must cover by its own words. */
  minDirect: number;
  /** Outlets quoted at most. */
  maxQuotes: number;
  /** How much less of the question another outlet's wording may cover than the best one. */
  margin: number;
}

export interface YesNoOptions {
  /**
   * Share of the rest of the question (all but its asserted value) a sentence must cover,
   * by itself and in context, before its value is compared with the question's.
   */
  minCoverage: number;
  /**
   * Share the sentence must cover by its own words: words that only say which event is meant
   * ("the February talks in Istanbul") may come from its passage or article.
   */
  minDirect: number;
  /** A "yes" whose predicate the sentence says in other words: the cover it needs. */
  byMeaning: { minCoverage: number; minDirect: number };
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

export interface ComposeOptions {
  /**
   * Below this share of the question's (weighted) words found in the evidence, the articles are
   * taken not to hold the answer. Tuned on the eval set; see tests/eval/ask-thresholds.json.
   */
  minCoverage: number;
  /**
   * An answer given as a quoted sentence (what, why, lists) needs the sentence itself to hold
   * this much of the question: context alone ("Brandt" in one sentence, "Geneva" in another)
   * does not make a quote an answer.
   */
  minDirect: number;
  /** Evidence from another article must be this good to count as a second report. */
  supportCoverage: number;
  /** Nearest passages shown on a refusal must have at least this much in common with the question. */
  nearestCoverage: number;
  /** Another article's sentence this close to the best one is quoted too: it adds a report. */
  secondQuoteMargin: number;
}

export interface EvidenceOptions {
  /**
   * How much a question word found outside the sentence itself still counts: in the same
   * passage it is likely the same topic; elsewhere in the article only that the article is about
   * it. A pronoun ("he was director…") right after a sentence naming the person counts nearly
   * fully: that is how articles refer to people.
   */
  passageContext: number;
  articleContext: number;
  pronounContext: number;
  /**
   * A person named elsewhere in the article says little about this sentence; named elsewhere in
   * the passage, without a pronoun here standing for them, little more: "Brandt has held two phone
   * calls with Sand. The two countries' senior officials met in Oslo" is no meeting of theirs.
   */
  nameArticleContext: number;
  namePassageContext: number;
  /**
   * Words that say which event is meant (months, weekdays, years, ordinals, "previous"): the
   * article's own date and its other sentences settle them nearly as well as the sentence does.
   */
  qualifierPassageContext: number;
  qualifierArticleContext: number;
  lightWeight: number;
  firstNameWeight: number;
  /**
   * The articles an answer is judged among: those of the passages read that are at least this
   * share as much about the question as the one most about it. Other articles sharing the
   * corpus then leave the question's words weighed, and known, as they are where the answer is.
   */
  topicShare: number;
  /** "The two countries" met by a sentence naming both parties: as strong as a synonym. */
  pairMatch: number;
  /**
   * Passages' worth of the whole corpus's word counts added to those articles': a handful of
   * articles alone would make each word either everywhere or nowhere.
   */
  localPrior: number;
  /**
   * An everyday word the articles never use ("rang", "cash", "table") is most often another
   * way of saying one of theirs; it weighs this share of an unknown word. The noun asked for
   * keeps its full weight: one the articles never use ("what was the weather", "who is his
   * wife") is usually the very thing they lack. For verbs alone, measured on the read sets:
   * five answers more right, one more answered wrongly; for every word but the asked noun,
   * 18 more right, none more answered wrongly, no decline lost.
   */
  unknownWordWeight: number;
  /** Only words among this many of English's most frequent count as everyday. */
  unknownWordMaxRank: number;
}

export interface PolarityOptions {
  /** A negation this close to the matched words negates them. */
  negationWindow: number;
  /** A word found in this share of the articles is the corpus's topic, not the question's point. */
  topicalShare: number;
  /** A "focus" standing in for "agenda" is too loose to say yes or no on. */
  firmMatch: number;
}

export interface RerankOptions {
  /**
   * Passages BM25 proposes for re-ranking. BM25 adds up word matches over a whole passage, so in
   * a large corpus a passage repeating one common question word ("discussed", "meeting") outranks
   * the one sentence that holds the answer; re-ranking a wider pool lets that sentence through.
   */
  rerankPool: number;
  /** How much the BM25 score (as a share of the best one) counts next to the sentence's cover. */
  bm25Weight: number;
  /**
   * How much it counts that the passage holds the kind of answer asked for ("how long": a length
   * of time): of two passages about a meeting, the one saying it lasted six hours answers.
   */
  typeWeight: number;
  /** How much the article being about the question's words counts. */
  articleWeight: number;
  /**
   * Passages sharing this share of their words are copies of one text (a republished article, a
   * speech reprinted with small edits): one of them says all the others do.
   */
  nearDuplicate: number;
}

export interface SelectOptions {
  /** Evidence this weak cannot hold an answer; skipped before extraction to save time. */
  extractionFloor: number;
  /** How much the answer's own clause counts next to the whole sentence. */
  clauseWeight: number;
  /** A phrase far from the question words is less likely to be what was asked. */
  distancePenalty: number;
  /** Each further article giving the same answer phrase makes it more likely right. */
  agreementBonus: number;
  /** Only an article whose own clause answers the question counts as agreeing. */
  agreementClause: number;
  /** Question words found side by side, as in the question, point at the right sentence. */
  phraseWeight: number;
  /**
   * A person named in a clause that says nothing the question asks about ("…, while the US side
   * will be headed by Y" for a question about Russia's envoy) is an unlikely answer.
   */
  weakClause: number;
  weakClausePenalty: number;
  /** A person whose title is what the question names ("the US Secretary of State"). */
  titleWeight: number;
  /**
   * A phrase the sentence ties to the question's own noun ("the venue … will be X"). A "where"
   * question asks for the venue whatever its words, so a phrase tied to "venue" answers it too.
   */
  focusBonus: number;
  /** "Where": of the places given for the event, the building says more than the city. */
  specificPlaceBonus: number;
}

export interface RetrievalOptions {
  defaultPassages: number;
  /** Articles whose every passage joins the re-ranking pool. */
  poolArticles: number;
}

export interface ExpansionOptions {
  /** A misspelling is a weaker signal than the word itself; a name variant nearly as strong. */
  spellingWeight: number;
  variantWeight: number;
  /** A large city of the country the question names as a place ("Istanbul" for "in Turkey"). */
  cityWeight: number;
  /** Of equally near corrections, those used at least this share as often as the commonest. */
  correctionShare: number;
  /**
   * A question word the articles lack, one edit from a function word ("wat", "teh"), is read as
   * that function word only when English itself rarely uses it: past this frequency rank
   * ("ten", "bet" are words of their own).
   */
  typoRank: number;
}

export interface SpellingOptions {
  /** A sentence must cover the question this well to say whom "the foreign minister" means. */
  minCoverage: number;
  /** Articles most about the person read for the ways they spell the name. */
  articles: number;
}

export interface EngineOptions {
  related: RelatedOptions;
  evidenceFirst: EvidenceFirstOptions;
  /**
   * "The A or the B?": a sentence for each option, from two articles, each covering the
   * question this well, makes the answer a disagreement between the sources.
   */
  choice: EvidenceFirstOptions;
  spelling: SpellingOptions;
  /** "When did <outlet> publish its story on…": the article must be about the rest this well. */
  published: { minCoverage: number };
  /** Share of the question's words (besides the photo's) a caption must hold to be the one meant. */
  photo: { minCoverage: number };
  overview: OverviewOptions;
  yesNo: YesNoOptions;
  wording: WordingOptions;
  versions: VersionsOptions;
  when: WhenOptions;
  why: WhyOptions;
  what: {
    /**
     * "What is the X of Y": X and Y at most this many words apart in the sentence ("the
     * capital of Ruritania", "Ruritania's new capital").
     */
    attributeWindow: number;
  };
  who: {
    /**
     * How well a sentence must match a who-question's verb to say it ("who attended" by "in
     * attendance"): a word of like meaning does, a loose one does not.
     */
    saysVerb: number;
  };
  /** "What does each side want?" */
  sidesWant: {
    /** How many words before a word of demand its party may be named ("Russian diplomats also proposed"). */
    partyReach: number;
  };
  /** Two words typed as one ("rubioand"): shorter words are seldom two, and split by chance. */
  runTogether: { minLength: number };
  /** "Was the venue the same in April as in February?" */
  comparison: {
    /** A sentence saying nothing changed must cover the question this well to be cited. */
    unchangedCoverage: number;
  };
  compose: ComposeOptions;
  evidence: EvidenceOptions;
  polarity: PolarityOptions;
  rerank: RerankOptions;
  select: SelectOptions;
  retrieval: RetrievalOptions;
  expansion: ExpansionOptions;
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
    expressionWeight: 0.7,
    rerankShare: 0.5,
    minCorrectable: 5,
    confirmedSimilarity: 0.4,
    confirmedWeight: 0.6,
    confirmedMinRank: 1000,
  },
  evidenceFirst: {
    minCoverage: 0.62,
    minDirect: 0.55,
  },
  published: {
    minCoverage: 0.6,
  },
  photo: {
    minCoverage: 0.5,
  },
  spelling: {
    minCoverage: 0.5,
    articles: 20,
  },
  choice: {
    minCoverage: 0.55,
    minDirect: 0.45,
  },
  overview: {
    maxSentences: 4,
    minSentences: 2,
    minRelated: 0.3,
    minCoverage: 0.5,
    minDirect: 0.5,
    leadBonus: 0.3,
    announcementPenalty: 0.5,
  },
  wording: {
    minCoverage: 0.62,
    minDirect: 0.55,
    maxQuotes: 3,
    margin: 0.2,
  },
  yesNo: {
    minCoverage: 0.62,
    minDirect: 0.5,
    byMeaning: {
      minCoverage: 0.75,
      minDirect: 0.6,
    },
  },
  versions: {
    margin: 0.1,
    askedMargin: 0.5,
  },
  when: {
    eventMargin: 0.1,
    minEventDirect: 0.8,
  },
  what: { attributeWindow: 4 },
  who: { saysVerb: 0.5 },
  sidesWant: { partyReach: 5 },
  runTogether: { minLength: 6 },
  why: {
    directMargin: 0.15,
  },
  comparison: {
    unchangedCoverage: 0.4,
  },
  compose: {
    minCoverage: 0.62,
    minDirect: 0.55,
    supportCoverage: 0.5,
    nearestCoverage: 0.3,
    secondQuoteMargin: 0.1,
  },
  evidence: {
    passageContext: 0.6,
    articleContext: 0.35,
    pronounContext: 0.9,
    nameArticleContext: 0.1,
    namePassageContext: 0.3,
    qualifierPassageContext: 0.85,
    qualifierArticleContext: 0.7,
    lightWeight: 0.35,
    firstNameWeight: 0.3,
    topicShare: 0.3,
    pairMatch: 0.7,
    localPrior: 10,
    unknownWordWeight: 0.5,
    unknownWordMaxRank: 30000,
  },
  polarity: {
    negationWindow: 6,
    topicalShare: 0.75,
    firmMatch: 0.8,
  },
  rerank: {
    rerankPool: 100,
    bm25Weight: 1,
    typeWeight: 1,
    articleWeight: 1,
    nearDuplicate: 0.7,
  },
  select: {
    extractionFloor: 0.3,
    clauseWeight: 0.5,
    distancePenalty: 0.004,
    agreementBonus: 0.03,
    agreementClause: 0.6,
    phraseWeight: 0.15,
    weakClause: 0.35,
    weakClausePenalty: 0.3,
    titleWeight: 0.4,
    focusBonus: 0.2,
    specificPlaceBonus: 0.1,
  },
  retrieval: {
    defaultPassages: 16,
    poolArticles: 3,
  },
  expansion: {
    spellingWeight: 0.85,
    correctionShare: 0.1,
    variantWeight: 0.9,
    cityWeight: 0.7,
    typoRank: 15_000,
  },
};
