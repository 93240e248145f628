import { stem } from "../nlp/stem.js";
import { COUNTRY_ALIASES, normalizeWord } from "../lexicon/normalize.js";

export { normalizeWord };

/** One word of a text, with its offsets so an answer can be cut from the original string. */
export interface Token {
  /** Exactly text.slice(start, end). */
  text: string;
  /** Lower case, accents and periods removed, possessive dropped: "Russia’s" → "russia". */
  norm: string;
  /** Stemmed norm: the key used for matching. */
  stem: string;
  start: number;
  end: number;
  /** Starts with a capital letter (names, places, titles). */
  capitalized: boolean;
}

// Initialisms first ("U.S.", "U.K."), then words with an optional internal apostrophe.
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

// A plain word (ASCII letters and digits) has no accent, apostrophe or period to fold away.
const PLAIN = /^[A-Za-z0-9]+$/;

/**
 * Norm and stem of each surface word seen: a corpus repeats the same few thousand words, and
 * building an index of 200,000 passages tokenises millions of them. Bounded, so a stream of
 * odd questions cannot grow it forever.
 */
const WORD_KEYS = new Map<string, { norm: string; stem: string } | null>();
const MAX_WORD_KEYS = 200_000;

/**
 * Stems worked out already, by norm: an index's vocabulary holds the stem of every word its
 * corpus writes, so tokenising a passage seen for the first time needs no lemmatiser (reading a
 * word through wink-nlp was most of the cost of a question's first sighting).
 */
let knownStems: ((norm: string) => string | undefined) | null = null;

/** Stems to use instead of computing them again: the same stem() made them. */
export function useKnownStems(stems: (norm: string) => string | undefined): void {
  knownStems = stems;
}

function keysOf(surface: string): { norm: string; stem: string } | null {
  let keys = WORD_KEYS.get(surface);
  if (keys !== undefined) return keys;
  const rawNorm = PLAIN.test(surface) ? surface.toLowerCase() : normalizeWord(surface);
  const norm = COUNTRY_ALIASES[rawNorm] ?? rawNorm;
  keys = norm ? { norm, stem: knownStems?.(norm) ?? stem(norm) } : null;
  if (WORD_KEYS.size >= MAX_WORD_KEYS) WORD_KEYS.clear();
  WORD_KEYS.set(surface, keys);
  return keys;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const surface = match[0];
    const start = match.index;
    const keys = keysOf(surface);
    if (!keys) continue;
    const first = surface.charCodeAt(0);
    out.push({
      text: surface,
      norm: keys.norm,
      stem: keys.stem,
      start,
      end: start + surface.length,
      // Plain ASCII letters are tested directly; anything else through Unicode properties.
      capitalized: first < 128 ? first >= 65 && first <= 90 : /^\p{Lu}/u.test(surface),
    });
  }
  return mergeUnitedStates(out, text);
}

/**
 * The stems of tokenize(text), in order ("United States" merged into "us" as there), without
 * making its tokens: a timeline's topic index reads the text of every event and keeps only
 * the stems, and the tokens were hundreds of megabytes of garbage at 200,000 passages.
 */
export function stemsOf(text: string): string[] {
  const out: string[] = [];
  let previous = "";
  for (const match of text.matchAll(WORD)) {
    const keys = keysOf(match[0]);
    if (!keys) continue;
    if (previous === "united" && keys.norm === "states") {
      out[out.length - 1] = "us";
      previous = "us";
      continue;
    }
    out.push(keys.stem);
    previous = keys.norm;
  }
  return out;
}

/** "United States" is one name: merged into the token "us" so it meets "U.S." and "US". */
function mergeUnitedStates(tokens: Token[], text: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (!token) continue;
    if (token.norm === "united" && next?.norm === "states") {
      out.push({
        text: text.slice(token.start, next.end),
        norm: "us",
        stem: "us",
        start: token.start,
        end: next.end,
        capitalized: token.capitalized,
      });
      i++;
      continue;
    }
    out.push(token);
  }
  return out;
}

/** The text with each token `replace` gives a replacement for written as that replacement. */
export function replaceTokens(text: string, replace: (token: Token) => string | undefined): string {
  let out = "";
  let at = 0;
  for (const t of tokenize(text)) {
    const by = replace(t);
    if (by === undefined) continue;
    out += text.slice(at, t.start) + by;
    at = t.end;
  }
  return out + text.slice(at);
}
