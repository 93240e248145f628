import type { Article, Corpus, Passage } from "../corpus/types.js";
import { findTimeExpressions } from "../dates/resolve.js";
import { dateWords } from "./dateWords.js";
import { EntityCollector, isNameToken, type Entity, type EntityState } from "./entities.js";
import { Postings, type PostingsData } from "./postings.js";
import { mergeRuns, PostingsEncoder, type FieldInput, type PostingsRun } from "./postingsBuild.js";
import { stem } from "../nlp/stem.js";
import { isStopword } from "../lexicon/stopwords.js";
import { wordVectors } from "../lexicon/vectors.js";
import { largeCitiesOf } from "../lexicon/cities.js";
import { RelatedWords } from "./related.js";
import {
  addPassageStems,
  addSentenceDates,
  emptyDatesRun,
  startArticle,
  storeAnalysis,
  storedDates,
  storedSentenceStems,
  type DatesRun,
  type SentenceDates,
  type StoredAnalysis,
} from "./storedAnalysis.js";
import { lazyTable } from "./lazyTable.js";
import { tokenize, useKnownStems, type Token } from "./tokens.js";
import type {
  IndexedPassage,
  IndexedSentence,
  Lookup,
  SearchIndex,
  SentenceStems,
  StemLookup,
} from "./types.js";
import {
  VocabularyCollector,
  vocabularyFrom,
  type VocabularyData,
  type VocabularyState,
} from "./vocabulary.js";

/** Ranked fields: the passage's words, and the calendar words its dates imply but do not write. */
export const FIELDS = ["text", "dates"] as const;

/**
 * Tokens, stems and dates of one sentence: everything matching reads. The dates come from the
 * index when it stored them; finding them again is most of the cost.
 */
export function indexSentence(
  article: Article,
  passage: Passage,
  sentence: Passage["sentences"][number],
  position: number,
  known?: SentenceDates,
): IndexedSentence {
  const tokens = tokenize(sentence.text);
  const positions = new Map<string, number[]>();
  const note = (stem: string, at: number): void => {
    const list = positions.get(stem);
    if (!list) positions.set(stem, [at]);
    else if (!list.includes(at)) list.push(at);
  };
  tokens.forEach((t, i) => {
    if (!isStopword(t.norm)) note(t.stem, i);
  });
  const dates = known ?? dateWords(sentence.text, article.published);
  for (const { stem, start } of dates.words) {
    const at = tokens.findIndex((t) => t.end > start);
    note(stem, at < 0 ? 0 : at);
  }
  const inDate = new Set<number>();
  tokens.forEach((t, i) => {
    if (dates.spans.some((d) => t.start >= d.start && t.end <= d.end)) inDate.add(i);
  });
  return {
    sentence,
    article,
    passage,
    position,
    tokens,
    positions,
    inDate,
    stems: new Set(positions.keys()),
    timeMentions: dates.spans.map((span, i) => ({
      ...span,
      text: sentence.text.slice(span.start, span.end),
      ...dates.dates[i]!,
    })),
  };
}

/**
 * What reranking compares with the question, per sentence: its words outside dates, and the
 * words of its dates with the calendar words they imply.
 */
export function sentenceStemsOf(tokens: readonly Token[], dates: SentenceDates): SentenceStems {
  const words = new Set<string>();
  const dated = new Set<string>(dates.words.map((w) => w.stem));
  for (const t of tokens) {
    if (isStopword(t.norm)) continue;
    const inDate = dates.spans.some((d) => t.start >= d.start && t.end <= d.end);
    (inDate ? dated : words).add(t.stem);
  }
  return { words, dated };
}

/** Position of a passage's first sentence in its article. */
function firstPosition(article: Article, passage: Passage): number {
  let position = 0;
  for (const p of article.passages) {
    if (p === passage || p.id === passage.id) return position;
    position += p.sentences.length;
  }
  return position;
}

/** Dates of a sentence by its position in its article, when they are known already. */
export type DatesOf = (position: number) => SentenceDates | undefined;

export function indexPassage(
  article: Article,
  passage: Passage,
  datesOf?: DatesOf,
): IndexedPassage {
  const start = firstPosition(article, passage);
  const sentences = passage.sentences.map((s, i) =>
    indexSentence(article, passage, s, start + i, datesOf?.(start + i)),
  );
  const stems = new Set<string>();
  for (const s of sentences) for (const x of s.stems) stems.add(x);
  return { passage, article, sentences, stems };
}

