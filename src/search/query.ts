import { baseForms } from "../lexicon/wordnet.js";
import { largeCitiesOf } from "../lexicon/cities.js";
import { capitalOf, countryOf, isCountryName } from "../lexicon/countries.js";
import { defaultEngineOptions } from "../tuning/defaults.js";
import Fuse from "fuse.js";
import MiniSearch from "minisearch";
import { lemma, stem } from "../nlp/stem.js";
import type { Related } from "./related.js";
import type { Correction } from "./vocabulary.js";
import { isStopword } from "../lexicon/stopwords.js";
import { LOCATIVES, PARTICLES } from "../lexicon/words.js";
import { editDistance } from "./editDistance.js";
import { tokenize } from "./tokens.js";
import type { QueryTermWeight } from "./postings.js";
import type { Token } from "./tokens.js";
import type { PassageHit, QueryTerm, RankedPassage, RetrievalMode, SearchIndex } from "./types.js";

const SPELLING_WEIGHT = defaultEngineOptions.expansion.spellingWeight;
const CORRECTION_SHARE = defaultEngineOptions.expansion.correctionShare;
const VARIANT_WEIGHT = defaultEngineOptions.expansion.variantWeight;
const CITY_WEIGHT = defaultEngineOptions.expansion.cityWeight;

export interface ExpandOptions {
  /** Map words the corpus never uses onto close corpus words (typos, other spellings). */
  spelling: boolean;
  /** Add other spellings of names and everyday synonyms. */
  related: boolean;
  /** The question as written: two words may make one expression ("kick out", "real estate"). */
  text?: string;
  /**
   * Words (by start) not read as part of an expression: the noun a which-question asks for
   * says what kind of answer is wanted, and the answer's kind must not change under it.
   */
  notExpressions?: ReadonlySet<number>;
}

/**
 * Turns the content words of a question into weighted index terms: the word itself, its
 * correction when the corpus does not know it, other spellings of a name, and synonyms.
 */
export function expandQuery(
  index: SearchIndex,
  words: Token[],
  options: ExpandOptions = { spelling: true, related: true },
): QueryTerm[] {
  const terms = new Map<string, QueryTerm>();
  const add = (term: QueryTerm): void => {
    const key = `${term.source}\u0000${term.stem}`;
    const existing = terms.get(key);
    if (!existing || existing.weight < term.weight) terms.set(key, term);
  };
  const { vocabulary, related } = index;
  for (const word of words) {
    const source = word.stem;
    const name = word.capitalized;
    // "meating" shares its stem with "meat", yet neither the articles nor English write it: a
    // slip for a word that is near it, not that stem.
    const slip =
      options.spelling &&
      !name &&
      vocabulary.has(word.stem) &&
      !(word.norm in vocabulary.surfaces) &&
      related.englishRank(word.norm) === Infinity
        ? likeliest(vocabulary, vocabulary.correct(word.norm))
        : [];
    if (slip.length === 0) add({ stem: word.stem, weight: 1, source, via: "exact" });
    for (const c of slip) {
      add({ stem: c.stem, norm: c.norm, weight: SPELLING_WEIGHT, source, via: "spelling" });
    }
    const bases = [
      ...(slip.length === 0 ? [{ stem: word.stem, norm: word.norm, weight: 1 }] : []),
      ...slip.map((c) => ({ stem: c.stem, norm: c.norm, weight: SPELLING_WEIGHT })),
    ];
    // A word with corpus words like it in meaning is an English word spelt right ("topics" →
    // "agenda"), not a slip for whichever corpus word is a letter away ("toxic").
    const hasRelated = options.related && related.of(word.norm, word.stem, name).length > 0;
    if (options.spelling && !vocabulary.has(word.stem) && !hasRelated) {
      const corrections = likeliest(vocabulary, vocabulary.correct(word.norm));
      for (const c of corrections) {
        add({ stem: c.stem, norm: c.norm, weight: SPELLING_WEIGHT, source, via: "spelling" });
        bases.push({ stem: c.stem, norm: c.norm, weight: SPELLING_WEIGHT });
      }
      // A slip on a word the articles never use ("amercan"): read as the English word it
      // stands for, which then finds the articles' words of like meaning ("US").
      // "tamy bruce": a short word one slip from a person's name the articles give. Too short
      // for the general correction, which would find a letter's slip from any word.
      const named = corrections.length === 0 ? shortNameCorrection(index, word.norm) : undefined;
      if (named) {
        add({
          stem: named.stem,
          norm: named.norm,
          weight: SPELLING_WEIGHT,
          source,
          via: "spelling",
        });
        bases.push({ stem: named.stem, norm: named.norm, weight: SPELLING_WEIGHT });
      }
      const english =
        corrections.length === 0 && !named && options.related
          ? related.correct(word.norm)
          : undefined;
      if (english !== undefined) {
        const englishStem = stem(english);
        // Kept even when the articles lack it: it says what the word is ("a nationality").
        add({ stem: englishStem, norm: english, weight: SPELLING_WEIGHT, source, via: "spelling" });
        bases.push({ stem: englishStem, norm: english, weight: SPELLING_WEIGHT });
      }
    }
    if (!options.related) continue;
    const expression = options.text !== undefined && !options.notExpressions?.has(word.start);
    for (const like of expression ? expressionRelated(index, options.text!, word) : []) {
      add({ stem: like.stem, weight: like.weight, source, via: "synonym" });
    }
    for (const city of placesWithin(index, word, options.text)) {
      add({ stem: city, weight: CITY_WEIGHT, source, via: "synonym" });
    }
    const capital = capitalNamed(index, word, options.text);
    if (capital !== undefined) add({ stem: capital, weight: 1, source, via: "synonym" });
    for (const base of bases) {
      for (const variant of vocabulary.nameVariants[base.stem] ?? []) {
        add({ stem: variant, weight: base.weight * VARIANT_WEIGHT, source, via: "variant" });
      }
      for (const like of related.of(base.norm, base.stem, name)) {
        const via = like.by === "vectors" ? "meaning" : "synonym";
        add({ stem: like.stem, weight: base.weight * like.weight, source, via });
      }
    }
  }
  return [...terms.values()];
}

