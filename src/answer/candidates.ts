import {
  COPULA,
  LOCATIVES,
  PERSON_PRONOUNS,
  RELATIVE_PRONOUNS,
  SPEECH_VERBS,
  SEASON_MONTHS,
} from "../lexicon/words.js";
import { capitalisedRuns } from "../search/entities.js";
import { isStopword } from "../lexicon/stopwords.js";
import type { Token } from "../search/tokens.js";
import type { QueryTerm, SearchIndex } from "../search/types.js";
import type { QuestionAnalysis } from "./analyse.js";
import { isNationality } from "./contrast.js";
import { countryOf } from "../lexicon/countries.js";
import { previousSentence, speakingPronoun, type Evidence } from "./evidence.js";
import { tokenRange, type Candidate } from "./extract/candidate.js";
import { dateCandidates, vagueTimeCandidates } from "./extract/dates.js";
import { countCandidates, durationCandidates } from "./extract/numbers.js";
import { asksGap, gapCandidates } from "./extract/gaps.js";
import { lemma, partOfSpeech } from "../nlp/stem.js";
import { monthBounds, monthsNamed, withinMonthBounds } from "./qualifiers.js";
import { personCandidates, personKey } from "./extract/people.js";
import { namesPlace, PLACE_HEADS, placeCandidates } from "./extract/places.js";
import { effectCandidates, reasonCandidates } from "./extract/reasons.js";
import { quotedCandidates } from "./extract/quoted.js";
import { asksAboutReport, datesReport } from "./extract/reporting.js";
import { labelsOtherInstance } from "./extract/labels.js";
import { focusPhraseCandidates, isRoleStem, roleCandidates } from "./extract/roles.js";
import { questionRoleTense } from "./extract/tense.js";
import { titleMatch, type TitleQuery } from "./titles.js";

/** What candidate extraction needs to know about the question, computed once per question. */
export interface CandidateContext extends TitleQuery {
  index: SearchIndex;
  analysis: QuestionAnalysis;
  /** Stems the question uses, with their expansions: an answer must add something new. */
  questionStems: ReadonlySet<string>;
  /** People the question itself names: never the answer to "who". */
  questionPeople: ReadonlySet<string>;
  isFocus: (token: Token) => boolean;
  /** Stems of the person a definition question asks about. */
  subjectStems: ReadonlySet<string>;
  /** Stems the verb of "who <verb>" may take. */
  predicateStems: ReadonlySet<string>;
  /** The articles never use the "which X" noun itself. */
  focusUnknown: boolean;
  /** The focus is a compound the articles have a word for ("real estate": "property"). */
  focusCompound: boolean;
  /** The answer is a name the question's verbs act on, or one doing them "by" ("told TASS"). */
  kindByVerb: boolean;
  /** Months the question names right before an event noun ("the April round"). */
  eventMonths: number[];
  /** "After February", "before April": the months the asked time lies beyond. */
  monthBounds: { after?: number; before?: number };
  expansionsOf: (token: Token) => ReadonlySet<string>;
  /** The question asks when something was said or reported, not when it happened. */
  asksAboutReport: boolean;
}

const NAMED_PLACES = new Set(["city", "country", "town", "capital", "state", "nation"]);
const BUILDINGS = new Set(["building", "buildings", "premises", "residence", "compound"]);
const isPlaceNoun = (t: Token): boolean => PLACE_HEADS().has(t.stem) || NAMED_PLACES.has(t.norm);
const COMPARATIVE = /\b(?:longer|shorter)\b/i;

/** Every word of the phrase after its preposition is capitalised: a place name. */
function namesOnly(evidence: Evidence, c: Candidate): boolean {
  const words = evidence.entry.tokens.filter((t) => t.start >= c.start && t.end <= c.end);
  return words.slice(1).every((t) => t.capitalized);
}