/**
 * What BM25 indexes for a passage: its words, and the calendar words its dates resolve to that
 * the text does not write ("Thursday" in an article of 2025-02-28 is also "february"), so a
 * question naming the month finds a passage that only names the weekday. Words the text writes
 * are left out of "dates" so they are not counted twice.
 */
function passageFields(p: IndexedPassage): FieldInput[] {
  const tokens = p.sentences.flatMap((s) => s.tokens);
  const written = new Set(tokens.map((t) => t.stem));
  const implied = [...p.stems].filter((s) => !written.has(s));
  return [
    {
      terms: tokens.filter((t) => !isStopword(t.norm)).map((t) => stem(t.norm)),
      length: new Set(tokens.map((t) => t.norm)).size,
    },
    { terms: implied, length: implied.length },
  ];
}

/** The parts of an index worth saving: everything else is cheap to derive or computed lazily. */
export interface IndexParts {
  postings: PostingsData;
  /**
   * One document per article: for each stem, how many of the article's passages use it, and
   * as length the article's passage count. How much an article is about a word, in a lookup.
   */
  articlePostings: PostingsData;
  /** Position in corpus.articles of each document's article (documents go in corpus order). */
  documentArticles: Uint32Array;
  vocabulary: VocabularyData;
  entities: Entity[];
  /** Sentence dates and article stems, kept so questions do not compute them again. */
  analysis: StoredAnalysis;
  nameStems: NameStems;
}

/**
 * What indexing a run of articles yields, as plain data: the postings as numbers and the
 * vocabulary and entity tallies. Runs analysed on other threads are combined in corpus order
 * into exactly what one pass over the whole corpus gives.
 */
export interface IndexAnalysis {
  postings: PostingsRun;
  /** One document per article: each stem once for every passage that uses it. */
  articlePostings: PostingsRun;
  passagesPerArticle: number[];
  vocabulary: VocabularyState;
  entities: EntityState;
  dates: DatesRun;
}

/**
 * Analyses articles one at a time: a sentence's tokens live only while its article is being
 * indexed, and an article need not be kept once added, so building 200,000 passages holds
 * neither millions of tokens nor the whole corpus's text.
 */
export class IndexAnalyser {
  private readonly vocabulary = new VocabularyCollector();
  private readonly entities = new EntityCollector();
  private readonly postings = new PostingsEncoder(FIELDS.length);
  private readonly articlePostings = new PostingsEncoder(1);
  private readonly passagesPerArticle: number[] = [];
  private readonly dates = emptyDatesRun();

  add(article: Article): void {
    const { vocabulary, entities, dates } = this;
    this.passagesPerArticle.push(article.passages.length);
    startArticle(dates);
    const articleTerms: string[] = [];
    for (const passage of article.passages) {
      // Sentences in order: the dates are noted as indexPassage asks for them.
      const start = firstPosition(article, passage);
      const found: SentenceDates[] = [];
      const indexed = indexPassage(article, passage, (position) => {
        const sentence = passage.sentences[position - start]!;
        const f = dateWords(sentence.text, article.published);
        addSentenceDates(dates, f);
        found.push(f);
        return f;
      });
      addPassageStems(
        dates,
        indexed.sentences.map((s, i) => sentenceStemsOf(s.tokens, found[i]!)),
      );
      this.postings.add(passageFields(indexed));
      for (const stem of indexed.stems) articleTerms.push(stem);
      const tokens = indexed.sentences.flatMap((s) => s.tokens);
      vocabulary.addPassage(tokens, indexed.stems);
      for (const s of indexed.sentences) {
        vocabulary.addNames(s.tokens.filter(isNameToken).map((t) => t.norm));
        entities.addSentence(s.sentence.text, s.tokens);
      }
    }
    this.articlePostings.add([{ terms: articleTerms, length: article.passages.length }]);
  }

  finish(): IndexAnalysis {
    return {
      postings: this.postings.finish(),
      articlePostings: this.articlePostings.finish(),
      passagesPerArticle: this.passagesPerArticle,
      vocabulary: this.vocabulary.state(),
      entities: this.entities.state(),
      dates: this.dates,
    };
  }
}

export function analyseArticles(articles: Article[]): IndexAnalysis {
  const analyser = new IndexAnalyser();
  for (const article of articles) analyser.add(article);
  return analyser.finish();
}