/** The word right before a token, in lower case and without a possessive ("norway's" → "norway"). */
function wordBefore(text: string, word: Token): string | undefined {
  return text
    .slice(0, word.start)
    .match(/(\p{L}+)(?:['’]s)?\s+$/u)?.[1]
    ?.toLowerCase();
}

/**
 * The large cities the articles name of the country a question names as a place ("in Turkey":
 * a meeting the reports place in Istanbul), as stems. Not for a country as an actor ("Turkey's
 * foreign ministry", "the US said"): that is its government, which no city of it stands for.
 */
function placesWithin(index: SearchIndex, word: Token, text: string | undefined): string[] {
  const before = text === undefined ? undefined : wordBefore(text, word);
  if (before === undefined || !LOCATIVES.has(before) || !isCountryName(word.norm)) return [];
  const country = countryOf(word.norm);
  if (country === undefined) return [];
  const { vocabulary } = index;
  return largeCitiesOf(country)
    .map((city) => vocabulary.surfaces[city] ?? stem(city))
    .filter((s) => s !== word.stem && vocabulary.has(s));
}

/**
 * The city "the Saudi capital" or "Norway's capital" means, as a stem the articles use: the
 * capital of the country named right before the word. Both words of the phrase stand for it.
 */
function capitalNamed(
  index: SearchIndex,
  word: Token,
  text: string | undefined,
): string | undefined {
  if (text === undefined) return undefined;
  let country: string | undefined;
  if (word.norm === "capital") {
    const before = wordBefore(text, word);
    country = before === undefined ? undefined : countryOf(before);
  } else if (/^(?:['’]s)?\s+capital\b/iu.test(text.slice(word.end))) {
    country = countryOf(word.norm);
  }
  const city = country === undefined ? undefined : capitalOf(country);
  if (city === undefined) return undefined;
  const found = index.vocabulary.surfaces[city] ?? stem(city);
  return found !== word.stem && index.vocabulary.has(found) ? found : undefined;
}

/**
 * Of corrections equally near a misspelt word, the ones the corpus uses at least a tenth as
 * often as the commonest: a slip is far likelier on a common word than on a rare one ("meating"
 * is "meeting", not "meting"), and a rare correction would outweigh the rest in BM25.
 */
function likeliest(vocabulary: SearchIndex["vocabulary"], corrections: Correction[]): Correction[] {
  if (corrections.length < 2) return corrections;
  const df = (c: Correction): number => vocabulary.documentFrequency[c.stem] ?? 0;
  const top = Math.max(...corrections.map(df));
  return corrections.filter((c) => df(c) >= CORRECTION_SHARE * top);
}

/** Words this short are corrected only towards people's names. */
const SHORT_NAME = { min: 3, max: 4 };

/**
 * The one word of a person's name in the corpus a short unknown word is a single slip from
 * (same first letter), if there is exactly one.
 */
export function shortNameCorrection(
  index: SearchIndex,
  norm: string,
): { stem: string; norm: string } | undefined {
  if (norm.length < SHORT_NAME.min || norm.length > SHORT_NAME.max || /\d/u.test(norm)) {
    return undefined;
  }
  const found: Array<{ stem: string; norm: string }> = [];
  for (const [surface, surfaceStem] of nameSurfaces(index).get(norm[0]!) ?? []) {
    if (Math.abs(surface.length - norm.length) > 1 || surface === norm) continue;
    if (editDistance(norm, surface, 1) <= 1) found.push({ stem: surfaceStem, norm: surface });
  }
  return found.length === 1 ? found[0] : undefined;
}

/** The surface words of people's names, by first letter: built once per index, on first use. */
const NAME_SURFACES = new WeakMap<SearchIndex, Map<string, Array<[string, string]>>>();

function nameSurfaces(index: SearchIndex): Map<string, Array<[string, string]>> {
  let byLetter = NAME_SURFACES.get(index);
  if (!byLetter) {
    byLetter = new Map();
    for (const [surface, surfaceStem] of Object.entries(index.vocabulary.surfaces)) {
      if (!index.nameParts.has(surfaceStem)) continue;
      const list = byLetter.get(surface[0]!) ?? [];
      list.push([surface, surfaceStem]);
      byLetter.set(surface[0]!, list);
    }
    NAME_SURFACES.set(index, byLetter);
  }
  return byLetter;
}

/**
 * Corpus words for an expression of two words the question writes, this word one of them
 * ("kicked out" → "expel", "real estate" → "property"): a phrasal verb or compound means
 * something neither word does alone.
 */
function expressionRelated(index: SearchIndex, text: string, word: Token): Related[] {
  // A function word is part of an expression only as a verb's particle ("kick out"): "bring
  // to" or "the table" are no expressions.
  const joins = (w: string): boolean => !isStopword(w) || PARTICLES.has(w);
  const after = /^[\s-]+(\p{L}+)/u.exec(text.slice(word.end));
  const before = /(\p{L}+)[\s-]+$/u.exec(text.slice(0, word.start));
  if (after && !joins(after[1]!.toLowerCase())) after.length = 0;
  if (before && !joins(before[1]!.toLowerCase())) before.length = 0;
  // The first word by any base form WordNet's rules give, where the lemmatiser knows none
  // ("booted out" → "boot_out").
  const firsts = (w: string): string[] => [...new Set([lemma(w), ...baseForms(w)])];
  const pairs = [
    ...(after?.[1] ? firsts(word.norm).map((f) => `${f}_${after[1]!.toLowerCase()}`) : []),
    ...(before?.[1] ? firsts(before[1].toLowerCase()).map((f) => `${f}_${word.norm}`) : []),
  ];
  const found = new Map<string, Related>();
  for (const r of pairs.flatMap((pair) => index.related.ofExpression(pair, word.stem))) {
    if (!found.has(r.stem)) found.set(r.stem, r);
  }
  return [...found.values()];
}

/** Ranks passages for the expanded question with the chosen retrieval method. */
export function searchPassages(
  index: SearchIndex,
  terms: QueryTerm[],
  question: string,
  mode: RetrievalMode = "bm25+fuzzy",
  limit = 10,
): PassageHit[] {
  if (mode === "fuse") return fuseSearch(index, question, limit);
  if (mode === "bm25+minisearch-fuzzy")
    return miniSearchFuzzy(index, bm25Weights(terms, mode), limit);
  return readPassages(index, rankPassages(index, terms, mode, limit));
}

/** Ranked passages tokenised for reading (computed once per passage, then kept). */
export function readPassages(index: SearchIndex, ranked: RankedPassage[]): PassageHit[] {
  const hits: PassageHit[] = [];
  for (const r of ranked) {
    const passage = index.passages.get(r.id);
    if (passage) hits.push({ passage, score: r.score });
  }
  return hits;
}

/**
 * BM25 over the passage postings, without reading any passage: ids and scores only, so a wide
 * pool costs no more than the postings it walks.
 */
export function rankPassages(
  index: SearchIndex,
  terms: QueryTerm[],
  mode: RetrievalMode = "bm25+fuzzy",
  limit = 10,
): RankedPassage[] {
  const out: RankedPassage[] = [];
  for (const r of index.postings.search(bm25Query(terms, mode), limit)) {
    const ref = index.passageRefOfDocument(r.doc);
    if (ref) out.push({ id: ref.id, articleId: ref.articleId, score: r.score });
  }
  return out;
}

/** The terms BM25 is asked for, with their weights, in the form the postings take. */
export function bm25Query(terms: QueryTerm[], mode: RetrievalMode): QueryTermWeight[] {
  return [...bm25Weights(terms, mode)].map(([term, boost]) => ({ term, boost }));
}

function bm25Weights(terms: QueryTerm[], mode: RetrievalMode): Map<string, number> {
  // Words found by vector similarity judge sentences, never which passages are read: added to
  // BM25 they would let every passage near the topic in, the way one common word does.
  const chosen =
    mode === "bm25+fuzzy+synonyms"
      ? terms.filter((t) => t.via !== "meaning")
      : mode === "bm25+fuzzy"
        ? terms.filter((t) => t.via !== "synonym" && t.via !== "meaning")
        : terms.filter((t) => t.via === "exact");
  // BM25 adds up matching terms, so a word with five synonyms would count five times over:
  // its synonyms share one word's weight instead.
  const synonymsOf = new Map<string, number>();
  for (const t of chosen) {
    if (t.via === "synonym") synonymsOf.set(t.source, (synonymsOf.get(t.source) ?? 0) + 1);
  }
  const weights = new Map<string, number>();
  for (const t of chosen) {
    const share = t.via === "synonym" ? t.weight / (synonymsOf.get(t.source) ?? 1) : t.weight;
    weights.set(t.stem, Math.max(weights.get(t.stem) ?? 0, share));
  }
  return weights;
}

/**
 * MiniSearch over the whole corpus with its own edit-distance matching: an alternative the
 * eval measures (it lost to fuse.js spelling fixes), built on first use.
 */
const miniSearchCache = new WeakMap<SearchIndex, MiniSearch<{ id: string; text: string }>>();

function miniSearchFuzzy(
  index: SearchIndex,
  weights: Map<string, number>,
  limit: number,
): PassageHit[] {
  if (weights.size === 0) return [];
  let ms = miniSearchCache.get(index);
  if (!ms) {
    ms = new MiniSearch<{ id: string; text: string }>({
      fields: ["text"],
      tokenize: (text) => tokenize(text).map((t) => t.norm),
      processTerm: (term) => (isStopword(term) ? null : stem(term)),
      searchOptions: { tokenize: (q) => q.split(" ").filter(Boolean), processTerm: (t) => t },
    });
    ms.addAll(
      index.corpus.articles.flatMap((a) => a.passages.map(({ id, text }) => ({ id, text }))),
    );
    miniSearchCache.set(index, ms);
  }
  const hits: PassageHit[] = [];
  const results = ms.search([...weights.keys()].join(" "), {
    boostTerm: (term) => weights.get(term) ?? 1,
    fuzzy: 0.2,
  });
  for (const r of results.slice(0, limit)) {
    const passage = index.passages.get(String(r.id));
    if (passage) hits.push({ passage, score: r.score });
  }
  return hits;
}

const fuseCache = new WeakMap<SearchIndex, Fuse<{ id: string; text: string }>>();

/** The fuse-only alternative, kept to measure against: fuse.js token search over passages. */
function fuseSearch(index: SearchIndex, question: string, limit: number): PassageHit[] {
  let fuse = fuseCache.get(index);
  if (!fuse) {
    const docs = index.corpus.articles.flatMap((a) =>
      a.passages.map(({ id, text }) => ({ id, text })),
    );
    fuse = new Fuse(docs, {
      keys: ["text"],
      includeScore: true,
      ignoreLocation: true,
      useTokenSearch: true,
      threshold: 0.6,
    });
    fuseCache.set(index, fuse);
  }
  const hits: PassageHit[] = [];
  for (const r of fuse.search(question, { limit })) {
    const passage = index.passages.get(r.item.id);
    if (passage) hits.push({ passage, score: 1 - (r.score ?? 1) });
  }
  return hits;
}
