import { defaultEngineOptions } from "../tuning/defaults.js";
import { log } from "../log/log.js";
import { bm25Query, expandQuery, rankPassages, searchPassages } from "../search/query.js";
import type {
  PassageHit,
  QueryTerm,
  RankedPassage,
  RetrievalMode,
  SearchIndex,
} from "../search/types.js";
import { analyseQuestion, type QuestionAnalysis } from "./analyse.js";
import { tokenize, type Token } from "../search/tokens.js";
import { countryOf, countryWords } from "../lexicon/countries.js";
import { stem } from "../nlp/stem.js";
import { candidateContext, focusCompounds, focusUnknown, kindNounByVerb } from "./candidates.js";
import { contrastOf } from "./contrast.js";
import { cleanQuestion } from "./clean.js";
import { notFound } from "./compose.js";
import { evidenceFirst } from "./fallback.js";
import { KINDS } from "./kinds/table.js";
import { composePiece, pieceAsked } from "./kinds/masthead.js";
import { namedInstead, namesDescription, personDescription } from "./describedPerson.js";
import { spellOutMonths } from "../dates/names.js";
import { qualifierKind } from "./qualifiers.js";
import { leadIn, resolveLeadIn } from "./leadIn.js";
import { namesCapitalised } from "./truecase.js";
import {
  contractionsSpelledOut,
  embeddedQuestionAsked,
  intensifiersDropped,
  leaderAsVerb,
  numberedAsOrdinal,
  barePhraseAsked,
} from "./phrasing.js";
import { describedPerson } from "./kinds/spelling.js";
import {
  citesOutlet,
  datedSource,
  namedSource,
  outletNamed,
  ranOn,
  withoutCorpusReference,
} from "./outlets.js";
import { ASKS_DIFFERENCE, DIFFERENCE_WORDS, factAsked } from "./versions.js";
import type { KindContext } from "./kinds/types.js";
import {
  fromNamingArticles,
  judgingWords,
  localView,
  questionWords,
  scoreHits,
  type Evidence,
} from "./evidence.js";
import { answerMessages } from "./messages.js";
import { exclusionOf } from "./exclusion.js";
import {
  comparisonAsked,
  composeComparison,
  composeUnchangedDispute,
  otherEventIn,
  saysUnchanged,
  venueAsked,
  type Comparison,
} from "./comparison.js";
import { possessivesRestored } from "./possessive.js";
import { informalSpelledOut } from "./informal.js";
import { runTogetherSplit } from "./runTogether.js";
import { idiomsInPlainWords } from "./idioms.js";
import { askedSpeaker, weighedBySpeaker } from "./speaker.js";
import { askingWordsRespelled } from "./whSpelling.js";
import { POST_VERBS } from "../lexicon/words.js";
import { rerank, RERANK_POOL } from "./rerank.js";
import { statesDuration } from "./extract/numbers.js";
import { rankPicks, type Pick } from "./select.js";
import type { Answer } from "./types.js";
import { answerInParts } from "./questionParts.js";

export interface AnswerOptions {
  /** Passage ranking; the default won on the eval (see the eval report). */
  retrieval?: RetrievalMode;
  /** Map misspellings, name variants and synonyms onto the corpus (off only to measure it). */
  expand?: boolean;
  /** Passages whose sentences are read for an answer. */
  passages?: number;
  /** Re-rank a wider BM25 pool on sentence cover and article topic (off only to measure it). */
  rerank?: boolean;
  /** The question asks whether the sources agree: report every version they give. */
  versions?: boolean;
  /** Whether an article says the venue asked stayed as before has been looked at already. */
  venueChecked?: boolean;
  /** Only articles that ran on this day ("2025-04-08", or "-04-08" any year) count. */
  published?: string;
  /** Answer only from this outlet's articles (the question named it as its source). */
  outlet?: string;
  /** The "which X" noun only says what kind of name the question's verbs point to. */
  kindByVerb?: boolean;
  /** Stems of what the question sets aside ("besides X"): X is no answer. */
  excluding?: ReadonlySet<string>;
}

const DEFAULT_PASSAGES = defaultEngineOptions.retrieval.defaultPassages;
const UNCHANGED_COVERAGE = defaultEngineOptions.comparison.unchangedCoverage;

const POOL_ARTICLES = defaultEngineOptions.retrieval.poolArticles;