/** "Which news agency…" in articles that never say "news agency": the answer is only a name. */
export function focusUnknown(
  index: SearchIndex,
  analysis: QuestionAnalysis,
  /** Whether the articles the answer is judged among use the stem (the corpus's, by default). */
  known: (stem: string) => boolean = index.vocabulary.has,
): boolean {
  // "Which Russian news agency": the nationality narrows the noun, the noun says the kind.
  const kind = analysis.focus.filter((t) => !isNationality(t.stem));
  return kind.length > 0 && kind.every((t) => !known(t.stem));
}

/**
 * "What real estate…": two words of the focus that make one compound the articles read have a
 * word for ("property") name the thing asked about rather than a kind of name wanted. Each
 * such compound's first word ("real"), and terms that find it by the articles' word for it,
 * for its second word: the pair is read as one word.
 */
export function focusCompounds(
  index: SearchIndex,
  focus: readonly Token[],
  known: (stem: string) => boolean,
): { modifiers: Token[]; terms: QueryTerm[] } {
  const modifiers: Token[] = [];
  const terms: QueryTerm[] = [];
  focus.forEach((t, i) => {
    const next = focus[i + 1];
    if (next === undefined) return;
    const words = index.related
      .ofExpression(`${lemma(t.norm)}_${next.norm}`, next.stem)
      .filter((r) => known(r.stem));
    if (words.length === 0) return;
    modifiers.push(t);
    for (const r of words) {
      terms.push({ stem: r.stem, weight: r.weight, source: next.stem, via: "synonym" });
    }
  });
  return { modifiers, terms };
}

/**
 * The question's own verbs ("did RT cite … when quoting…", "a source told which…"). A word
 * ending in -s ("talks") is read as a noun: in a question a verb comes after "did" or "does".
 */
function questionVerbs(analysis: QuestionAnalysis): Token[] {
  return analysis.content.filter(
    (t) =>
      !t.capitalized &&
      !analysis.focus.includes(t) &&
      !/[^s]s$/u.test(t.norm) &&
      partOfSpeech(t.norm) === "VERB",
  );
}

/**
 * "Which news agency did RT cite…", "a source told which news agency…": the noun the articles
 * never use may only say what kind of name is wanted, a verb of the question saying which name.
 * Tried only after the question has gone unanswered with the noun counted as a word to find.
 */
export function kindNounByVerb(
  index: SearchIndex,
  analysis: QuestionAnalysis,
  known: (stem: string) => boolean = index.vocabulary.has,
): boolean {
  return (
    analysis.type === "what" &&
    analysis.focusVerb === undefined &&
    focusUnknown(index, analysis, known) &&
    questionVerbs(analysis).length > 0
  );
}

export function candidateContext(
  index: SearchIndex,
  analysis: QuestionAnalysis,
  terms: QueryTerm[],
  kindByVerb = false,
  known: (stem: string) => boolean = index.vocabulary.has,
): CandidateContext {
  const expansions = (token: Token): Set<string> =>
    new Set([token.stem, ...terms.filter((t) => t.source === token.stem).map((t) => t.stem)]);
  const questionStems = new Set(terms.map((t) => t.stem));
  const questionPeople = new Set<string>();
  for (const stem of questionStems) {
    if (index.surnames.has(stem)) questionPeople.add(personKey(index, stem));
  }
  const focusStems = new Set(analysis.focus.flatMap((t) => [...expansions(t)]));
  const subjectStems = new Set(analysis.subject.flatMap((t) => [...expansions(t)]));
  const dated = questionRoleTense(
    analysis.content,
    analysis.text,
    (t) =>
      isRoleStem(t.stem) ||
      terms.some((q) => q.source === t.stem && q.via === "spelling" && isRoleStem(q.stem)),
  );
  return {
    roleTense: dated && {
      tense: dated.tense,
      roleStems: expansions(dated.role),
      wordIndex: analysis.content.indexOf(dated.word),
      wordStem: dated.word.stem,
    },
    index,
    analysis,
    questionStems,
    questionPeople,
    isFocus: (token) => focusStems.has(token.stem),
    subjectStems,
    predicateStems: analysis.predicate ? expansions(analysis.predicate) : new Set(),
    wordStems: postWords(analysis).map(expansions),
    expansionsOf: expansions,
    focusUnknown: focusUnknown(index, analysis, known),
    focusCompound: focusCompounds(index, analysis.focus, known).modifiers.length > 0,
    kindByVerb,
    eventMonths: eventMonthsOf(analysis.content),
    monthBounds: monthBounds(analysis.text),
    // Read through spelling corrections: "when did he anounce" asks about an announcement.
    asksAboutReport: asksAboutReport([
      ...analysis.content.map((t) => t.stem),
      ...terms.filter((q) => q.via === "spelling").map((q) => q.stem),
    ]),
  };
}

