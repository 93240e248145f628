import { defaultEngineOptions } from "../tuning/defaults.js";
import {
  EFFECT_VERBS,
  LIGHT_WORDS,
  NEGATIONS,
  PLAN_WORDS,
  INTENT_VERBS,
  SORT_NOUNS,
  SPEECH_VERBS,
  TIME_NOUNS,
  WANTING_VERBS,
  CLAUSE_LINKS,
  GENERIC_PERSON_NOUNS,
} from "../lexicon/words.js";
import { editDistance } from "../search/editDistance.js";
import { isStopword, PRONOUN_US_BEFORE, STOPWORDS } from "../lexicon/stopwords.js";
import { shortNameCorrection } from "../search/query.js";
import { tokenize, type Token } from "../search/tokens.js";
import type { SearchIndex } from "../search/types.js";
import { cleanQuestion } from "./clean.js";
import { spellOutMonths } from "../dates/names.js";
import { isPastVerb } from "../nlp/verbs.js";
import { lemma, partOfSpeech, stem } from "../nlp/stem.js";
import { CARDINALS } from "../lexicon/numberWords.js";
import { EVENT_VERBS, GROUP_NOUNS, isReturnParticle } from "./phrasing.js";

/**
 * What kind of answer a question wants. "definition" is "who is <person>" and "what is
 * <person>'s title": answered with the role phrases the articles attach to that person.
 */
export type QuestionType =
  | "who"
  | "definition"
  | "when"
  | "where"
  | "count"
  | "duration"
  | "why"
  | "effect"
  | "quoted"
  | "yesno"
  | "list"
  | "what";

export interface QuestionAnalysis {
  /** The cleaned question. */
  text: string;
  type: QuestionType;
  /** Words that must be found in the evidence (no question frame, no stopwords). */
  content: Token[];
  /** Head noun(s) of "which X" / "how many X": what the answer phrase must be about. */
  focus: Token[];
  /** For definition questions: the person asked about. */
  subject: Token[];
  /** "Isn't…", "did … not": flips a yes/no answer. */
  negated: boolean;
  /** The verb of "who <verb> …" ("told", "said"): its subject answers when no name does. */
  predicate?: Token;
  /**
   * "Who is the US Secretary of State", "the name of the consul general": asks who holds a
   * title, so only a person the articles give that title answers.
   */
  asksForHolder: boolean;
  /** "When will…": asks about something still to come when the articles were written. */
  future: boolean;
  /**
   * "Which news agency quoted…": the verb right after the asked-for noun, whose subject the
   * answer is. Absent when an auxiliary follows ("which hotel did they stay at").
   */
  focusVerb?: Token;
  /** "…did Russia expel": who did it (a capitalised name after the auxiliary) and the verb. */
  actor?: {
    subject: Token[];
    verb: Token;
    /** How many joined by "and" (Ruritania and Freedonia: 2). */ actors: number;
  };
  /**
   * "What was agreed about Syria": the verb a passive "what" question asks about. An answer
   * has to say it (or a word for it), not only name Syria.
   */
  passive?: Token;
  /**
   * "What did Putin and Trump discuss": the verb whose object is asked. A sentence that does
   * not say it (or a word for it) tells that they met, not what they discussed.
   */
  objectVerb?: Token;
}

const WH = ["who", "whom", "whose", "what", "which", "when", "where", "why", "how"] as const;
const AUX = new Set([
  "is",
  "are",
  "was",
  "were",
  "do",
  "does",
  "did",
  "has",
  "have",
  "had",
  "will",
  "would",
  "can",
  "could",
  "should",
  "shall",
  "may",
  "might",
  "must",
  "isnt",
  "arent",
  "wasnt",
  "werent",
  "didnt",
  "doesnt",
  "dont",
  "hasnt",
  "havent",
]);
/** "Can you tell me…", "do you know…": a yes/no frame around the real question. */
const ASKING_FRAME = new Set(["tell", "say", "explain", "know", "describe", "show", "find"]);