/**
 * Passages for the re-ranking: BM25's best, plus every passage of the articles most about the
 * question with synonyms counted (how many of an article's passages speak of talks, meetings
 * or rounds, for "discussions"), each with its own BM25 score. In a large corpus the passage
 * that answers in other words than the question's ("the meeting lasted six hours" for "how
 * long did the discussions go on") ranks below hundreds that repeat its common words; the
 * article that keeps returning to the subject brings it in.
 */
function rerankPool(
  index: SearchIndex,
  terms: QueryTerm[],
  mode: RetrievalMode,
  limit: number,
): RankedPassage[] {
  const pool = rankPassages(index, terms, mode, limit);
  const seen = new Set(pool.map((p) => p.id));
  const extra: RankedPassage[] = [];
  const synonyms = bm25Query(terms, "bm25+fuzzy+synonyms");
  for (const id of index.rankArticles(synonyms, POOL_ARTICLES)) {
    for (const passage of index.articles.get(id)?.passages ?? []) {
      if (seen.has(passage.id)) continue;
      seen.add(passage.id);
      extra.push({ id: passage.id, articleId: id, score: 0 });
    }
  }
  const scores = index.postings.score(
    bm25Query(terms, mode),
    extra.map((e) => index.documentOfPassage(e.id) ?? -1),
  );
  extra.forEach((e, i) => pool.push({ ...e, score: scores[i] ?? 0 }));
  return pool;
}

/**
 * Terms for choosing which passages are read: a match found by vectors counts for less there
 * than in judging a sentence, as BM25 leaves it out altogether (see bm25Query).
 */
function rerankTerms(terms: QueryTerm[]): QueryTerm[] {
  const share = defaultEngineOptions.related.rerankShare;
  return terms.map((t) => (t.via === "meaning" ? { ...t, weight: t.weight * share } : t));
}

/** The question analysed, expanded and run against the passage index. */
export function retrieve(index: SearchIndex, raw: unknown, options: AnswerOptions = {}) {
  const analysis = analyseQuestion(index, raw);
  // "Who is X" is about X; "what was X's job back in February" about X in February.
  const words =
    analysis.type === "definition"
      ? [...analysis.subject, ...analysis.content.filter((t) => qualifierKind(t.norm) === "month")]
      : analysis.content;
  const expand = options.expand ?? true;
  const terms = expandQuery(index, words, {
    spelling: expand,
    related: expand,
    text: analysis.text,
    notExpressions: new Set(analysis.focus.map((t) => t.start)),
  });
  const limit = options.passages ?? DEFAULT_PASSAGES;
  const mode = options.retrieval ?? "bm25+fuzzy";
  const reranked = (options.rerank ?? true) && (mode === "bm25" || mode.startsWith("bm25+fuzzy"));
  const hits = reranked
    ? rerank(
        index,
        questionWords(index, words, rerankTerms(terms), analysis.text, true),
        rerankPool(index, terms, mode, Math.max(limit, RERANK_POOL)),
        limit,
        analysis.type === "duration" ? statesDuration : undefined,
      )
    : searchPassages(index, terms, analysis.text, mode, limit);
  return { analysis, words, terms, hits };
}

/** An answer the question set aside: its phrase shares a word with what "besides" named. */
function setAside(pick: Pick, excluding: ReadonlySet<string> | undefined): boolean {
  const c = pick.candidate;
  if (!excluding || !c) return false;
  const at = pick.evidence.entry.tokens.filter((t) => t.start >= c.start && t.end <= c.end);
  return at.some((t) => excluding.has(t.stem));
}

let byCountry: Map<string, string[]> | undefined;

/** Each country's words (name, people, capital) as index stems, made once. */
function countryStems(): Map<string, string[]> {
  if (!byCountry) {
    byCountry = new Map();
    for (const word of countryWords()) {
      const key = countryOf(word)!;
      const list = byCountry.get(key) ?? [];
      list.push(stem(word));
      byCountry.set(key, list);
    }
  }
  return byCountry;
}

/**
 * An answer about someone or somewhere the question names comes from an article that names
 * them (as written or in another spelling the corpus uses): among many articles, a sentence
 * that shares the question's other words ("on track to add jobs" for "the Oslo track")
 * in an article that never names them is about something else.
 */