/** The saveable parts from analyses of consecutive runs of the corpus, in corpus order. */
export function combineAnalyses(analyses: IndexAnalysis[]): IndexParts {
  const vocabulary = new VocabularyCollector();
  const entities = new EntityCollector();
  const documentArticles: number[] = [];
  let article = 0;
  for (const analysis of analyses) {
    for (const n of analysis.passagesPerArticle) {
      for (let i = 0; i < n; i++) documentArticles.push(article);
      article++;
    }
    vocabulary.merge(analysis.vocabulary);
    entities.merge(analysis.entities);
  }
  const postings = mergeRuns(
    analyses.map((a) => a.postings),
    FIELDS.length,
  );
  const articlePostings = mergeRuns(
    analyses.map((a) => a.articlePostings),
    1,
  );
  const found = entities.finish();
  const personWords = new Set(
    found.filter((e) => e.kind === "person").flatMap((e) => e.key.split(" ")),
  );
  const finished = vocabulary.finish(personWords);
  return {
    postings,
    articlePostings,
    documentArticles: Uint32Array.from(documentArticles),
    vocabulary: finished,
    entities: found,
    nameStems: nameStemsOf(found, finished.nameVariants, entities.lowerCaseWords()),
    analysis: storeAnalysis(analyses.map((a) => a.dates)),
  };
}

export function buildIndexParts(corpus: Corpus): IndexParts {
  return combineAnalyses([analyseArticles(corpus.articles)]);
}

/** "<articleId>#p<n>", as buildArticle names passages: the article and the passage's place. */
function splitPassageId(id: string): { articleId: string; ordinal: number } {
  const cut = id.lastIndexOf("#p");
  return { articleId: id.slice(0, cut), ordinal: Number(id.slice(cut + 2)) };
}

/** Stems of the words of people's and places' names, as SearchIndex keeps them. */
export interface NameStems {
  surnames: string[];
  nameParts: string[];
  placeStems: string[];
}

/**
 * Worked out by the build and saved: stemming thousands of names (each through the lemmatiser)
 * took a large corpus's start several hundred milliseconds.
 */
export function nameStemsOf(
  entities: Entity[],
  variants: Record<string, string[]>,
  /** Ordinary words: a question's "job" or "new" is that word, not part of a name. */
  lowerCase: ReadonlySet<string> = new Set(),
): NameStems {
  const withVariants = (s: string): string[] => [s, ...(variants[s] ?? [])];
  const surnames = new Set<string>();
  const nameParts = new Set<string>();
  for (const person of entities.filter((e) => e.kind === "person")) {
    const written = person.key.split(" ");
    const words = written.filter((w) => !lowerCase.has(w)).map((w) => stem(w));
    const last = written[written.length - 1];
    if (last && !lowerCase.has(last)) for (const s of withVariants(stem(last))) surnames.add(s);
    for (const w of words) for (const s of withVariants(w)) nameParts.add(s);
  }
  const placeStems = new Set(
    entities
      .filter((e) => e.kind === "place")
      .flatMap((e) =>
        e.key
          .split(" ")
          .filter((w) => !isStopword(w) && !lowerCase.has(w))
          .map((w) => stem(w)),
      ),
  );
  return { surnames: [...surnames], nameParts: [...nameParts], placeStems: [...placeStems] };
}

/** Joins saved (or freshly built) parts with the corpus they were built from. */
let datesWarm = false;

/**
 * The date parsers compile their patterns on first use: a question's first date would pay for
 * it. Once per process: they belong to no index, and a reload's warm-up should not spend a
 * turn of the event loop on them again.
 */
function warmUpDates(): void {
  if (datesWarm) return;
  findTimeExpressions("on Thursday, February 27, 2025", "2025-03-01");
  datesWarm = true;
}

