import MiniSearch, { type Options } from "minisearch";
import type { Article, Corpus } from "../corpus/types.js";
import { dateWords } from "./dateWords.js";
import { extractEntities, isNameToken, type Entity } from "./entities.js";
import { stem } from "./stem.js";
import { isStopword } from "./stopwords.js";
import { buildSynonymMap } from "./synonyms.js";
import { tokenize } from "./tokens.js";
import type { IndexedPassage, IndexedSentence, PassageDocument, SearchIndex } from "./types.js";
import { collectVocabulary, vocabularyFrom, type VocabularyData } from "./vocabulary.js";

/**
 * MiniSearch settings, shared by building and by loading a saved index (loadJSON needs the
 * same functions). Documents are tokenized with the project tokenizer and stemmed; queries
 * arrive already stemmed and expanded, one term per space.
 */
export const MINISEARCH_OPTIONS: Options<PassageDocument> = {
  fields: ["text", "dates"],
  idField: "id",
  // "dates" holds stems already (see passageDocument): split, never stemmed twice.
  tokenize: (text, field) =>
    field === "dates" ? text.split(" ").filter(Boolean) : tokenize(text).map((t) => t.norm),
  processTerm: (term, field) => (field === "dates" ? term : isStopword(term) ? null : stem(term)),
  searchOptions: {
    tokenize: (query) => query.split(" ").filter(Boolean),
    processTerm: (term) => term,
  },
};

/** The parts of an index worth saving: everything else is derived from the corpus in a pass. */
export interface IndexParts {
  miniSearch: MiniSearch<PassageDocument>;
  vocabulary: VocabularyData;
  entities: Entity[];
}

/**
 * What BM25 indexes for a passage: its text, and the calendar words its dates resolve to that
 * the text does not write ("Thursday" in an article of 2025-02-28 is also "february"), so a
 * question naming the month finds a passage that only names the weekday. Words the text writes
 * are left out of "dates" so they are not counted twice.
 */
function passageDocument(p: IndexedPassage): PassageDocument {
  const written = new Set(p.sentences.flatMap((s) => s.tokens.map((t) => t.stem)));
  const implied = [...p.stems].filter((s) => !written.has(s));
  return { id: p.passage.id, text: p.passage.text, dates: implied.join(" ") };
}

/** Sentences and passages with their tokens, stems and dates: everything matching reads. */
export function indexSentences(articles: Article[]): {
  sentences: IndexedSentence[];
  passages: Map<string, IndexedPassage>;
} {
  const sentences: IndexedSentence[] = [];
  const passages = new Map<string, IndexedPassage>();
  for (const article of articles) {
    let position = 0;
    for (const passage of article.passages) {
      const entries = passage.sentences.map((sentence): IndexedSentence => {
        const tokens = tokenize(sentence.text);
        const positions = new Map<string, number[]>();
        const note = (stem: string, at: number): void => {
          const list = positions.get(stem) ?? [];
          if (!list.includes(at)) list.push(at);
          positions.set(stem, list);
        };
        tokens.forEach((t, i) => {
          if (!isStopword(t.norm)) note(t.stem, i);
        });
        const dates = dateWords(sentence.text, article.published);
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
          position: position++,
          tokens,
          positions,
          inDate,
          stems: new Set(positions.keys()),
        };
      });
      sentences.push(...entries);
      passages.set(passage.id, {
        passage,
        article,
        sentences: entries,
        stems: new Set(entries.flatMap((e) => [...e.stems])),
      });
    }
  }
  return { sentences, passages };
}

type Indexed = ReturnType<typeof indexSentences>;

/** Computes the saveable parts from scratch. */
export function buildIndexParts(
  corpus: Corpus,
  indexed: Indexed = indexSentences(corpus.articles),
): IndexParts {
  const { sentences, passages } = indexed;
  const miniSearch = new MiniSearch<PassageDocument>(MINISEARCH_OPTIONS);
  miniSearch.addAll([...passages.values()].map(passageDocument));
  const entities = extractEntities(
    sentences.map((s) => ({ text: s.sentence.text, tokens: s.tokens })),
  );
  const capitalised = new Set(
    sentences.flatMap((s) => s.tokens.filter(isNameToken).map((t) => t.norm)),
  );
  const vocabulary = collectVocabulary(
    [...passages.values()].map((p) => ({
      tokens: p.sentences.flatMap((s) => s.tokens),
      stems: p.stems,
    })),
    capitalised,
  );
  return { miniSearch, vocabulary, entities };
}

/** Joins saved (or freshly built) parts with the per-sentence data derived from the corpus. */
export function assembleIndex(
  corpus: Corpus,
  parts: IndexParts,
  indexed: Indexed = indexSentences(corpus.articles),
): SearchIndex {
  const { sentences, passages } = indexed;
  const people = parts.entities.filter((e) => e.kind === "person");
  const variants = parts.vocabulary.nameVariants;
  const withVariants = (s: string): string[] => [s, ...(variants[s] ?? [])];
  const surnames = new Set<string>();
  const nameParts = new Set<string>();
  for (const person of people) {
    const words = person.key.split(" ").map((w) => stem(w));
    const last = words[words.length - 1];
    if (last) for (const s of withVariants(last)) surnames.add(s);
    for (const w of words) for (const s of withVariants(w)) nameParts.add(s);
  }
  const articleStems = new Map<string, Set<string>>();
  for (const entry of sentences) {
    const set = articleStems.get(entry.article.id) ?? new Set<string>();
    for (const s of entry.stems) set.add(s);
    articleStems.set(entry.article.id, set);
  }
  return {
    corpus,
    articles: new Map(corpus.articles.map((a) => [a.id, a])),
    passages,
    sentences,
    miniSearch: parts.miniSearch,
    vocabulary: vocabularyFrom(parts.vocabulary),
    synonyms: buildSynonymMap(),
    entities: parts.entities,
    people: new Set(people.map((p) => p.key)),
    surnames,
    nameParts,
    placeStems: new Set(
      parts.entities
        .filter((e) => e.kind === "place")
        .flatMap((e) =>
          e.key
            .split(" ")
            .filter((w) => !isStopword(w))
            .map((w) => stem(w)),
        ),
    ),
    articleStems,
  };
}

export function buildSearchIndex(corpus: Corpus): SearchIndex {
  const indexed = indexSentences(corpus.articles);
  return assembleIndex(corpus, buildIndexParts(corpus, indexed), indexed);
}