function anchored(
  index: SearchIndex,
  analysis: QuestionAnalysis,
  terms: QueryTerm[],
  found: Answer,
): boolean {
  // An outlet or the site that copied a piece is named by the article's metadata, not its text.
  const outlet = outletNamed(index, analysis.text);
  const outletStems = new Set(outlet ? tokenize(outlet).map((t) => t.stem) : []);
  const names = analysis.content.filter(
    (t) =>
      t.capitalized &&
      t.start > 0 &&
      !outletStems.has(t.stem) &&
      (index.nameParts.has(t.stem) || index.placeStems.has(t.stem)),
  );
  if (names.length === 0 || found.sources.length === 0) return true;
  // A country is named by its people or its capital too ("Norway" by "Norwegian" or "Oslo").
  const forms = (t: Token): string[] => {
    const country = countryOf(t.norm);
    return [
      t.stem,
      ...terms.filter((q) => q.source === t.stem && q.via !== "meaning").map((q) => q.stem),
      ...(country === undefined ? [] : (countryStems().get(country) ?? [])),
    ];
  };
  return found.sources.some((s) => {
    const stems = index.articleStems.get(s.articleId);
    return stems !== undefined && names.some((t) => forms(t).some((f) => stems.has(f)));
  });
}

/** The one person a which-X question with a noun the articles never use asks about, by name. */
function postAskedOf(
  index: SearchIndex,
  analysis: QuestionAnalysis,
  known: (stem: string) => boolean,
): string | undefined {
  if (!focusUnknown(index, analysis, known)) return undefined;
  const names = analysis.content.filter((t) => t.capitalized && index.nameParts.has(t.stem));
  const surnames = new Set(names.filter((t) => index.surnames.has(t.stem)).map((t) => t.stem));
  if (surnames.size !== 1) return undefined;
  // What a post says: the area it covers, the office it heads ("which phrase did X use" is not).
  if (!analysis.content.some((t) => POST_VERBS().has(t.stem))) return undefined;
  return names.map((t) => t.text.replace(/['’]s$/u, "")).join(" ");
}

function answerOrThrow(index: SearchIndex, raw: unknown, options: AnswerOptions): Answer {
  const asked = spellOutMonths(cleanQuestion(raw));
  // "darchievs job": read as "darchiev's job".
  const informal = informalSpelledOut(index, asked);
  if (informal !== asked) {
    return { ...answerOrThrow(index, informal, options), question: asked };
  }
  // "when did rubioand lavrov meet": two words run together, read apart.
  const apart = runTogetherSplit(index, asked);
  if (apart !== asked) {
    return { ...answerOrThrow(index, apart, options), question: asked };
  }
  // "What exactly is her title": the intensifier asks nothing.
  const plainer = intensifiersDropped(asked);
  if (plainer !== asked) {
    return { ...answerOrThrow(index, plainer, options), question: asked };
  }
  // "Coulter's job title?": a bare noun phrase, asked as what it is.
  const bare = barePhraseAsked(asked);
  if (bare !== asked) {
    return { ...answerOrThrow(index, bare, options), question: asked };
  }
  // "When they'd meet": "would", a time to come.
  const spelled = contractionsSpelledOut(asked);
  if (spelled !== asked) {
    return { ...answerOrThrow(index, spelled, options), question: asked };
  }
  // "Did they say anything about when…": asked as what they said of when.
  const embedded = embeddedQuestionAsked(asked);
  if (embedded !== asked) {
    return { ...answerOrThrow(index, embedded, options), question: asked };
  }
  // "Round two": the second round.
  const ordinal = numberedAsOrdinal(asked);
  if (ordinal !== asked) {
    return { ...answerOrThrow(index, ordinal, options), question: asked };
  }
  // "ambassador to russia": a name typed in lower case, read as the name.
  const named = namesCapitalised(index, asked);
  if (named !== asked) {
    return { ...answerOrThrow(index, named, options), question: asked };
  }
  // "whn was it held", "how mnay": the asking word as meant.
  const respelled = askingWordsRespelled(index, asked);
  if (respelled !== asked) {
    return { ...answerOrThrow(index, respelled, options), question: asked };
  }
  const possessive = possessivesRestored(index, asked);
  if (possessive !== asked) {
    return { ...answerOrThrow(index, possessive, options), question: asked };
  }
  const fact = factAsked(asked);
  if (fact !== null && fact !== asked) {
    return { ...answerOrThrow(index, fact, { ...options, versions: true }), question: asked };
  }
  // "How do the reports spell the foreign minister's name?": first who that is, then how
  // each article writes that name.
  const described = describedPerson(asked);
  if (described) {
    const asking = `Who is ${described.description}?`;
    const first = answerOrThrow(index, asking, options);
    const byVerb = leaderAsVerb(asking);
    const who =
      first.status === "answered" || byVerb === asking
        ? first
        : answerOrThrow(index, byVerb, options);
    const name = who.status === "answered" ? who.short : undefined;
    if (name && !/\b(?:and|or)\b|,/u.test(name)) {
      return { ...answerOrThrow(index, described.naming(name), options), question: asked };
    }
  }
  // "Lavrov announced the next round — what did he say about…": the question with its pronoun
  // read against the lead-in, or against whom the lead-in describes ("the man heading…").
  const split = leadIn(asked);
  if (split) {
    let resolved = resolveLeadIn(index, split.rest, split.context);
    if (resolved === null) {
      // "The man heading the delegation" asks who is heading it.
      const described = split.context.replace(
        /^(?:the\s+)?(?:man|woman|person|official|diplomat|one)\s+(?:who\s+(?:is\s+|was\s+)?)?/iu,
        "",
      );
      const who = answerOrThrow(index, `Who is ${described}?`, options);
      const name = who.status === "answered" && who.kind === "who" ? who.short : undefined;
      if (name && !/\b(?:and|or)\b|,/u.test(name))
        resolved = resolveLeadIn(index, split.rest, name);
    }
    if (resolved !== null) {
      return { ...answerOrThrow(index, resolved, options), question: asked };
    }
  }
  // "Was the April round at the same venue as the February one?": each asked, then compared.
  const compared = options.versions ? null : comparisonAsked(asked);
  if (compared) {
    const [q1, q2] = compared.questions;
    // Each event's own answer: what an article says of no change is weighed here, once.
    const first = answerOrThrow(index, q1, { ...options, venueChecked: true });
    const second = answerOrThrow(index, q2, { ...options, venueChecked: true });
    const unchanged = saidUnchanged(index, asked, options, compared);
    const composed = composeComparison(asked, compared, first, second, unchanged);
    if (composed) return { ...composed, kind: "comparison" };
  }
  // "Where was the April round held?" against an article saying its venue stayed as it was for
  // an earlier round held elsewhere: both versions are shown.
  // Not when one outlet's account is asked for ("according to TASS, where…").
  const venue =
    options.versions ||
    options.venueChecked ||
    options.outlet !== undefined ||
    namedSource(index, asked) !== null
      ? null
      : venueAsked(asked);
  if (venue) {
    const answer = answerOrThrow(index, asked, { ...options, venueChecked: true });
    if (answer.status !== "answered") return answer;
    const cited = new Set(answer.sources.map((s) => s.articleId));
    const unchanged = saidUnchanged(index, asked, options, { attribute: "where" }, cited);
    const earlierEvent = unchanged && otherEventIn(unchanged.entry.sentence.text, venue.event);
    if (!unchanged || !earlierEvent) return answer;
    const earlier = answerOrThrow(index, `Where was the ${earlierEvent} ${venue.noun} held?`, {
      ...options,
      venueChecked: true,
    });
    const disputed = composeUnchangedDispute(
      asked,
      venue,
      answer,
      earlierEvent,
      earlier,
      unchanged,
    );
    return disputed ? { ...disputed, kind: answer.kind ?? "where" } : answer;
  }
  // "Besides X, what…": the rest of the question, with X no answer to it.
  const exclusion = options.excluding === undefined ? exclusionOf(asked) : null;
  if (exclusion) {
    const excluding = new Set(
      analyseQuestion(index, exclusion.excluded).content.map((t) => t.stem),
    );
    if (excluding.size > 0) {
      const answer = answerOrThrow(index, exclusion.rest, { ...options, excluding });
      return {
        ...answer,
        question: asked,
        ...(answer.status === "not_found"
          ? { answer: answerMessages.nothingBesides(exclusion.excluded) }
          : {}),
      };
    }
  }
  // "When was the TASS piece published?": a fact of the piece, from its masthead.
  const piece =
    options.outlet === undefined && options.published === undefined
      ? pieceAsked(index, asked)
      : null;
  if (piece) return composePiece(index, piece, asked);
  const plain = withoutCorpusReference(asked);
  if (plain !== null) return { ...answerOrThrow(index, plain, options), question: asked };
  // "…, according to the RT report" or "…in the April 8 report": the same question, answered
  // from that outlet's articles, or that day's, only.
  const source = options.outlet === undefined ? namedSource(index, asked) : null;
  const dated = source || options.published !== undefined ? null : datedSource(index, asked);
  const narrowed = source
    ? {
        rest: source.rest,
        only: { outlet: source.outlet },
        none: answerMessages.notInOutlet(source.outlet),
      }
    : dated
      ? {
          rest: dated.rest,
          only: { published: dated.published },
          none: answerMessages.notInDated(dated.said),
        }
      : null;
  if (narrowed) {
    const answer = answerOrThrow(index, narrowed.rest, { ...options, ...narrowed.only });
    return {
      ...answer,
      question: asked,
      ...(answer.status === "not_found" ? { answer: narrowed.none } : {}),
    };
  }
  const { analysis, words, terms, hits } = retrieve(index, raw, options);
  if (words.length === 0) return notFound(analysis.text, undefined, answerMessages.noQuestion);
  const kind = KINDS.find((k) => k.detect(analysis)) ?? KINDS[KINDS.length - 1]!;
  // Judged among the articles about the question: whether they use a word, how rare it is there.
  const local = localView(
    index,
    hits,
    questionWords(index, words, terms, analysis.text),
    analysis.type !== "yesno",
  );
  const known = (stem: string): boolean => local.has(stem);
  // "Which region does Coulter cover": a noun the articles never use, asked of one person they
  // name, is answered by that person's post as each article gives it.
  const person = kind.name === "what" ? postAskedOf(index, analysis, known) : undefined;
  if (person && !options.versions) {
    const post = answerOrThrow(index, `What is ${person}'s title?`, { ...options, versions: true });
    if (post.status === "answered") return { ...post, question: analysis.text };
  }
  const asksVersions = options.versions === true || ASKS_DIFFERENCE.test(analysis.text);
  const compounds = focusCompounds(index, analysis.focus, known);
  // The articles never use the noun of "which news agency quoted…": it says what kind of
  // answer is wanted (the name doing the verb), and cannot count against evidence giving one.
  // Words that only ask for the kind or for versions are no part of what is asked either.
  const scored = (
    (analysis.focusVerb || options.kindByVerb) && focusUnknown(index, analysis, known)
      ? words.filter((t) => !analysis.focus.some((f) => f.start === t.start))
      : words
  )
    .filter((t) => !kind.phrasing?.(t) && !(asksVersions && DIFFERENCE_WORDS().has(t.stem)))
    // "Real estate" is found as one word, by what its second word is found by.
    .filter((t) => !compounds.modifiers.includes(t));
  const { words: weighted } = judgingWords(
    index,
    scored,
    [...terms, ...compounds.terms],
    analysis.text,
    hits,
    local,
  );
  const fromOutlet = (hit: PassageHit): boolean =>
    (options.outlet === undefined ||
      hit.passage.article.outlet === options.outlet ||
      hit.passage.article.republishedBy === options.outlet ||
      citesOutlet(
        hit.passage.sentences.map((s) => s.sentence),
        options.outlet,
      )) &&
    (options.published === undefined || ranOn(hit.passage.article.published, options.published));
  const scoredAll: Evidence[] = weighedBySpeaker(
    scoreHits(index, weighted, hits.filter(fromOutlet)),
    askedSpeaker(analysis),
  );
  const evidence =
    analysis.type === "yesno" ? scoredAll : fromNamingArticles(index, weighted, scoredAll);
  const nearest = [...scoredAll].sort((a, b) => b.coverage - a.coverage || a.rank - b.rank)[0];
  const candidates = candidateContext(index, analysis, terms, options.kindByVerb, known);
  const contrast = contrastOf(index, analysis, terms);
  const picks = rankPicks(candidates, evidence, contrast).filter(
    (p) => !setAside(p, options.excluding),
  );
  const ctx: KindContext = {
    index,
    analysis,
    terms,
    hits,
    evidence,
    picks,
    candidates,
    contrast,
    asksVersions,
    local,
    ...(options.outlet !== undefined ? { outlet: options.outlet } : {}),
    ask: (question) => answerOrThrow(index, question, options),
  };
  const found = kind.compose(ctx) ?? evidenceFirst(kind, ctx);
  // A yes/no question's name may be the very thing it gets wrong ("did Lindqvist lead…?").
  if (found && (analysis.type === "yesno" || anchored(index, analysis, terms, found))) {
    return { ...found, kind: kind.name };
  }
  // "Which news agency did RT cite…": unanswered with "news agency" as words to find, it may
  // still be answered by the name the verbs point to ("as quoted by RIA Novosti").
  if (!options.kindByVerb && kindNounByVerb(index, analysis, known)) {
    const byVerb = answerOrThrow(index, analysis.text, { ...options, kindByVerb: true });
    if (byVerb.status === "answered") return byVerb;
  }
  // Say which part was not found: the question's words no passage read mentions at all.
  const missing = weighted
    .filter(
      (w) =>
        w.weight > 0 &&
        !scoredAll.some((e) => e.matches.some((m) => m.word === w && m.strength > 0)),
    )
    .map((w) => w.token);
  const missingText = missing.map((t) => t.text.replace(/['’]s$/u, ""));
  // Articles about other things may use the word: then it is only those about this that don't.
  const usedElsewhere = missing.some((t) => index.vocabulary.has(t.stem));
  const message =
    kind.name === "yesno"
      ? answerMessages.yesNoUnclear
      : missing.length > 0 && missing.length < weighted.length
        ? (usedElsewhere ? answerMessages.notMentionedHere : answerMessages.notMentioned)(
            missingText,
          )
        : answerMessages.notFound;
  return {
    ...notFound(analysis.text, nearest, message),
    ...(missing.length ? { missing: missingText } : {}),
  };
}

/**
 * The sentence of the passages read for the question that best says the thing compared stayed
 * as it was ("the venue … will remain unchanged"), from an article other than `notFrom`'s.
 */
function saidUnchanged(
  index: SearchIndex,
  asked: string,
  options: AnswerOptions,
  aspect: { attribute: Comparison["attribute"] },
  notFrom: ReadonlySet<string> = new Set(),
): Evidence | undefined {
  const found = retrieve(index, asked, options);
  const { words } = judgingWords(index, found.words, found.terms, found.analysis.text, found.hits);
  return scoreHits(index, words, found.hits)
    .filter(
      (e) =>
        e.coverage >= UNCHANGED_COVERAGE &&
        !notFrom.has(e.entry.article.id) &&
        saysUnchanged(aspect, e.entry.sentence.text),
    )
    .sort((a, b) => b.coverage - a.coverage)[0];
}

/** The question with a person described by their post ("Moscow's spokeswoman") named. */
function personNamed(index: SearchIndex, question: string, options: AnswerOptions) {
  const described = personDescription(question);
  if (!described) return undefined;
  const who = answerOrThrow(index, `Who is ${described.text}?`, options);
  const passages = who.sources.map((s) => s.passage);
  const name =
    who.status === "answered" && who.kind === "who" && namesDescription(described, passages)
      ? who.short
      : undefined;
  // One person's name, not a list or a phrase.
  if (!name || !/^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u.test(name)) return undefined;
  return namedInstead(question, described, name);
}

/**
 * Answers a question from the articles only: a short answer and the quoted sentence(s) it
 * came from, or a plain not_found. Never throws: whatever the input, the caller gets an Answer.
 */
export function answerQuestion(
  index: SearchIndex,
  question: unknown,
  options: AnswerOptions = {},
): Answer {
  try {
    // "Who led the team, and what is her title?": each part asked and answered in turn.
    const parts = answerInParts(cleanQuestion(question), (q) => answerQuestion(index, q, options));
    if (parts) return parts;
    const found = answerOrThrow(index, question, options);
    if (found.status === "answered") return found;
    // Unanswered as written, the question is read again with its idioms in plain words; as
    // written first, so a sentence using the idiom itself ("on the table") is found as such.
    // "Who was the head of the delegation" likewise, as "who headed the delegation".
    const asked = cleanQuestion(question);
    // Not a yes/no question: "yes" to a reworded question is a claim the articles may not make.
    const askedType = analyseQuestion(index, asked).type;
    if (askedType === "yesno") return found;
    const plain = idiomsInPlainWords(asked);
    // "How did Moscow's spokeswoman describe…" first as asked of the person the articles name
    // in that post, as the sentences quoting them do: a sentence that only shares the post's
    // words is weaker evidence than one naming whom it means.
    // Not "who is Moscow's spokeswoman": that asks for the very name.
    const plainType = plain === asked ? askedType : analyseQuestion(index, plain).type;
    const named = plainType === "who" ? undefined : personNamed(index, plain, options);
    for (const again of new Set([named, plain, leaderAsVerb(plain)])) {
      if (again === undefined || again === asked) continue;
      const retry = answerOrThrow(index, again, options);
      if (retry.status === "answered") return { ...retry, question: found.question };
    }
    return found;
  } catch (error) {
    // A bug must not take the bot down or leak a stack trace to a user: log it, decline.
    log.error({ err: error, question: cleanQuestion(question) }, "answering failed");
    return notFound(cleanQuestion(question), undefined);
  }
}