/**
 * A month or season right before a noun of the question: "the April round", "the February
 * talks", "the spring session" (its months).
 */
function eventMonthsOf(content: readonly Token[]): number[] {
  const before = content.filter((t, i) => {
    const next = content[i + 1];
    return next !== undefined && next.start - t.end <= 1 && partOfSpeech(next.norm) === "NOUN";
  });
  return [
    ...monthsNamed(before),
    ...before.flatMap((t) => (Object.hasOwn(SEASON_MONTHS, t.norm) ? SEASON_MONTHS[t.norm]! : [])),
  ];
}

/** True when the phrase only repeats the question ("in Istanbul" for "what country is Istanbul in"). */
function repeatsQuestion(ctx: CandidateContext, evidence: Evidence, c: Candidate): boolean {
  const words = evidence.entry.tokens.filter(
    (t) => t.start >= c.start && t.end <= c.end && !isStopword(t.norm),
  );
  return words.length > 0 && words.every((t) => ctx.questionStems.has(t.stem));
}

/** Where a definition question's person is mentioned in the sentence (or a pronoun for them). */
export function subjectMentions(ctx: CandidateContext, evidence: Evidence): number[] {
  const { tokens } = evidence.entry;
  const direct = tokens
    .map((t, i) => (ctx.subjectStems.has(t.stem) && t.capitalized ? i : -1))
    .filter((i) => i >= 0);
  if (direct.length) {
    // One mention per name: its last word (the surname) anchors the phrases around it.
    return direct.filter((i) => !direct.includes(i + 1));
  }
  const pronounContext = evidence.matches.some(
    (m) => m.at.length === 0 && m.strength > 0 && m.word.isName,
  );
  const pronoun = tokens.findIndex((t) => PERSON_PRONOUNS.has(t.norm));
  return pronounContext && pronoun >= 0 ? [pronoun] : [];
}

/**
 * Capitalised names near the question words: the answer to "which agency quoted…". A weekday
 * or month ("on Tuesday") or a nationality ("Russian media") is not a name of anything asked.
 */
/**
 * The words of the post a who-question names: "who is the Russian ambassador leading the
 * delegation" names the post "Russian ambassador"; what its holder does ("leading…", "who
 * heads…", "that signed…") is said of them outside their title.
 */
function postWords(analysis: QuestionAnalysis): Token[] {
  if (!analysis.asksForHolder) return analysis.content;
  const clause = analysis.content.findIndex(
    (t, i) => i > 0 && !t.capitalized && /ing$/u.test(t.norm) && partOfSpeech(t.norm) === "VERB",
  );
  const relative = /\s(?:who|that|which)\s/iu.exec(
    analysis.text.slice(analysis.content[0]?.end ?? 0),
  );
  const relativeAt = relative ? (analysis.content[0]?.end ?? 0) + relative.index : Infinity;
  const end = Math.min(clause < 0 ? Infinity : analysis.content[clause]!.start, relativeAt);
  const post = analysis.content.filter((t) => t.start < end);
  return post.length > 0 ? post : analysis.content;
}

/**
 * "…, the minister said." / "…, said Petrovsky." / "according to Petrovsky": the name that
 * closes a sentence by saying whose it is, its source and not what it tells.
 */
