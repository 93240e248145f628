import { STOPWORDS } from "../lexicon/stopwords.js";
import { MONTHS, TIME_NOUNS, WEEKDAYS } from "../lexicon/words.js";
import { stem as stemKey } from "../nlp/stem.js";
/**
 * Words of a text for comparing events and matching topics: lower-cased, possessives dropped,
 * and keyed by lemma and stem so that "flights"/"flight" and "talks"/"talk" meet.
 */

/**
 * Words that say nothing of what an event is: the lexicon's stopwords, and the reporting and
 * ordering words news uses around every event ("said", "first", "new").
 */
const EVENT_NEUTRAL = new Set(
  (
    "said says say told according apart addition particular specifically two one first next " +
    "last new previous further well us s"
  ).split(" "),
);
const isNeutral = (word: string): boolean => STOPWORDS.has(word) || EVENT_NEUTRAL.has(word);

/** Calendar words say when, not what: two events are not alike for sharing "February". */
const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  ...MONTHS,
  ...WEEKDAYS,
  ...TIME_NOUNS,
  ...["today", "yesterday", "tomorrow", "late", "early"],
]);

export interface Word {
  /** As written, for display and fuzzy matching. */
  text: string;
  /** Lower-cased and cut back, for comparing. */
  stem: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\.?/gu;

/** The same key /ask matches words by (src/nlp/stem.ts), on the word cleaned of dots. */
export function stem(word: string): string {
  const w = word
    .toLowerCase()
    .replace(/['’]s$/, "")
    .replace(/\.$/, "")
    .replace(/\./g, "");
  return stemKey(w);
}

export function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({
    text: m[0].replace(/\.$/, (dot) => (/^(?:[A-Z]\.)+$/.test(m[0]) ? dot : "")),
    stem: stem(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/**
 * The `text` of each of words(text), without its stem: for matching by spelling alone, where
 * lemmatising every word of every event was most of a timeline's preparation.
 */
export function wordTexts(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push(m[0].replace(/\.$/, (dot) => (/^(?:[A-Z]\.)+$/.test(m[0]) ? dot : "")));
  }
  return out;
}

/** Words that say what a sentence is about: no function words, no calendar words, no numbers. */
export function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of words(text)) {
    const lower = w.text.toLowerCase().replace(/['’]s$/, "");
    if (isNeutral(lower) || CALENDAR_WORDS.has(lower) || /^\d/.test(lower)) continue;
    if (w.stem.length < 3) continue;
    out.add(w.stem);
  }
  return out;
}

export function isStopword(word: string): boolean {
  return isNeutral(word.toLowerCase());
}

export function isCalendarWord(word: string): boolean {
  return CALENDAR_WORDS.has(word.toLowerCase());
}