const PLACE_NOUNS = new Set([
  "city",
  "country",
  "place",
  "venue",
  "location",
  "town",
  "building",
  "site",
  "where",
]);
const REASON_NOUNS = new Set([
  ...["reason", "reasons", "cause", "purpose", "motive", "why"],
  ...["point", "aim", "goal", "goals", "objective", "objectives"],
]);
/** After "what" / "which": these ask for words someone used, quoted. */
const QUOTE_NOUNS = new Set([
  ...["phrase", "phrases", "word", "words", "term", "terms", "expression", "expressions"],
  ...["metaphor", "image", "label", "slogan", "wording"],
]);
const ROLE_QUESTION_NOUNS = new Set(["title", "position", "role", "job", "post", "rank"]);
/** After "which": these ask for a person. */
const PERSON_NOUNS = new Set([
  "president",
  "minister",
  "spokesperson",
  "spokeswoman",
  "spokesman",
  "ambassador",
  "official",
  "diplomat",
  "person",
  "envoy",
  "leader",
  "secretary",
  "name",
]);
const DURATION_UNITS = new Set(["hours", "hour", "days", "day", "minutes", "weeks", "years"]);
const LIST_VERBS = new Set(["list", "name", "enumerate"]);
interface Frame {
  type: QuestionType;
  /** Token indices that belong to the question frame, not its content. */
  frame: Set<number>;
  focus: number[];
}

/** Fixes a misspelt question word ("wich", "whre") so the frame is still recognised. */
function questionWord(token: Token | undefined, index: SearchIndex): string | undefined {
  if (!token) return undefined;
  if ((WH as readonly string[]).includes(token.norm)) return token.norm;
  if (token.norm.length < 4 || index.vocabulary.has(token.stem)) return undefined;
  const near = WH.filter((w) => w.length >= 4 && editDistance(token.norm, w, 1) <= 1);
  // "wher" is one slip from "when" and "where": a dropped last letter is the likelier slip.
  return near.find((w) => w.startsWith(token.norm)) ?? near[0];
}

/** A small count of things ("two", "3"): more than one, as "which two ministers" asks. */
function isSmallCount(norm: string): boolean {
  const n = CARDINALS[norm] ?? (/^\d$/u.test(norm) ? Number(norm) : undefined);
  return n !== undefined && n >= 2 && n <= 10;
}

/**
 * The noun phrase right after "which" / "how many": up to the first auxiliary, function word or
 * past-tense verb, and never past a plural ("which ministries take part" → "ministries").
 */