function attributesSentence(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1]?.norm;
  const after = tokens[last + 1]?.norm;
  const atEnd = (i: number): boolean => i >= tokens.length - 1;
  return (
    (after !== undefined && SPEECH_VERBS.has(after) && atEnd(last + 1)) ||
    (before !== undefined && SPEECH_VERBS.has(before) && atEnd(last)) ||
    (before === "to" && tokens[first - 2]?.norm === "according")
  );
}

function nameCandidates(evidence: Evidence, placeStems: ReadonlySet<string>): Candidate[] {
  const { tokens, inDate } = evidence.entry;
  const text = evidence.entry.sentence.text;
  const out: Candidate[] = [];
  for (const run of capitalisedRuns(tokens, text)) {
    const first = run[0]!;
    const last = run[run.length - 1]!;
    if (run.length === 1 && first === tokens[0]) continue;
    // A country is where things are, not the agency, paper or airline asked for.
    const placeWord = (t: (typeof run)[number]): boolean =>
      isNationality(t.stem) || placeStems.has(t.stem) || isStopword(t.norm);
    if (run.every((t) => inDate.has(tokens.indexOf(t)) || placeWord(t))) continue;
    // "…in Istanbul": where something happened, not the carrier or paper a which-X asks for
    // (a place asked for is a where-question).
    if (LOCATIVES.has(tokens[tokens.indexOf(first) - 1]?.norm ?? "")) continue;
    if (attributesSentence(tokens, tokens.indexOf(first), tokens.indexOf(last))) continue;
    out.push({
      text: text.slice(first.start, last.end),
      display: text.slice(first.start, last.end),
      start: first.start,
      end: last.end,
      key: `name:${run.map((t) => t.stem).join(" ")}`,
    });
  }
  return out;
}

/**
 * The names doing what a verb says: "as quoted by RIA Novosti" (after "<verb> by") or
 * "Kommersant reported" (right before the verb); with `objects`, the name the verb acts on
 * ("a source told TASS") in place of the one before it, which may be doing anything.
 */
function agentNames(
  evidence: Evidence,
  verbStems: ReadonlySet<string>,
  placeStems: ReadonlySet<string>,
  objects = false,
): Candidate[] {
  const { tokens } = evidence.entry;
  const text = evidence.entry.sentence.text;
  const verbs = tokens.map((t, i) => (verbStems.has(t.stem) ? i : -1)).filter((i) => i >= 0);
  const actedOn = (v: number, first: number): boolean =>
    first === v + 1 && !/[,;:.!?]/u.test(text.slice(tokens[v]!.end, tokens[first]!.start));
  return nameCandidates(evidence, placeStems).filter((c) => {
    const [first, last] = tokenRange(tokens, c);
    return verbs.some(
      (v) =>
        (tokens[v + 1]?.norm === "by" && first === v + 2) ||
        (objects ? actedOn(v, first) : last === v - 1),
    );
  });
}

/**
 * The doer of a passive verb at `at`: the phrase after "by" ([] when it has none, undefined
 * when the verb is not passive).
 */
