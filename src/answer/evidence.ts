import { articleTopicality } from "./rerank.js";
import { defaultEngineOptions } from "../tuning/defaults.js";
import {
  AIM_VERBS,
  LIGHT_WORDS,
  NEUTRAL_SAYING,
  PAIR_COUNTS,
  PAIR_NOUNS,
  PAIR_WORDS,
  PERSON_PRONOUNS,
  TIME_NOUNS,
  VOICING_VERBS,
} from "../lexicon/words.js";
import type { Token } from "../search/tokens.js";
import type { IndexedSentence, PassageHit, QueryTerm, SearchIndex } from "../search/types.js";
import { demonstrativesFor } from "./events.js";
import { barePlaces, countriesNamed, isDestination } from "./parties.js";
import { isNationality } from "./contrast.js";
import { countryOfCity } from "../lexicon/cities.js";
import { countryOf, isCapital, isCountryName } from "../lexicon/countries.js";
import { askedNouns } from "./askedNoun.js";
import { isCalendarWord, qualifierKind } from "./qualifiers.js";
import { lemma, partOfSpeech, stem } from "../nlp/stem.js";
import { isStopword } from "../lexicon/stopwords.js";
import { tenseWord } from "./extract/tense.js";

const PASSAGE_CONTEXT = defaultEngineOptions.evidence.passageContext;
const ARTICLE_CONTEXT = defaultEngineOptions.evidence.articleContext;
const PRONOUN_CONTEXT = defaultEngineOptions.evidence.pronounContext;
const NAME_ARTICLE_CONTEXT = defaultEngineOptions.evidence.nameArticleContext;
const NAME_PASSAGE_CONTEXT = defaultEngineOptions.evidence.namePassageContext;
const OPENING_PRONOUNS = new Set(["it", "they", "he", "she", "this", "these"]);
/** Words that, before a noun, point back to the sentence before ("this dispute", "such meeting"). */
const POINTERS = new Set(["this", "these", "such"]);
const QUALIFIER_PASSAGE_CONTEXT = defaultEngineOptions.evidence.qualifierPassageContext;
const QUALIFIER_ARTICLE_CONTEXT = defaultEngineOptions.evidence.qualifierArticleContext;
const LIGHT_WEIGHT = defaultEngineOptions.evidence.lightWeight;
const FIRST_NAME_WEIGHT = defaultEngineOptions.evidence.firstNameWeight;
const TOPIC_SHARE = defaultEngineOptions.evidence.topicShare;
const PAIR_MATCH = defaultEngineOptions.evidence.pairMatch;
const UNKNOWN_WORD_WEIGHT = defaultEngineOptions.evidence.unknownWordWeight;
const UNKNOWN_WORD_MAX_RANK = defaultEngineOptions.evidence.unknownWordMaxRank;
const LOCAL_PRIOR = defaultEngineOptions.evidence.localPrior;

/** One word of the question with everything it may match. */
export interface QuestionWord {
  token: Token;
  /** Inverse document frequency: rare words decide more than common ones. */
  weight: number;
  /** Stem → weight of that match (exact 1; spelling, name variants and synonyms less). */
  matches: ReadonlyMap<string, number>;
  /** The corpus has neither this word nor anything close to it. */
  unknown: boolean;
  /** Part of a person's name: a pronoun may stand for it. */
  isName: boolean;
  /** A first name before the surname ("Alexandr" Darchiev): the surname says who is meant. */
  firstName: boolean;
  /** Says which event is meant rather than what is asked (a month, "second", "previous"). */
  qualifier: boolean;
  /** Part of a date in the question ("February", "last week"): may match words of dates. */
  dateWord: boolean;
  /**
   * A place the question names as a party ("who represented Washington"): "ambassador to
   * Washington" in a sentence does not match it.
   */
  party: boolean;
  /**
   * Part of "the two countries", "both sides": a sentence naming both parties (see partiesOf)
   * or saying "bilateral" names them.
   */
  pair: boolean;
  /**
   * A named place ("the Riyadh talks"): found elsewhere in the article it says little about this
   * sentence unless the article is set there (its opening sentence names it).
   */
  place: boolean;
}

