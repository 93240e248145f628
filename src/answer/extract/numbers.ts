import type { Token } from "../../search/tokens.js";
import type { IndexedSentence } from "../../search/types.js";
import type { Candidate } from "./candidate.js";
import { dateCandidates } from "./dates.js";
import { gapBreaks } from "./phrase.js";
import { lookupTable } from "../../lexicon/lookupTable.js";
import { CARDINALS, readNumber } from "../../lexicon/numberWords.js";

/** Cardinals, plus vague amounts (-1) that answer "how many" without a number. */
const NUMBER_WORDS = lookupTable<number>({
  ...CARDINALS,
  several: -1,
  few: -1,
  multiple: -1,
  numerous: -1,
});

export function numberValue(token: Token): number | undefined {
  if (/^\d+(?:[.,]\d+)?$/.test(token.norm)) return Number(token.norm.replace(",", ""));
  return NUMBER_WORDS[token.norm];
}

/**
 * Counted things in a sentence: a number and the noun it counts ("six Russian-owned
 * properties", "35 Russian diplomats"). `isFocus` says which nouns the question counts; the
 * phrase runs from the number to that noun. Numbers that are dates are skipped.
 */
export function countCandidates(
  entry: IndexedSentence,
  isFocus: (token: Token) => boolean,
): Candidate[] {
  const { tokens } = entry;
  const text = entry.sentence.text;
  const dates = dateCandidates(entry);
  const inDate = (t: Token): boolean => dates.some((d) => d.start <= t.start && t.end <= d.end);
  const out: Candidate[] = [];
  let skipTo = -1;
  tokens.forEach((t, i) => {
    if (i <= skipTo) return;
    let value = numberValue(t);
    if (value === undefined || inDate(t)) return;
    // "thirty-five": one number, not thirty and then five.
    const next = tokens[i + 1];
    if (next && text.slice(t.end, next.start) === "-") {
      const compound = readNumber(text.slice(t.start, next.end));
      if (compound !== undefined && compound !== value) {
        value = compound;
        skipTo = i + 1;
      }
    }
    // The counted noun follows within a few words: "two Russian compounds".
    for (let j = i + 1; j < Math.min(tokens.length, i + 5); j++) {
      const tj = tokens[j]!;
      if (gapBreaks(text, tokens[j - 1]!, tj)) break;
      if (isFocus(tj)) {
        // "Two phone calls": a counted noun of several words runs to its last.
        let last = tj;
        for (let k = j + 1; k < tokens.length; k++) {
          const tk = tokens[k]!;
          if (gapBreaks(text, tokens[k - 1]!, tk) || !isFocus(tk)) break;
          last = tk;
        }
        out.push({
          text: text.slice(t.start, last.end),
          display: text.slice(t.start, last.end),
          start: t.start,
          end: last.end,
          key: `count:${value < 0 ? t.norm : value}:${last.stem}`,
        });
        break;
      }
      // "The two countries' senior official": the number counts the possessor, not what it owns.
      if (/^['’]/u.test(text.slice(tj.end)) || /['’]s$/u.test(tj.text)) break;
    }
  });
  return out;
}

const NUMBER_WORD = `(?:${Object.keys(NUMBER_WORDS)
  .filter((w) => NUMBER_WORDS[w]! > 0)
  .join("|")})`;
/** "six", "thirty-five", "2.5", "two and a half", "half an". */
const QUANTITY = `(?:a few|a couple of|several|half an?|(?:\\d+(?:\\.\\d+)?|${NUMBER_WORD}(?:-${NUMBER_WORD})?|an?)(?:\\s+and\\s+a\\s+half)?)`;
const QUALIFIER =
  "(?:(?:more|less|fewer) than|over|under|about|around|nearly|almost|roughly|some|at least|up to|just over|just under)";
const UNIT = "(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)";
const DURATION = new RegExp(
  `\\b(?:${QUALIFIER}\\s+)?${QUANTITY}\\s+(?:more\\s+)?${UNIT}(?:\\s+(?:longer|shorter))?\\b`,
  "gi",
);

/**
 * Whether a text gives a length of time ("more than six hours"): what "how long" asks for.
 * DURATION itself, from the start of the text: compiling a pattern of dozens of number words
 * costs its first use about 2 ms, and a second pattern with other flags (for a test without
 * the global flag's position) paid it again on the first "how long" question.
 */
export function statesDuration(text: string): boolean {
  DURATION.lastIndex = 0;
  const found = DURATION.test(text);
  DURATION.lastIndex = 0;
  return found;
}

/** Normalised key so "over six hours" and "more than six hours" agree. */
function durationKey(phrase: string): string {
  const words = phrase
    .toLowerCase()
    .replace(/\b(more than|over|just over)\b/, ">")
    .replace(/\b(less than|fewer than|under|just under)\b/, "<")
    .replace(/\b(about|around|nearly|almost|roughly|some)\b/, "~")
    .split(/\s+/)
    .map((w) => {
      const value = readNumber(w);
      return value !== undefined && value > 0 ? String(value) : w;
    })
    .map((w) => w.replace(/s$/, ""));
  return `duration:${words.join(" ")}`;
}

/** Lengths of time in a sentence: "more than six hours", "about three years". */
export function durationCandidates(entry: IndexedSentence): Candidate[] {
  const text = entry.sentence.text;
  const out: Candidate[] = [];
  for (const m of text.matchAll(DURATION)) {
    out.push({
      text: m[0],
      display: m[0],
      start: m.index,
      end: m.index + m[0].length,
      key: durationKey(m[0]),
    });
  }
  return out;
}