function passiveAgent(tokens: Token[], text: string, at: number): Candidate[] | undefined {
  const next = tokens[at + 1];
  const before = tokens[at - 1];
  const passive = next?.norm === "by" || (before !== undefined && COPULA.has(before.norm));
  if (!passive) return undefined;
  if (next?.norm !== "by") return [];
  let from = at + 2;
  while (tokens[from] && isStopword(tokens[from]!.norm) && tokens[from]!.norm !== "us") from++;
  let to = from;
  while (
    tokens[to + 1] &&
    !isStopword(tokens[to + 1]!.norm) &&
    !/[,;:.!?"“”–—]/u.test(text.slice(tokens[to]!.end, tokens[to + 1]!.start))
  ) {
    to++;
  }
  const first = tokens[from];
  const last = tokens[to];
  if (!first || !last || to - from >= 6) return [];
  const phrase = text.slice(first.start, last.end);
  const key = tokens
    .slice(from, to + 1)
    .map((t) => t.stem)
    .join(" ");
  return [
    { text: phrase, display: phrase, start: first.start, end: last.end, key: `agent:${key}` },
  ];
}

/**
 * "'…hampering diplomats,' she said": the one a quote is said by, named as "he" or "she", is
 * the person the sentence before names last. The quote then carries that sentence too.
 */
function speakerByPronoun(ctx: CandidateContext, evidence: Evidence): Candidate[] {
  const { tokens } = evidence.entry;
  const at = speakingPronoun(tokens);
  if (at < 0) return [];
  const before = previousSentence(ctx.index, evidence.entry);
  if (!before || before.article.id !== evidence.entry.article.id) return [];
  const named = personCandidates(ctx.index, before).filter((c) => !ctx.questionPeople.has(c.key));
  const last = named[named.length - 1];
  if (!last) return [];
  // The person's name, placed at the pronoun that stands for them in this sentence.
  const pronoun = tokens[at]!;
  const { text, display, key } = last;
  return [{ text, display, key, start: pronoun.start, end: pronoun.end, byPronoun: true }];
}

/**
 * "Who told TASS…" when no person is named: the subject of the matched verb, from the start of
 * its clause ("A source familiar with the matter").
 */
function agentCandidates(ctx: CandidateContext, evidence: Evidence): Candidate[] {
  const verb = ctx.analysis.predicate;
  if (!verb) return [];
  const { tokens } = evidence.entry;
  const text = evidence.entry.sentence.text;
  const verbStems = ctx.predicateStems;
  // The verb itself, not a noun of its stem ("representatives" for "who represented").
  const at = tokens.findIndex(
    (t) => verbStems.has(t.stem) && (t.capitalized || partOfSpeech(t.norm) !== "NOUN"),
  );
  if (at <= 0) return [];
  // "Trawlers seized by the coastguard": a passive names its doer after "by"; the noun before
  // the verb is what was done to. Without "by" a passive names no doer at all.
  const by = passiveAgent(tokens, text, at);
  if (by !== undefined) return by;
  let from = at - 1;
  while (from > 0 && !/[,;:.!?"“”]/.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start))) {
    from--;
  }
  while (from < at && isStopword(tokens[from]!.norm)) from++;
  // "…in Oslo, Norway in the coming days": the phrase before the verb ends in a function
  // word, so it is no one's name but a clause cut in half.
  let to = at - 1;
  while (to >= from && isStopword(tokens[to]!.norm)) to--;
  if (from > to || to - from >= 8 || to < at - 1) return [];
  const first = tokens[from]!;
  const last = tokens[to]!;
  const phrase = text.slice(first.start, last.end);
  return [
    {
      text: phrase,
      display: phrase,
      start: first.start,
      end: last.end,
      key: `agent:${tokens
        .slice(from, to + 1)
        .map((t) => t.stem)
        .join(" ")}`,
    },
  ];
}

/**
 * A reason inside a relative clause (", which were suspended shortly after the war") explains
 * that clause's verb: it answers the question only if the question's words are said there.
 */
function inUnaskedRelative(evidence: Evidence, c: Candidate): boolean {
  const { tokens, sentence } = evidence.entry;
  const at = tokens.findIndex((t) => t.start >= c.start);
  for (let i = at - 1; i > 0; i--) {
    const gap = sentence.text.slice(tokens[i - 1]!.end, tokens[i]!.start);
    if (RELATIVE_PRONOUNS.has(tokens[i]!.norm) && gap.includes(",")) {
      for (let j = i + 1; j < at; j++) if (evidence.matchedAt.has(j)) return false;
      return true;
    }
    if (/[,;:]/u.test(gap)) return false;
  }
  return false;
}

/**
 * "Which Turkish city", "what city in Norway": a place the country data puts in another
 * country (its capital, or the country itself) is no answer, however well its sentence matches.
 * A place the data does not know may be anywhere.
 */
function inOtherCountry(analysis: QuestionAnalysis, c: Candidate): boolean {
  const named = analysis.focus.map((t) => countryOf(t.norm)).find((k) => k !== undefined);
  const after = /^\s+in\s+(\p{L}+)/u.exec(analysis.text.slice(analysis.focus.at(-1)?.end ?? 0));
  const asked = named ?? (after ? countryOf(after[1]!.toLowerCase()) : undefined);
  if (asked === undefined) return false;
  return c.text.split(/[^\p{L}]+/u).some((w) => {
    const key = countryOf(w.toLowerCase());
    return key !== undefined && key !== asked;
  });
}

/** "Whose residence", "at whose home": the noun whose owner is asked. */
const WHOSE = /\bwhose\s+(\p{L}+)/iu;

/**
 * The owner of the asked noun in the sentence: "the U.S. Consul General's residence" or "the
 * residence of the US consul general" answers "whose home" with the consul general.
 */
function possessorCandidates(ctx: CandidateContext, evidence: Evidence): Candidate[] {
  const noun = WHOSE.exec(ctx.analysis.text)![1]!.toLowerCase();
  const asked = ctx.analysis.content.find((t) => t.norm === noun);
  if (!asked) return [];
  const stems = ctx.expansionsOf(asked);
  const { tokens, sentence } = evidence.entry;
  const out: Candidate[] = [];
  // The phrase shown runs over the owner and the thing owned ("the U.S. Consul General's
  // residence"), as the sentence writes them; the owner alone is its key.
  const make = (from: number, to: number, owner: [number, number]): void => {
    if (owner[0] > owner[1]) return;
    const start = tokens[from]!.start;
    const text = sentence.text.slice(start, tokens[to]!.end);
    const key = `owner:${tokens
      .slice(owner[0], owner[1] + 1)
      .map((t) => t.stem)
      .join(" ")}`;
    out.push({ text, display: text, start, end: tokens[to]!.end, key });
  };
  tokens.forEach((t, i) => {
    if (!stems.has(t.stem)) return;
    const before = tokens[i - 1];
    if (before && /['’]s$/u.test(before.text)) {
      // Back over the owner's name or title, written in capitals.
      let first = i - 1;
      while (first > 0 && tokens[first - 1]!.capitalized) first--;
      make(first, i, [first, i - 1]);
    } else if (tokens[i + 1]?.norm === "of") {
      // Forward over "the", then the owner's words up to a function word.
      let first = i + 2;
      if (tokens[first]?.norm === "the") first++;
      let last = first - 1;
      while (last + 1 < tokens.length && !isStopword(tokens[last + 1]!.norm)) last++;
      make(i, last, [first, last]);
    }
  });
  return out;
}

/** Answer phrases of the kind the question asks for, in one piece of evidence. */
export function candidatesFor(ctx: CandidateContext, evidence: Evidence): Candidate[] {
  const { entry } = evidence;
  const { type, focus } = ctx.analysis;
  let found: Candidate[] = [];
  switch (type) {
    case "who":
      // "Whose home…": the one the thing belongs to, as the sentence writes it.
      if (WHOSE.test(ctx.analysis.text)) {
        found = possessorCandidates(ctx, evidence);
        if (found.length > 0) break;
      }
      found = personCandidates(ctx.index, entry)
        .filter((c) => !ctx.questionPeople.has(c.key))
        .map((c) => ({ ...c, title: titleMatch(ctx, evidence, c) }))
        // "Who was the previous ambassador": not a person the sentence calls the new one.
        .filter((c) => c.title.dated !== false);
      // "Who is the US Secretary of State": the person must be described as that.
      if (ctx.analysis.asksForHolder) {
        found = found.filter((c) => (c.title?.recall ?? 0) >= 0.5 && c.title?.post !== false);
      } else if (found.length === 0) {
        found = speakerByPronoun(ctx, evidence);
        if (found.length === 0) found = agentCandidates(ctx, evidence);
      }
      break;
    case "definition":
      found = subjectMentions(ctx, evidence).flatMap((at) => roleCandidates(entry, at));
      break;
    case "when":
      found = dateCandidates(entry);
      // "When did Darchiev become ambassador" is not answered by when a paper reported it.
      if (!ctx.asksAboutReport) found = found.filter((c) => !datesReport(entry, c));
      found = found.filter((c) => !labelsOtherInstance(entry, c));
      // "When did they meet again after February": not in February or before.
      found = found.filter((c) => withinMonthBounds(c.date, ctx.monthBounds));
      // "Which weekday did the April round fall on": the answer is in April.
      if (ctx.eventMonths.length > 0) {
        found = found.filter((c) => {
          const month = Number(c.date?.split("-")[1]);
          return !(month > 0) || ctx.eventMonths.includes(month);
        });
      }
      // "When will flights resume?" is not answered by a date already past when written.
      if (ctx.analysis.future) {
        found = found.filter(
          (c) => (c.date ?? "") >= entry.article.published.slice(0, c.date?.length),
        );
        // Without a date, the articles' own words for a time to come answer it.
        if (found.length === 0) found = vagueTimeCandidates(entry);
      }
      break;
    case "where":
      found = placeCandidates(entry);
      // "Where…" and "in which city…" ask for a place; "in which vote…" for the noun it names.
      if (/\bwhere/iu.test(ctx.analysis.text) || (focus.length > 0 && focus.every(isPlaceNoun))) {
        found = found.filter((c) => namesPlace(entry, c));
      }
      // "Which building": a building or site, never a bare city or country.
      if (focus.some((t) => BUILDINGS.has(t.norm))) found = found.filter((c) => c.specific);
      // "Which city / what country": a proper place name, not a building.
      if (focus.some((t) => NAMED_PLACES.has(t.norm))) {
        found = found.filter((c) => namesOnly(evidence, c));
      }
      found = found.filter((c) => !inOtherCountry(ctx.analysis, c));
      break;
    case "count": {
      // The counted noun is the last word of "how many Russian-owned properties"; the other
      // words only narrow it down.
      const head = focus[focus.length - 1];
      const headStems = head ? ctx.expansionsOf(head) : undefined;
      // The counted word by its lemma, not only its stem: "multiple rounds of diplomatic
      // expulsions" counts no diplomats.
      found = countCandidates(entry, (t) =>
        headStems && head
          ? headStems.has(t.stem) && (t.stem !== head.stem || lemma(t.norm) === lemma(head.norm))
          : !isStopword(t.norm),
      );
      // Failing that, another noun of the focus, never a word that only qualifies it:
      // "six Ruritanian-owned trawlers" counts no Ruritanian diplomats.
      if (found.length === 0 && focus.length > 1) {
        found = countCandidates(
          entry,
          (t) => ctx.isFocus(t) && !isNationality(t.stem) && partOfSpeech(t.norm) === "NOUN",
        );
      }
      // "How many times have they spoken": how often, which the articles give as a count of
      // the events themselves ("three radio calls").
      if (found.length === 0 && head?.norm === "times" && focus.length === 1) {
        // The last word of the counted phrase, before a function word ("three radio calls with"),
        // and not the question's own ("the two envoys have met on three occasions").
        const word = (t: Token | undefined): boolean => t !== undefined && !isStopword(t.norm);
        found = countCandidates(
          entry,
          (t) =>
            word(t) &&
            !ctx.questionStems.has(t.stem) &&
            !word(entry.tokens[entry.tokens.indexOf(t) + 1]),
        );
      }
      // "How many, exactly?": "several" or "multiple" is no answer to that.
      if (EXACT.test(ctx.analysis.text)) found = found.filter((c) => !/^count:\p{L}/u.test(c.key));
      break;
    }
    case "duration":
      // "How long had contact been frozen": only a length given as a gap answers it.
      if (asksGap(ctx.analysis.text)) {
        found = gapCandidates(entry);
        break;
      }
      found = durationCandidates(entry);
      // "A few hours longer" measures one event against another: it answers "how much
      // longer", not how long the asked-about event lasted.
      if (!COMPARATIVE.test(ctx.analysis.text)) {
        found = found.filter((c) => !/\b(?:longer|shorter)$/i.test(c.text));
      }
      // "For the first time in more than three years", "within two days": the time since or
      // until something, not how long anything went on.
      found = found.filter(
        (c) => !/\b(?:in|within)\s*$/i.test(entry.sentence.text.slice(0, c.start)),
      );
      break;
    case "why":
      found = reasonCandidates(entry).filter((c) => !inUnaskedRelative(evidence, c));
      break;
    case "effect":
      found = effectCandidates(entry);
      break;
    case "quoted":
      found = quotedCandidates(entry);
      break;
    case "what":
      if (focus.length) {
        found = focusPhraseCandidates(entry, ctx.isFocus);
        // A noun the articles never use ("which news agency"): the answer can only be a name,
        // and when the question names its verb ("…quoted the ministry"), the name doing that.
        if (ctx.focusUnknown) {
          const verb = ctx.analysis.focusVerb;
          // Countries only: the index's place words also hold people's names.
          const places = new Set<string>();
          const verbs = ctx.kindByVerb ? questionVerbs(ctx.analysis) : [];
          found = verb
            ? agentNames(evidence, ctx.expansionsOf(verb), places)
            : verbs.length > 0
              ? agentNames(
                  evidence,
                  new Set(verbs.flatMap((v) => [...ctx.expansionsOf(v)])),
                  places,
                  true,
                )
              : nameCandidates(evidence, places);
        }
      }
      break;
    default:
      break;
  }
  return found.filter((c) => !repeatsQuestion(ctx, evidence, c));
}

/**
 * The sentence names the asked noun only in the question's own words ("closed two compounds"
 * for "which two compounds were closed"): it says that there were some, not which.
 */
export function namesFocusOnlyAsAsked(ctx: CandidateContext, evidence: Evidence): boolean {
  if (ctx.analysis.focus.length === 0 || ctx.focusUnknown) return false;
  const { tokens } = evidence.entry;
  const phrases = focusPhraseCandidates(evidence.entry, ctx.isFocus);
  // A name or number right beside the phrase ("spokesperson Jan Berg", "the embassy in Oslo"),
  // or what an "of" after it names, says which.
  const saysWhich = (c: Candidate): boolean => {
    const [first, last] = tokenRange(tokens, c);
    const near = [
      ...tokens.slice(Math.max(0, first - 2), first),
      ...tokens.slice(last + 1, last + 4),
    ];
    const told = (t: Token): boolean => !isStopword(t.norm) && !ctx.questionStems.has(t.stem);
    // "The issue of resuming direct air service": what follows "of" says which issue.
    const ofWhich = tokens[last + 1]?.norm === "of" && tokens.slice(last + 2, last + 5).some(told);
    return (
      ofWhich ||
      near.some((t) => (t.capitalized || /\d/.test(t.norm)) && !ctx.questionStems.has(t.stem))
    );
  };
  return (
    phrases.length > 0 && phrases.every((c) => repeatsQuestion(ctx, evidence, c) && !saysWhich(c))
  );
}

/** A question that asks for the precise figure, which a vague amount does not give. */
const EXACT = /\b(?:exactly|precisely|exact|precise)\b/iu;

/** Question types whose answer is a typed phrase: without one there is no answer. */
export function needsCandidate(analysis: QuestionAnalysis): boolean {
  switch (analysis.type) {
    case "who":
    case "definition":
    case "when":
    case "where":
    case "count":
    case "duration":
    case "effect":
    case "quoted":
      return true;
    case "what":
      return analysis.focus.length > 0;
    default:
      return false;
  }
}