/**
 * "Trying to get back", "plans to reopen": a verb of aiming before "to" and another verb lends
 * that verb its aim; what is asked is said by the second verb ("seeking the return" answers it
 * as well). "Struggling to operate", "met to discuss" say something of their own.
 */
function catenative(token: Token, question: string): boolean {
  if (!AIM_VERBS().has(token.stem)) return false;
  const after = /^\s+to\s+(\p{L}+)/u.exec(question.slice(token.end));
  if (after !== null) return partOfSpeech(after[1]!.toLowerCase()) === "VERB";
  // "Want the flights restored", "need the properties returned": the aim is said by the
  // participle after the object, as by the verb after "to".
  const object = /^((?:\s+[\p{L}'’-]+){1,4}?)\s+(\p{L}+ed)\b/u.exec(question.slice(token.end));
  return object !== null && partOfSpeech(object[2]!.toLowerCase()) === "VERB";
}

/**
 * "Place" in "take place" is no venue: the pair only says that something happened, as "was
 * held" does, and a sentence saying "took place" is no likelier to answer than one saying "held".
 */
function takePlace(content: readonly Token[], token: Token): boolean {
  const before = content[content.indexOf(token) - 1];
  return token.norm === "place" && before !== undefined && before.stem === "take";
}

/** "The two countries", "both sides": the pair's count word or its plural noun. */
function namesThePair(question: string, token: Token): boolean {
  if (PAIR_COUNTS.has(token.norm)) {
    const after = /^\s+(\p{L}+)/u.exec(question.slice(token.end))?.[1];
    return after !== undefined && PAIR_NOUNS().has(stem(after.toLowerCase()));
  }
  const before = /(\p{L}+)\s+$/u.exec(question.slice(0, token.start))?.[1];
  return (
    PAIR_NOUNS().has(token.stem) && before !== undefined && PAIR_COUNTS.has(before.toLowerCase())
  );
}

export function questionWords(
  index: SearchIndex,
  content: Token[],
  terms: QueryTerm[],
  question = "",
  /** Weighing words to choose passages: a verb of aiming still helps find its sentence. */
  forRanking = false,
  /** The articles the answer is judged among: only their words count, as rare as they are there. */
  local?: LocalView,
): QuestionWord[] {
  const rarity = local ? local.idf : index.vocabulary.idf;
  const parties = barePlaces(index, question);
  const maxIdf = rarity("\u0000unseen");
  const seen = new Set<string>();
  const out: QuestionWord[] = [];
  let asked: ReadonlySet<string> | undefined;
  for (const token of content) {
    if (seen.has(token.stem)) continue;
    seen.add(token.stem);
    const matches = new Map<string, number>();
    for (const t of terms) {
      if (t.source !== token.stem || !index.vocabulary.has(t.stem)) continue;
      if (local && !local.has(t.stem)) continue;
      matches.set(t.stem, Math.max(matches.get(t.stem) ?? 0, t.weight));
    }
    const unknown = matches.size === 0;
    // A known word weighs its own rarity; a corrected one the rarity of its best correction.
    let weight = maxIdf;
    if (!unknown) {
      const best = [...matches.entries()].sort((a, b) => b[1] - a[1])[0];
      weight = best ? rarity(best[0]) : maxIdf;
    }
    // A name by itself or by another spelling of it: not because a synonym of the word happens
    // to be part of someone's name somewhere ("say" → "call" → Cal Ripken).
    const isName = terms.some(
      (t) =>
        t.source === token.stem &&
        t.via !== "synonym" &&
        t.via !== "meaning" &&
        index.nameParts.has(t.stem),
    );
    // A misspelt month ("Febuary") is a month too: read through its spelling corrections.
    const forms = [
      token.norm,
      ...terms
        .filter((t) => t.source === token.stem && t.via === "spelling")
        .map((t) => t.norm ?? t.stem),
    ];
    const year = /^(1[89]|20)\d\d$/.test(token.norm);
    const qualifier = year || forms.some((f) => qualifierKind(f) !== undefined);
    const next = content[content.indexOf(token) + 1];
    const dateWord =
      year ||
      forms.some(isCalendarWord) ||
      (qualifier && next !== undefined && TIME_NOUNS.has(next.norm));
    // "Run out of cash", "at the table": an everyday word the articles never use is most often
    // another way to say theirs, unless it is a name, a date, a qualifier ("third") or the
    // thing asked for ("what was the weather").
    if (
      unknown &&
      !qualifier &&
      !dateWord &&
      everydayWord(index, token) &&
      !(asked ??= askedNouns(question)).has(token.norm)
    ) {
      weight *= UNKNOWN_WORD_WEIGHT;
    }
    // "In late February": a part of the month, which a date in it gives ("February 27").
    if (/^(?:early|mid|late)$/u.test(token.norm) && qualifierKind(next?.norm ?? "") === "month") {
      continue;
    }
    // "Did he personally lead…", "was it explicitly excluded": an adverb the articles never use
    // says how, and the sentence that says what still answers.
    if (unknown && !token.capitalized && partOfSpeech(token.norm) === "ADV") continue;
    // "The previous ambassador", "its last envoy": a word dating a post the articles never use
    // is read by the answer's own title ("has not had an ambassador since…"), not found as such.
    if (unknown && tenseWord(token.norm) !== undefined) continue;
    if (
      LIGHT_WORDS().has(token.stem) ||
      takePlace(content, token) ||
      (!forRanking && catenative(token, question))
    ) {
      // "Trying to get back": a generic verb the articles never use says nothing they lack.
      if (unknown) continue;
      weight *= LIGHT_WEIGHT;
    }
    // A first name ("Aleksandr" Darchiev) is spelt many ways and rarely repeated: the surname
    // after it carries the identity. "Putin and Trump" are two people, each a name of weight.
    const following = content[content.indexOf(token) + 1];
    const nameFollows =
      following !== undefined &&
      (!question || /^\s+$/.test(question.slice(token.end, following.start))) &&
      terms.some(
        (t) =>
          t.source === following.stem &&
          t.via !== "synonym" &&
          t.via !== "meaning" &&
          index.nameParts.has(t.stem),
      );
    const firstName = isName && nameFollows;
    if (firstName) weight *= FIRST_NAME_WEIGHT;
    const party = parties.has(token.stem);
    const pair = namesThePair(question, token);
    const place =
      token.capitalized &&
      index.placeStems.has(token.stem) &&
      (!isNationality(token.stem) || isCapital(token.norm));
    out.push({
      token,
      weight,
      matches,
      unknown,
      isName,
      firstName,
      qualifier,
      dateWord,
      party,
      pair,
      place,
    });
  }
  return out;
}

export interface WordMatch {
  word: QuestionWord;
  /** 0..1: how well the evidence covers this word. */
  strength: number;
  /** Matched through the sentence before, which an opening pronoun continues. */
  viaPronoun: boolean;
  /** Found in the sentence's own passage (or the sentence before), not only in its article. */
  inPassage: boolean;
  /** Token indices of the sentence that matched it (empty when matched only in context). */
  at: number[];
}

export interface Evidence {
  entry: IndexedSentence;
  /** Weighted share of the question's words the sentence (and its context) covers. */
  coverage: number;
  /** Share covered by the sentence alone. */
  direct: number;
  matches: WordMatch[];
  /** Sentence token indices matched by any question word. */
  matchedAt: Set<number>;
  /** Rank of the passage in retrieval (0 = best). */
  rank: number;
  /** Share of the question's adjacent word pairs found side by side ("Secretary of State"). */
  phrase: number;
}

/**
 * A person the question names must be in the passage the answer comes from: in the sentence,
 * behind a pronoun, or in a sentence next to it (by surname: "Mr. Darchiev" is "Alexandr
 * Darchiev"). Named only elsewhere in the article (at most
 * NAME_ARTICLE_CONTEXT), the sentence answers about someone else, however well its other words
 * match: "what did Putin say about the talks" is not answered by what officials said.
 */
export function lacksNamedPerson(e: Evidence): boolean {
  return e.matches.some(
    (m) => m.word.isName && !m.word.firstName && m.strength <= NAME_ARTICLE_CONTEXT,
  );
}

/**
 * "Thanks to that,", "Because of this,", "In response to that,": an opening phrase that makes
 * the sentence before its cause or its occasion. "Apart from that," only adds another thing.
 */
const OPENS_POINTING_BACK =
  /^\W*(?:thanks to|because of|due to|owing to|as a result of|in response to|in return for|after|following|despite|for|with) (?:that|this|these|those)\s*,/iu;

/**
 * Coverage of the question counted over only the words `counts` keeps (a choice's other option,
 * an outlet's name left out), and the share of them the sentence holds itself.
 */
export function coverageAmong(
  e: Evidence,
  counts: (m: WordMatch) => boolean,
): { coverage: number; direct: number } {
  let total = 0;
  let covered = 0;
  let direct = 0;
  for (const m of e.matches) {
    if (!counts(m)) continue;
    total += m.word.weight;
    covered += m.word.weight * m.strength;
    if (m.at.length > 0) direct += m.word.weight * m.strength;
  }
  return total > 0
    ? { coverage: covered / total, direct: direct / total }
    : { coverage: 0, direct: 0 };
}

/** The sentence opens with a pronoun or a phrase pointing back: it continues the one before. */
export function opensWithPronoun(entry: IndexedSentence): boolean {
  return (
    OPENING_PRONOUNS.has(entry.tokens[0]?.norm ?? "") ||
    OPENS_POINTING_BACK.test(entry.sentence.text)
  );
}

/** Where "he said", "she noted" names the speaker of a sentence by pronoun; -1 if it does not. */
export function speakingPronoun(tokens: readonly Token[]): number {
  return tokens.findIndex(
    (t, i) =>
      (t.norm === "he" || t.norm === "she") &&
      tokens[i + 1] !== undefined &&
      (NEUTRAL_SAYING().has(tokens[i + 1]!.stem) || VOICING_VERBS().has(tokens[i + 1]!.stem)),
  );
}

export function previousSentence(
  index: SearchIndex,
  entry: IndexedSentence,
): IndexedSentence | undefined {
  const passage = index.passages.get(entry.passage.id);
  const i = passage?.sentences.indexOf(entry) ?? -1;
  if (passage && i > 0) return passage.sentences[i - 1];
  // First sentence of a passage: look at the last sentence of the previous passage.
  const ids = entry.article.passages.map((p) => p.id);
  const prev = index.passages.get(ids[ids.indexOf(entry.passage.id) - 1] ?? "");
  return prev?.sentences[prev.sentences.length - 1];
}

/** A word of everyday English in lower case, and no country's name ("china", "japan"). */
function everydayWord(index: SearchIndex, token: Token): boolean {
  return (
    !token.capitalized &&
    !isCountryName(token.norm) &&
    index.related.englishRank(token.norm) < UNKNOWN_WORD_MAX_RANK
  );
}

/**
 * The question's words as they stand among the articles the answer is judged from (those of the
 * passages read that are about the question): how rare each is there, and whether they use it.
 */
export interface LocalView {
  idf(stem: string): number;
  /** The articles about the question use the word (those naming its names, if it names any). */
  has(stem: string): boolean;
  /** Any article about the question uses it, named or not: no meaning of it need be sought. */
  heard(stem: string): boolean;
}

/**
 * The articles of the passages read that are at least `topicShare` as much about the question
 * as the one most about it (`words` weighed corpus-wide), each counted whole by its passages.
 * A word is as rare as it is both there and in the corpus, each on its own scale: articles
 * about the question all say "talks", so it is no sign of an answer; a word rare there but
 * common everywhere ("work") is no sign either.
 */
export function localView(
  index: SearchIndex,
  hits: readonly PassageHit[],
  words: readonly QuestionWord[],
  /**
   * A word counts as said only in the articles naming whom or where the question names. Not
   * for a yes/no question, whose name may be the very thing it gets wrong.
   */
  byNames = false,
  topicShare = TOPIC_SHARE,
): LocalView {
  const all = [...new Set(hits.map((h) => h.passage.article))];
  const about = new Map(all.map((a) => [a.id, articleTopicality(index, words, a.id)]));
  const best = Math.max(0, ...about.values());
  const articles = all.filter((a) => (about.get(a.id) ?? 0) >= topicShare * best);
  // The articles that name whom or where the question names are the ones it is about: a word
  // only other articles use ("how old is <name>") is one these never say, as in a corpus of
  // just them.
  const named = byNames ? words.filter((w) => (w.isName && !w.firstName) || w.place) : [];
  const naming = articles.filter((a) =>
    named.some((w) => [...w.matches.keys()].some((stem) => index.articleShare(stem, a.id) > 0)),
  );
  const said = naming.length > 0 ? naming : articles;
  const sizes = articles.map((a) => a.passages.length);
  // A few passages' worth of the whole corpus's counts: a handful of articles alone would
  // make every word they share with the question either everywhere or nowhere.
  const n = sizes.reduce((a, b) => a + b, 0) + LOCAL_PRIOR;
  const idfOf = (df: number): number => Math.log(1 + (n - df + 0.5) / (df + 0.5));
  const corpusShare = (stem: string): number =>
    (index.vocabulary.documentFrequency[stem] ?? 0) / Math.max(1, index.vocabulary.passageCount);
  const corpusTop = index.vocabulary.idf("\u0000unseen");
  /** Passages of those articles using the stem. */
  const counted = new Map<string, number>();
  const here = (stem: string): number => {
    let df = counted.get(stem);
    if (df === undefined) {
      df = 0;
      for (let i = 0; i < articles.length; i++) {
        df += index.articleShare(stem, articles[i]!.id) * sizes[i]!;
      }
      counted.set(stem, df);
    }
    return df;
  };
  return {
    idf: (stem) =>
      Math.min(
        idfOf(here(stem) + LOCAL_PRIOR * corpusShare(stem)),
        (index.vocabulary.idf(stem) / corpusTop) * idfOf(0),
      ),
    has: (stem) => said.some((a) => index.articleShare(stem, a.id) > 0),
    heard: (stem) => here(stem) > 0,
  };
}

/**
 * The words of the passages read, each as written and as its lemma, with the stems they are
 * written with there (function words left out): what a WordNet pair is looked up in.
 */
function wordsRead(hits: readonly PassageHit[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (word: string, stem: string): void => {
    const set = out.get(word);
    if (set) set.add(stem);
    else out.set(word, new Set([stem]));
  };
  for (const h of hits) {
    for (const e of h.passage.sentences) {
      for (const t of e.tokens) {
        if (isStopword(t.norm) || out.get(t.norm)?.has(t.stem)) continue;
        add(t.norm, t.stem);
        add(lemma(t.norm), t.stem);
      }
    }
  }
  return out;
}

/**
 * A question word the articles judged never use, though others in the corpus do ("goal" where
 * they say "aim"): read by its meaning among the words of the passages read, as a word the
 * corpus never uses is (expandQuery). Names are themselves only.
 */
export function withLocalMeanings(
  index: SearchIndex,
  content: readonly Token[],
  terms: QueryTerm[],
  local: LocalView,
  hits: readonly PassageHit[],
): QueryTerm[] {
  let nearby: Set<string> | undefined;
  let read: Map<string, Set<string>> | undefined;
  const added: QueryTerm[] = [];
  for (const token of content) {
    if (token.capitalized || isStopword(token.norm)) continue;
    // A word other articles of the passages read use is theirs, not another way of saying one
    // of these articles' words ("weather" is no "conditions").
    if (terms.some((t) => t.source === token.stem && local.heard(t.stem))) continue;
    nearby ??= new Set(hits.flatMap((h) => h.passage.sentences.flatMap((e) => [...e.stems])));
    const like = index.related.nearAmong(token.norm, token.stem, nearby);
    // Below the vectors' own bar, a pair WordNet also relates ("arrested" for "captured").
    read ??= wordsRead(hits);
    for (const c of index.related.confirmedAmong(token.norm, token.stem, read)) {
      if (!like.some((l) => l.stem === c.stem)) like.push(c);
    }
    for (const l of like) {
      added.push({ stem: l.stem, weight: l.weight, source: token.stem, via: "meaning" });
    }
  }
  return added.length ? [...terms, ...added] : terms;
}

/**
 * The question's words weighed for judging the passages read: among the articles about the
 * question (localView), with the meanings of words only other articles use.
 */
export function judgingWords(
  index: SearchIndex,
  content: readonly Token[],
  terms: QueryTerm[],
  question: string,
  hits: readonly PassageHit[],
  local = localView(index, hits, questionWords(index, [...content], terms, question)),
): { words: QuestionWord[]; local: LocalView } {
  const judged = withLocalMeanings(index, content, terms, local, hits);
  return { words: questionWords(index, [...content], judged, question, false, local), local };
}

/**
 * Evidence only from the articles that name as many of the question's names as any passage read
 * does: "the US delegation in Istanbul" is not answered from an article that never names Istanbul
 * when others read do, however well one of its sentences matches the rest. (Not for a yes/no
 * question, whose name may be the very thing it gets wrong.)
 */
export function fromNamingArticles(
  index: SearchIndex,
  words: readonly QuestionWord[],
  evidence: Evidence[],
): Evidence[] {
  // People by surname, and countries and cities: a capitalised title ("Foreign Ministry") names
  // no article's subject, and one article may write it in lower case.
  const names = words.filter(
    (w) =>
      (w.place &&
        (countryOf(w.token.norm) !== undefined ||
          countryOfCity(w.token.norm) !== undefined ||
          isCapital(w.token.norm))) ||
      (w.isName && !w.firstName && index.surnames.has(w.token.stem)),
  );
  if (names.length === 0) return evidence;
  const named = new Map<string, number>();
  const count = (e: Evidence): number => {
    const id = e.entry.article.id;
    let n = named.get(id);
    if (n === undefined) {
      const stems = index.articleStems.get(id);
      n = names.filter(
        (w) => stems !== undefined && [w.token.stem, ...w.matches.keys()].some((s) => stems.has(s)),
      ).length;
      named.set(id, n);
    }
    return n;
  };
  const most = Math.max(...evidence.map(count));
  return evidence.filter((e) => count(e) === most);
}

/** Every sentence of the passages read, scored against the question's words. */
export function scoreHits(
  index: SearchIndex,
  words: QuestionWord[],
  hits: readonly PassageHit[],
): Evidence[] {
  const pair = words.some((w) => w.pair) ? partiesOf(hits) : undefined;
  return hits.flatMap((hit, rank) =>
    hit.passage.sentences.map((s) => scoreSentence(index, words, s, rank, pair)),
  );
}

const COUNTRIES_OF = new WeakMap<IndexedSentence, ReadonlyMap<string, number[]>>();

/** The countries a sentence names, found once per sentence (see countriesNamed). */
function countriesOf(entry: IndexedSentence): ReadonlyMap<string, number[]> {
  let named = COUNTRIES_OF.get(entry);
  if (!named) {
    named = countriesNamed(entry.tokens);
    COUNTRIES_OF.set(entry, named);
  }
  return named;
}

/**
 * The two countries the passages read name most: the parties "the two countries" of a
 * question stands for, where a sentence naming a third ("Ukraine") names only one of them.
 */
export function partiesOf(hits: readonly PassageHit[]): ReadonlySet<string> {
  const counts = new Map<string, number>();
  for (const hit of hits) {
    for (const s of hit.passage.sentences) {
      for (const [country, at] of countriesOf(s)) {
        counts.set(country, (counts.get(country) ?? 0) + at.length);
      }
    }
  }
  return new Set(
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 2)
      .map(([c]) => c),
  );
}

export function scoreSentence(
  index: SearchIndex,
  words: QuestionWord[],
  entry: IndexedSentence,
  rank: number,
  /** The two parties a question's "the two countries" stands for (see partiesOf). */
  pair?: ReadonlySet<string>,
): Evidence {
  const passage = index.passages.get(entry.passage.id);
  const articleStems = index.articleStems.get(entry.article.id);
  const hasPronoun = entry.tokens.some((t) => PERSON_PRONOUNS.has(t.norm));
  // "It lasted for more than six hours": a sentence opening with a pronoun continues the one
  // before, whatever the question word.
  const continues = opensWithPronoun(entry);
  const hasDemonstrative = entry.tokens.some((t) => t.norm === "this" || t.norm === "these");
  const pointer = (t: Token): boolean => POINTERS.has(t.norm);
  const previous =
    hasPronoun || continues || entry.tokens.some(pointer)
      ? previousSentence(index, entry)
      : undefined;
  // "…are working to settle this dispute", "the first such meeting": "this" or "such" before
  // a noun of the sentence before points back to it, and what that sentence says of the noun
  // is said here too.
  const pointsBack =
    continues ||
    (previous !== undefined &&
      entry.tokens.some(
        (t, i) => pointer(t) && previous.stems.has(entry.tokens[i + 1]?.stem ?? "\u0000"),
      ));
  // The article's opening sentence's words, as the build stored them: its passage is not
  // tokenised only to be asked about one word.
  const opening = index.sentenceStems.get(entry.article.passages[0]?.id ?? "")?.[0];
  const opens = (stem: string): boolean =>
    opening !== undefined && (opening.words.has(stem) || opening.dated.has(stem));
  let total = 0;
  let covered = 0;
  let direct = 0;
  const matches: WordMatch[] = [];
  const matchedAt = new Set<number>();
  let saidBy: boolean | undefined;
  for (const word of words) {
    total += word.weight;
    let strength = 0;
    const at: number[] = [];
    for (const [stem, w] of word.matches) {
      // "How long did it last" must not match the "last" of "last month".
      const positions = (entry.positions.get(stem) ?? []).filter(
        (p) =>
          (word.dateWord || !entry.inDate.has(p)) &&
          !(word.party && isDestination(entry.tokens, p)),
      );
      // "The venue of this round…" in an article whose lead names "the second round".
      if (word.qualifier && hasDemonstrative) {
        const text = entry.sentence.text;
        positions.push(...demonstrativesFor(entry.article, entry.tokens, text, stem));
      }
      if (positions.length === 0) continue;
      at.push(...positions);
      strength = Math.max(strength, w);
    }
    if (word.pair && strength < PAIR_MATCH) {
      const named = countriesOf(entry);
      const both = pair !== undefined && pair.size === 2 && [...pair].every((c) => named.has(c));
      const together = entry.tokens.findIndex((t) => PAIR_WORDS().has(t.stem));
      if (both || together >= 0) {
        strength = PAIR_MATCH;
        at.push(...(together >= 0 ? [together] : [...pair!].map((c) => named.get(c)![0]!)));
      }
    }
    let directStrength = strength;
    const passageWeight = word.isName
      ? NAME_PASSAGE_CONTEXT
      : word.qualifier
        ? QUALIFIER_PASSAGE_CONTEXT
        : PASSAGE_CONTEXT;
    const articleWeight =
      word.isName || (word.place && !opens(word.token.stem))
        ? NAME_ARTICLE_CONTEXT
        : word.qualifier
          ? QUALIFIER_ARTICLE_CONTEXT
          : ARTICLE_CONTEXT;
    let viaPronoun = false;
    let inPassage = at.length > 0;
    for (const [stem, w] of word.matches) {
      if (passage?.stems.has(stem) || previous?.stems.has(stem)) inPassage = true;
      if (strength >= w) continue;
      if ((word.isName || pointsBack) && previous?.stems.has(stem)) {
        if (w * PRONOUN_CONTEXT > strength) viaPronoun = true;
        strength = Math.max(strength, w * PRONOUN_CONTEXT);
        // Read together with the sentence it continues, the two say it as one; so is the
        // speaker of '…," she said' named by the sentence before.
        if (pointsBack || (word.isName && (saidBy ??= speakingPronoun(entry.tokens) >= 0))) {
          directStrength = Math.max(directStrength, w * PRONOUN_CONTEXT);
        }
      } else if (passage?.stems.has(stem)) strength = Math.max(strength, w * passageWeight);
      else if (articleStems?.has(stem)) strength = Math.max(strength, w * articleWeight);
    }
    covered += word.weight * strength;
    direct += word.weight * directStrength;
    for (const i of at) matchedAt.add(i);
    matches.push({ word, strength, at, inPassage, viaPronoun: viaPronoun && at.length === 0 });
  }
  let pairs = 0;
  let adjacent = 0;
  for (let i = 0; i + 1 < matches.length; i++) {
    pairs++;
    const a = matches[i]!.at;
    const b = matches[i + 1]!.at;
    if (a.some((p) => b.some((q) => q - p >= 1 && q - p <= 2))) adjacent++;
  }
  return {
    entry,
    phrase: pairs > 0 ? adjacent / pairs : 0,
    coverage: total > 0 ? covered / total : 0,
    direct: total > 0 ? direct / total : 0,
    matches,
    matchedAt,
    rank,
  };
}
