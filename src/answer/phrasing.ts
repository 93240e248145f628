import { tokenize, type Token } from "../search/tokens.js";
import { AUXILIARIES, COPULA } from "../lexicon/words.js";
import { partOfSpeech } from "../nlp/stem.js";

/**
 * How a question's wording is read beyond its question word: which verbs are past tenses, when
 * a stopword carries meaning, which nouns name a group acting as one.
 */

/** Verbs that only say something took place: "what happened in Oslo" asks what took place. */
export const EVENT_VERBS = new Set(["happened", "occurred", "transpired"]);

/** After "back", these make it a time ("back in 2016", "back then"), not a return. */
const BACK_IN_TIME = new Set("in on at then when during around before under after last".split(" "));

/**
 * "Demand back", "want the properties back", "go back to Moscow": after a verb or its object,
 * the particle "back" carries the question's meaning (a return) and must be matched, though it
 * is a stopword everywhere else. Articles write it as "return", "restore" (see synonyms).
 */
export function isReturnParticle(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return (
    tokens[i]?.norm === "back" &&
    i > 0 &&
    !(next && (BACK_IN_TIME.has(next.norm) || /^\d/.test(next.norm)))
  );
}

/** Nouns for a group acting for a country or body: part of the actor, never its verb. */
export const GROUP_NOUNS = new Set([
  ...["side", "sides", "delegation", "team", "government", "administration", "officials"],
  ...["diplomats", "ministry", "department", "embassy", "authorities", "leadership"],
]);

/** "What exactly is…", "when precisely did…": an intensifier after the question word. */
const INTENSIFIED =
  /\b(what|who|whom|when|where|which|why|how)\s+(?:exactly|precisely|actually|really)\b/giu;

/** The question with such intensifiers left out: they ask nothing and hide the frame. */
export function intensifiersDropped(question: string): string {
  return question.replace(INTENSIFIED, "$1");
}

/**
 * "Sonata Coulter's job title?": a bare noun phrase asked as a question, with a possessive
 * saying whose, is asked as "what is …?". Anything with a question word, a verb or no
 * possessive is left as written, as is a choice ("A or B?").
 */
export function barePhraseAsked(question: string): string {
  const words = tokenize(question);
  if (words.length === 0 || words.length > 8) return question;
  if (!words.some((t) => /['’]s$/u.test(t.text))) return question;
  // A question word, also run into its verb ("whats", "hows"); "A or B": a choice.
  const asking = (t: Token): boolean =>
    /^(?:wh|how)/u.test(t.norm) ||
    AUXILIARIES.has(t.norm) ||
    COPULA.has(t.norm) ||
    t.norm === "do" ||
    t.norm === "or";
  if (words.some(asking)) return question;
  if (words.some((t) => !/['’]s$/u.test(t.text) && partOfSpeech(t.norm) === "VERB")) {
    return question;
  }
  return `What is ${question.trim().replace(/[?.!\s]*$/u, "")}?`;
}

/** "Round two", "phase 3": a count after the noun names its place in a series. */
const NUMBERED =
  /\b(round|phase|stage|session|meeting|part)\s+(one|two|three|four|five|[1-5])\b(?!\s*(?:hours?|days?|weeks?|months?|years?)\b)/giu;
const ORDINAL_OF: Record<string, string> = {
  one: "first",
  two: "second",
  three: "third",
  four: "fourth",
  five: "fifth",
  "1": "first",
  "2": "second",
  "3": "third",
  "4": "fourth",
  "5": "fifth",
};

/** "Round two of the talks" read as "the second round of the talks", as the articles write it. */
export function numberedAsOrdinal(question: string): string {
  return question.replace(
    NUMBERED,
    (_, noun: string, n: string) => `${ORDINAL_OF[n.toLowerCase()]} ${noun}`,
  );
}

/**
 * "Did the ministry say anything about when they would meet again?": a question about what was
 * said on a question. What was said answers it, so it is asked as that question ("when did the
 * ministry say they would meet again?"), not as a yes/no one.
 */
const EMBEDDED =
  /^(did|does|do|has|have|had)\s+(.+?)\s+(say|said|mention|mentioned|reveal|revealed|indicate|indicated)\s+(?:anything|something|any details|a word)\s+(?:about|on|regarding|as to)\s+(when|where|who|whom|why|how|what|which)\s+(.+)$/iu;

export function embeddedQuestionAsked(question: string): string {
  const m = EMBEDDED.exec(question.trim());
  if (!m) return question;
  const [, aux, subject, verb, asking, rest] = m;
  return `${asking!} ${aux!.toLowerCase()} ${subject!} ${verb!} ${rest!}`;
}

/**
 * "They'd meet", "she'll lead": a contracted "would" or "will" written out, so the question's
 * tense is read ("they'd" asks of a time to come). "They'd met" is "they had met": before a
 * past participle the contraction is "had".
 */
export function contractionsSpelledOut(question: string): string {
  return question
    .replace(/\b(\p{L}+)['’]ll\b/giu, "$1 will")
    .replace(/\b(\p{L}+)['’]d\s+(\p{L}+)/giu, (_, who: string, next: string) =>
      /(?:ed|en|been|met|led|held|made|said|had|done|gone|left)$/iu.test(next)
        ? `${who} had ${next}`
        : `${who} would ${next}`,
    );
}

/** The verb each noun for whoever leads something stands for, by tense. */
const LEADING_VERB: Record<string, { now: string; then: string }> = {
  leader: { now: "leads", then: "led" },
  head: { now: "heads", then: "headed" },
  chief: { now: "leads", then: "led" },
};
const LEADER_OF =
  /^\s*who(?:['’]s|\s+(is|was|are|were))\s+(?:the\s+)?(leader|head|chief)\s+of\s+(.+?)\s*\??\s*$/iu;
const LEADER_AFTER =
  /^\s*who(?:['’]s|\s+(is|was|are|were))\s+(.+?)(?:['’]s?)?\s+(leader|head|chief)\s*\??\s*$/iu;

/**
 * "Who was the head of the delegation", "who is the Russian team's leader": asked as whoever
 * led it ("who led the delegation"), which is how reports say it ("the delegation was led by").
 */
export function leaderAsVerb(question: string): string {
  const of = LEADER_OF.exec(question);
  const after = of ? null : LEADER_AFTER.exec(question);
  // [tense, noun, what is led] from either wording.
  const parts = of ? [of[1], of[2]!, of[3]!] : after ? [after[1], after[3]!, after[2]!] : null;
  if (!parts) return question;
  const [tense, noun, led] = parts;
  const verb = LEADING_VERB[noun!.toLowerCase()]!;
  return `who ${/was|were/iu.test(tense ?? "") ? verb.then : verb.now} ${led!}?`;
}