export function assembleIndex(corpus: Corpus, parts: IndexParts): SearchIndex {
  const people = parts.entities.filter((e) => e.kind === "person");
  const articles = new Map(corpus.articles.map((a) => [a.id, a]));
  const articleNumbers = new Map(corpus.articles.map((a, i) => [a.id, i]));
  const articlePostings = new Postings(parts.articlePostings);
  // Documents are numbered in corpus order, article by article, passage by passage: a
  // document's passage is found without restoring any other article's text.
  const { documentArticles } = parts;
  const firstDocument = new Map<number, number>();
  documentArticles.forEach((a, doc) => {
    if (!firstDocument.has(a)) firstDocument.set(a, doc);
  });
  const passageOfDocument = (doc: number): Passage | undefined => {
    const a = documentArticles[doc];
    if (a === undefined) return undefined;
    return corpus.articles[a]?.passages[doc - (firstDocument.get(a) ?? 0)];
  };
  const passageById = (id: string): { article: Article; passage: Passage } | undefined => {
    const { articleId, ordinal } = splitPassageId(id);
    const article = articles.get(articleId);
    const passage = article?.passages[ordinal];
    return article && passage?.id === id ? { article, passage } : undefined;
  };
  const documentOfPassage = (id: string): number | undefined => {
    const { articleId, ordinal } = splitPassageId(id);
    const a = articleNumbers.get(articleId);
    const first = a === undefined ? undefined : firstDocument.get(a);
    return first === undefined ? undefined : first + ordinal;
  };
  const vocabulary = vocabularyFrom(parts.vocabulary);
  useKnownStems((norm) => vocabulary.surfaces[norm]);
  const { analysis } = parts;
  const datesOf =
    (article: Article): DatesOf =>
    (position) => {
      const a = articleNumbers.get(article.id);
      return a === undefined ? undefined : storedDates(analysis, a, position);
    };
  const passages = lazyTable((id) => {
    const found = passageById(id);
    return found && indexPassage(found.article, found.passage, datesOf(found.article));
  });
  // Read from what the build stored, by document: no article text is restored, no sentence
  // tokenised (a question's first sighting reads the stems of a hundred pooled passages).
  const sentenceStems = lazyTable((id) => {
    const { articleId, ordinal } = splitPassageId(id);
    const a = articleNumbers.get(articleId);
    const doc = a === undefined ? undefined : documentOfPassage(id);
    if (doc === undefined || documentArticles[doc] !== a || id !== `${articleId}#p${ordinal}`) {
      return undefined;
    }
    const first = analysis.documentSentences[doc];
    const end = analysis.documentSentences[doc + 1];
    return first === undefined || end === undefined
      ? undefined
      : storedSentenceStems(analysis, first, end);
  });
  // Whether an article uses a stem anywhere, read from its row of the article postings: a
  // question's cost stays bounded by the passages it reads, however long the article.
  const articleStems: Lookup<StemLookup> = {
    get(id) {
      const a = articleNumbers.get(id);
      if (a === undefined) return undefined;
      return { has: (stem) => articlePostings.frequency(stem, a) > 0 };
    },
  };
  const related = new RelatedWords(wordVectors, parts.vocabulary.surfaces);
  // The gazetteer is 2 MB of JSON: read here, not by the first question naming a country.
  const warmUpPlaces = (): void => void largeCitiesOf("");
  const afterVocabulary = [() => related.warmUp(), warmUpDates, warmUpPlaces];
  const warmUpSteps = [() => vocabulary.warmUp(), ...afterVocabulary];
  const warmUpParts = () => [...vocabulary.warmUpParts(), ...afterVocabulary];
  return {
    corpus,
    articles,
    passages,
    passageOfDocument,
    passageRefOfDocument: (doc) => {
      const a = documentArticles[doc];
      const article = a === undefined ? undefined : corpus.articles[a];
      if (a === undefined || !article) return undefined;
      return { id: `${article.id}#p${doc - (firstDocument.get(a) ?? 0)}`, articleId: article.id };
    },
    documentOfPassage,
    rankArticles: (query, limit) =>
      articlePostings
        .search(query, limit)
        .flatMap((r) => (corpus.articles[r.doc] ? [corpus.articles[r.doc]!.id] : [])),
    sentenceStems,
    postings: new Postings(parts.postings),
    articlePostings,
    articleShare: (stem, articleId) => {
      const a = articleNumbers.get(articleId);
      if (a === undefined) return 0;
      const passages = articlePostings.length(a);
      return passages > 0 ? articlePostings.frequency(stem, a) / passages : 0;
    },
    vocabulary,
    related,
    entities: parts.entities,
    people: new Set(people.map((p) => p.key)),
    surnames: new Set(parts.nameStems.surnames),
    nameParts: new Set(parts.nameStems.nameParts),
    placeStems: new Set(parts.nameStems.placeStems),
    articleStems,
    warmUp() {
      for (const step of warmUpSteps) step();
    },
    async warmUpInSteps(pause) {
      for (const step of warmUpParts()) {
        step();
        await pause();
      }
    },
  };
}

export function buildSearchIndex(corpus: Corpus): SearchIndex {
  return assembleIndex(corpus, buildIndexParts(corpus));
}