function nounRun(tokens: Token[], from: number, text: string, index?: SearchIndex): number[] {
  const out: number[] = [];
  for (let i = from; i < tokens.length && out.length < 4; i++) {
    const t = tokens[i];
    if (!t) break;
    if (AUX.has(t.norm) || (isStopword(t.norm) && t.norm !== "us")) break;
    const prev = tokens[i - 1];
    const between = prev === undefined ? "" : text.slice(prev.end, t.start);
    // "the 'quiet reset' Lindqvist keeps mentioning": a closing quotation mark ends the phrase.
    if (out.length > 0 && /["”’']\s/u.test(between)) break;
    // "the plan Lindqvist drafted": a person's name after a common noun starts a clause of
    // its own, whose subject it is ("the Lindqvist plan" puts the name first).
    if (
      out.length > 0 &&
      index &&
      index.surnames.has(t.stem) &&
      !prev!.capitalized &&
      !index.nameParts.has(prev!.stem) &&
      index.vocabulary.has(prev!.stem)
    ) {
      break;
    }
    const hyphenated = between === "-";
    if (out.length > 0 && /ed$/.test(t.norm) && !hyphenated) break;
    out.push(i);
    if (/[^su]s$/.test(t.norm) && t.norm !== "news") break;
  }
  return out;
}

/**
 * "riyadh meeting date?", "venue of the april round": a question typed as a noun phrase, its
 * first or last noun saying what kind of answer is wanted, as "which date" would.
 */
function telegraphic(tokens: Token[], frame: Set<number>): Frame {
  const kindOf = (norm: string): Frame["type"] | undefined =>
    TIME_NOUNS.has(norm) && !/s$/u.test(norm)
      ? "when"
      : PLACE_NOUNS.has(norm)
        ? "where"
        : REASON_NOUNS.has(norm)
          ? "why"
          : undefined;
  // At the start the noun must head the phrase: "date of the…", not "date night".
  const places =
    tokens.length < 2 ? [] : [tokens.length - 1, ...(tokens[1]?.norm === "of" ? [0] : [])];
  const cueAt = places.find((i) => kindOf(tokens[i]!.norm) !== undefined);
  if (cueAt === undefined) return { type: "what", frame, focus: [] };
  const cue = tokens[cueAt]!.norm;
  // "venue" is written in articles: kept as a word to find, as after "which".
  if (cue !== "venue") frame.add(cueAt);
  return { type: kindOf(cue)!, frame, focus: [] };
}

function frameFor(tokens: Token[], index: SearchIndex, text: string): Frame {
  const frame = new Set<number>();
  // Skip a polite or yes/no wrapper to find the real question word.
  let whAt = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (questionWord(tokens[i], index)) {
      whAt = i;
      break;
    }
  }
  const first = tokens[0];
  const wrapped =
    first !== undefined &&
    AUX.has(first.norm) &&
    tokens.slice(1, 5).some((t) => ASKING_FRAME.has(t.norm));
  // Behind "did she say…" only a question word as written opens a question of its own: "were"
  // is English spelt right, not a slip for "where", however few articles write it.
  const asWritten = whAt >= 0 && (WH as readonly string[]).includes(tokens[whAt]!.norm);
  if (first && AUX.has(first.norm) && !(wrapped && whAt > 0 && asWritten)) {
    return { type: "yesno", frame, focus: [] };
  }
  // "After the February talks, did the State Department…": a yes/no question behind a
  // leading phrase, its auxiliary right after the comma.
  const afterComma = tokens.findIndex(
    (t, i) => i > 0 && AUX.has(t.norm) && text.slice(tokens[i - 1]!.end, t.start).includes(","),
  );
  if (afterComma > 0 && (whAt < 0 || whAt > afterComma)) {
    return { type: "yesno", frame, focus: [] };
  }
  if (first && LIST_VERBS.has(first.norm) && whAt < 0) {
    frame.add(0);
    return { type: "list", frame, focus: nounRun(tokens, 1, text) };
  }
  if (whAt < 0) return telegraphic(tokens, frame);
  const wh = questionWord(tokens[whAt], index);
  frame.add(whAt);
  const next = tokens[whAt + 1];
  switch (wh) {
    case "who":
    case "whom":
    case "whose":
      return { type: "who", frame, focus: [] };
    case "when":
      return { type: "when", frame, focus: [] };
    case "where":
      return { type: "where", frame, focus: [] };
    case "why":
      return { type: "why", frame, focus: [] };
    case "how": {
      if (next?.norm === "long") {
        frame.add(whAt + 1);
        return { type: "duration", frame, focus: [] };
      }
      if (next?.norm === "many" || next?.norm === "much") {
        frame.add(whAt + 1);
        const after = tokens[whAt + 2];
        if (
          after &&
          (DURATION_UNITS.has(after.norm) || /^(longer|shorter|time)$/.test(after.norm))
        ) {
          frame.add(whAt + 2);
          return { type: "duration", frame, focus: [] };
        }
        // "How many times": how often, a word no answer has to repeat ("on three occasions").
        if (tokens[whAt + 2]?.norm === "times") frame.add(whAt + 2);
        return { type: "count", frame, focus: nounRun(tokens, whAt + 2, text) };
      }
      // "How did the war affect trade": the effect asked for is said as a cause's outcome
      // ("the war led to…"), the way a why-question's reason is; the verb is only the frame.
      const effect = tokens.findIndex((t, i) => i > whAt && EFFECT_VERBS().has(t.stem));
      if (effect > 0 && AUX.has(next?.norm ?? "")) {
        frame.add(effect);
        return { type: "effect", frame, focus: [] };
      }
      return { type: "what", frame, focus: [] };
    }
    default: {
      // what / which: the noun after it says what is asked for.
      let i = whAt + 1;
      let skippedVerb = false;
      while (
        tokens[i] &&
        (AUX.has(tokens[i]!.norm) || ["the", "a", "an"].includes(tokens[i]!.norm))
      ) {
        if (AUX.has(tokens[i]!.norm)) skippedVerb = true;
        i++;
      }
      // "What happened in Riyadh", "what led to…": a verb right after "what" is the question's
      // predicate; there is no noun saying what kind of answer is wanted.
      const first = tokens[i];
      if (i === whAt + 1 && first && isPastVerb(first.norm)) {
        // "What happened": any event is a happening, so the verb asks nothing of the evidence.
        if (EVENT_VERBS.has(first.norm)) frame.add(i);
        return { type: "what", frame, focus: [] };
      }
      // "What kind of discussion…": the noun after "of" is what is asked about, and the answer
      // the words that say which kind ("a serious discussion").
      if (SORT_NOUNS.has(tokens[i]?.norm ?? "") && tokens[i + 1]?.norm === "of") {
        const sorted = nounRun(tokens, i + 2, text);
        const plural = sorted.some((n) => /[^su]s$/.test(tokens[n]!.norm));
        if (sorted.length > 0 && !plural) {
          frame.add(i).add(i + 1);
          return { type: "what", frame, focus: sorted };
        }
      }
      // "Which two ministers": how many the answer names, not a word to find.
      if (wh === "which" && isSmallCount(tokens[i]?.norm ?? "") && tokens[i + 1]) {
        frame.add(i);
        i++;
      }
      const nouns = nounRun(tokens, i, text, index);
      const head = nouns.map((n) => tokens[n]!.norm);
      const has = (set: ReadonlySet<string>): boolean => head.some((h) => set.has(h));
      const consume = (set: ReadonlySet<string>): void => {
        for (const n of nouns) if (set.has(tokens[n]!.norm)) frame.add(n);
        // "What city and country", "which date or day": a second noun of the same kind.
        const last = nouns[nouns.length - 1] ?? i;
        const joined = tokens[last + 1]?.norm;
        if ((joined === "and" || joined === "or") && set.has(tokens[last + 2]?.norm ?? "")) {
          frame.add(last + 1).add(last + 2);
        }
      };
      if (has(TIME_NOUNS)) {
        consume(TIME_NOUNS);
        // "Which day of the week": a weekday is asked for, and "week" is no word to look for.
        // ("What time of day" asks for an hour, which a date does not give: left as it is.)
        const last = nouns[nouns.length - 1]!;
        const after = tokens[last + 2]?.norm === "the" ? last + 3 : last + 2;
        if (
          tokens[last]?.norm === "day" &&
          tokens[last + 1]?.norm === "of" &&
          tokens[after]?.norm === "week"
        ) {
          for (let j = last + 1; j <= after; j++) frame.add(j);
        }
        return { type: "when", frame, focus: [] };
      }
      if (has(REASON_NOUNS)) {
        consume(REASON_NOUNS);
        return { type: "why", frame, focus: [] };
      }
      if (has(PLACE_NOUNS)) {
        // "venue" is written in articles ("the venue of this round will be…"): keep it as content.
        consume(new Set([...PLACE_NOUNS].filter((n) => n !== "venue")));
        return { type: "where", frame, focus: nouns };
      }
      if (has(ROLE_QUESTION_NOUNS)) {
        consume(ROLE_QUESTION_NOUNS);
        return { type: "definition", frame, focus: [] };
      }
      // "What phrase did she use for…": the words someone used, as the article quotes them.
      if (has(QUOTE_NOUNS)) {
        consume(QUOTE_NOUNS);
        return { type: "quoted", frame, focus: [] };
      }
      if (head[0] === "name") {
        frame.add(nouns[0]!);
        return { type: "who", frame, focus: [] };
      }
      // "What does Darchiev mean…": a noun after the verb is the subject, not what is asked.
      if (skippedVerb) return { type: "what", frame, focus: [] };
      // "Which ministers", "which two officials": people, as "which minister" is.
      const people = head.some(
        (h) =>
          PERSON_NOUNS.has(h) || PERSON_NOUNS.has(lemma(h)) || GENERIC_PERSON_NOUNS().has(stem(h)),
      );
      if (people && wh === "which") return { type: "who", frame, focus: nouns };
      const last = nouns[nouns.length - 1];
      const lastToken = last === undefined ? undefined : tokens[last];
      if (lastToken && /[^su]s$/.test(lastToken.norm) && nouns.length <= 2) {
        return { type: "list", frame, focus: nouns };
      }
      return { type: "what", frame, focus: nouns };
    }
  }
}

/** Tokens naming a person known to the corpus (any spelling), or a capitalised name. */
function personTokens(tokens: Token[], index: SearchIndex, from: number): Token[] {
  const out: Token[] = [];
  for (const token of tokens.slice(from)) {
    if (isStopword(token.norm) || AUX.has(token.norm)) {
      if (out.length) break;
      continue;
    }
    const stems = [token.stem, ...index.vocabulary.correct(token.norm).map((c) => c.stem)];
    // "who is tamy bruce": a short first name with a slip, too short for the general
    // correction, is still a name when it is one slip from a name the articles give.
    const unknown =
      stems.length === 1 &&
      !index.vocabulary.has(token.stem) &&
      index.related.englishRank(token.norm) === Infinity;
    const short = unknown ? shortNameCorrection(index, token.norm) : undefined;
    if (short) stems.push(short.stem);
    const known = stems.some((s) => index.nameParts.has(s));
    if (known) out.push(token);
    else if (out.length) break;
  }
  return out;
}

/**
 * "How many diplomats did Russia expel?": the name between the auxiliary and the verb did the
 * acting. Only a capitalised name is taken; anything else is too uncertain to check against.
 */
const DO_AUX = new Set(["did", "does", "do", "will", "would", "could", "should"]);

function actorOf(tokens: Token[], from: number): QuestionAnalysis["actor"] {
  const aux = tokens.findIndex((t, i) => i >= from && AUX.has(t.norm));
  if (aux < 0) return undefined;
  let i = aux + 1;
  if (tokens[i]?.norm === "the") i++;
  const subject: Token[] = [];
  let actors = 1;
  while (tokens[i]?.capitalized) {
    subject.push(tokens[i++]!);
    // "Will Ruritania and the Freedonian side sign…": two actors acting together.
    const next = tokens[i + 1]?.norm === "the" ? i + 2 : i + 1;
    if (tokens[i]?.norm === "and" && tokens[next]?.capitalized) {
      i = next;
      actors++;
    }
  }
  // "did the US side want", "did the Obama administration expel": the group is the actor.
  if (subject.length && GROUP_NOUNS.has(tokens[i]?.norm ?? "")) subject.push(tokens[i++]!);
  const verb = tokens[i];
  if (!subject.length || !verb || verb.capitalized || isStopword(verb.norm)) return undefined;
  // "When was Darchiev appointed": a passive names who it happened to, not who did it.
  const passive = ["is", "are", "was", "were", "been"].includes(tokens[aux]!.norm);
  if (passive) return undefined;
  return { subject, verb, actors };
}

/**
 * "What did <subject> <verb>…": the first verb after the do-auxiliary and its subject. None
 * for a verb of saying: what was said is told in many words ("what did she say the sides
 * would keep working on" is answered by "will continue").
 */
function objectVerbOf(tokens: Token[], whAt: number): Token | undefined {
  if (!DO_AUX.has(tokens[whAt + 1]?.norm ?? "")) return undefined;
  for (let i = whAt + 2; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "What did X say about…": the rest is what it was about, not a verb asked for.
    if (CLAUSE_LINKS.has(t.norm)) return undefined;
    // A word after "to" is read as a verb ("wants them to return"), whatever its commoner use.
    const verb =
      partOfSpeech(t.norm) === "VERB" || (tokens[i - 1]?.norm === "to" && !isStopword(t.norm));
    if (t.capitalized || AUX.has(t.norm) || !verb) continue;
    // "What did X say Ruritania wants Y to return": the thing asked is what is returned; saying
    // and wanting only lead up to it.
    if (SPEECH_VERBS.has(t.norm) || WANTING_VERBS().has(t.stem)) continue;
    return LIGHT_WORDS().has(t.stem) ? undefined : t;
  }
  return undefined;
}

/**
 * "Wat did…", "waht is…": a function word mistyped, not a word the articles lack. Only a word
 * the corpus does not use, one letter (or one swap) from a function word of three letters or
 * more, that English itself rarely writes ("ten" is a word, "teh" is not).
 */
function misspeltStopword(index: SearchIndex, t: Token): boolean {
  if (t.capitalized && t.norm.length > 3) return false;
  if (t.norm.length < 3 || index.vocabulary.has(t.stem)) return false;
  if (index.related.englishRank(t.norm) < defaultEngineOptions.expansion.typoRank) return false;
  for (const word of STOPWORDS) {
    if (word.length >= 3 && Math.abs(word.length - t.norm.length) <= 1) {
      if (editDistance(word, t.norm, 1) <= 1) return true;
    }
  }
  return false;
}

/**
 * "Would" before something happening ("said the talks would be held soon", "would resume")
 * reports a plan as it stood then: its answer is a time still to come when it was said.
 * "Reported that he would be the next envoy" says what someone would be, not when.
 */
function plannedEvent(tokens: Token[]): boolean {
  return tokens.some((t, i) => {
    // "When do they expect to meet again": what someone intends lies ahead.
    const intended =
      INTENT_VERBS.has(lemma(t.norm)) &&
      tokens[i + 1]?.norm === "to" &&
      partOfSpeech(tokens[i + 2]?.norm ?? "") === "VERB";
    if (intended) return true;
    // "Was expected to take place", "were due to meet": a plan as it stood then, like "would".
    const planned =
      PLAN_WORDS.has(t.norm) &&
      tokens.slice(0, i).some((x) => ["was", "were", "is", "are"].includes(x.norm)) &&
      tokens[i + 1]?.norm === "to";
    if (t.norm !== "would" && !planned) return false;
    const next = tokens[i + (planned ? 2 : 1)];
    const verb = next?.norm === "be" ? tokens[i + (planned ? 3 : 2)] : next;
    return verb !== undefined && partOfSpeech(verb.norm) === "VERB";
  });
}

export function analyseQuestion(index: SearchIndex, raw: unknown): QuestionAnalysis {
  const text = spellOutMonths(cleanQuestion(raw));
  const tokens = tokenize(text);
  const { type: framed, frame, focus } = frameFor(tokens, index, text);
  let type = framed;
  let subject: Token[] = [];
  // "Who is Zakharova?" / "What is Coulter's title?" ask for the person's role.
  if (type === "who" || type === "definition") {
    const whAt = tokens.findIndex((t, i) => frame.has(i) && t.norm !== "name");
    const verb = tokens[whAt + 1];
    const candidates = personTokens(tokens, index, Math.max(0, whAt + 1));
    const nextIsName =
      verb &&
      ["is", "was", "s"].includes(verb.norm) &&
      tokens[whAt + 2] &&
      candidates[0] === tokens[whAt + 2];
    // "Who was Darchiev's predecessor": a noun after the possessive names another person, the
    // one asked about; only "Coulter's title" (a role noun, typed above) asks about the owner.
    const last = candidates[candidates.length - 1];
    const owned = last && /['’]s$/.test(last.text) ? tokens[tokens.indexOf(last) + 1] : undefined;
    const asksAnother = type === "who" && owned !== undefined && !isStopword(owned.norm);
    if (type === "definition" || (nextIsName && !asksAnother)) {
      if (candidates.length) {
        type = "definition";
        subject = candidates;
      } else if (type === "definition") type = "what";
    }
  }
  const content = tokens.filter((t, i) => {
    const before = tokens[i - 1];
    // "…in May": the month, not the modal verb.
    const month = t.text === "May" && before !== undefined && !AUX.has(before.norm);
    if (frame.has(i) || (AUX.has(t.norm) && !month)) return false;
    if (isStopword(t.norm) && !isReturnParticle(tokens, i) && !month) return false;
    if (misspeltStopword(index, t)) return false;
    if (t.norm === "us" && t.text === "us" && before && PRONOUN_US_BEFORE.has(before.norm)) {
      return false;
    }
    return true;
  });
  const whAt = tokens.findIndex((_, i) => frame.has(i));
  const afterWh = tokens[whAt + 1];
  const predicate =
    type === "who" && afterWh && !AUX.has(afterWh.norm) && !isStopword(afterWh.norm)
      ? afterWh
      : undefined;
  const lower = tokens.map((t) => t.norm);
  // "Who is the woman heading…" names no post: the noun only says a person is asked for.
  const theAt = lower.indexOf("the", whAt);
  const holderNoun = theAt < 0 ? undefined : tokens[theAt + 1];
  const asksForHolder =
    type === "who" &&
    !(holderNoun !== undefined && GENERIC_PERSON_NOUNS().has(holderNoun.stem)) &&
    ((["is", "was", "s"].includes(lower[whAt + 1] ?? "") && lower[whAt + 2] === "the") ||
      lower.slice(whAt).join(" ").includes("name of the"));
  const future =
    lower.includes("will") || lower.join(" ").includes("going to") || plannedEvent(tokens);
  const actor = actorOf(tokens, Math.max(whAt, 0));
  const focusTokens = focus.map((i) => tokens[i]).filter((t): t is Token => t !== undefined);
  const lastFocus = focus[focus.length - 1];
  // "Which plan Lindqvist drafted": the name is the clause's subject, its verb comes after.
  let verbAt = lastFocus === undefined ? -1 : lastFocus + 1;
  while (verbAt > 0 && tokens[verbAt] && index.nameParts.has(tokens[verbAt]!.stem)) verbAt++;
  const afterFocus = verbAt > 0 ? tokens[verbAt] : undefined;
  const focusVerb =
    afterFocus && !AUX.has(afterFocus.norm) && !isStopword(afterFocus.norm)
      ? afterFocus
      : undefined;
  const participle = tokens[whAt + 2];
  const passive =
    type === "what" &&
    lower[whAt] === "what" &&
    ["is", "are", "was", "were"].includes(lower[whAt + 1] ?? "") &&
    participle &&
    // "agreed", "freed": read as participles even where the tagger takes them for adjectives.
    (isPastVerb(participle.norm) || /\wed$/.test(participle.norm))
      ? participle
      : undefined;
  return {
    text,
    type,
    passive,
    objectVerb: type === "what" && lower[whAt] === "what" ? objectVerbOf(tokens, whAt) : undefined,
    focusVerb,
    future,
    actor,
    asksForHolder,
    predicate,
    content,
    focus: focusTokens,
    subject,
    negated: tokens.some((t) => NEGATIONS.has(t.norm)),
  };
}
