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

const LETTER = 1;
const NUMBER = 2;
const OTHER = 3;
/**
 * Kind of each character of the Basic Multilingual Plane, as Unicode's properties say, worked
 * out on first sight (0: not yet); characters beyond it in a map.
 */
const BMP_KIND = new Uint8Array(65536);
const ASTRAL_KIND = new Map<number, number>();

function unicodeKind(code: number): number {
  const char = String.fromCodePoint(code);
  return /\p{L}/u.test(char) ? LETTER : /\p{N}/u.test(char) ? NUMBER : OTHER;
}

function kindOf(code: number): number {
  if (code < 65536) {
    const kind = BMP_KIND[code]!;
    return kind !== 0 ? kind : (BMP_KIND[code] = unicodeKind(code));
  }
  let kind = ASTRAL_KIND.get(code);
  if (kind === undefined) ASTRAL_KIND.set(code, (kind = unicodeKind(code)));
  return kind;
}

const PERIOD = 46;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;

/**
 * Calls `word` with the offsets of each word of the text, in order: initialisms first ("U.S.",
 * "U.K."), then letters and digits with an optional internal apostrophe. Exactly the matches of
 * /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu, found by a scan of character codes: the
 * regular expression made a match object per word, most of the cost of tokenising.
 */
export function forEachWord(text: string, word: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const kind = kindOf(code);
    if (kind === OTHER) {
      i += width;
      continue;
    }
    // An initialism: a letter and a period, twice or more.
    if (kind === LETTER) {
      let j = i;
      let pairs = 0;
      while (j < n) {
        const c = text.codePointAt(j)!;
        const w = c > 0xffff ? 2 : 1;
        if (kindOf(c) !== LETTER || text.charCodeAt(j + w) !== PERIOD) break;
        pairs++;
        j += w + 1;
      }
      if (pairs >= 2) {
        word(i, j);
        i = j;
        continue;
      }
    }
    // Letters and digits, then an apostrophe and letters if one follows.
    let j = i;
    while (j < n) {
      const c = text.codePointAt(j)!;
      if (kindOf(c) === OTHER) break;
      j += c > 0xffff ? 2 : 1;
    }
    const mark = text.charCodeAt(j);
    if ((mark === APOSTROPHE || mark === RIGHT_QUOTE) && j + 1 < n) {
      let k = j + 1;
      while (k < n) {
        const c = text.codePointAt(k)!;
        if (kindOf(c) !== LETTER) break;
        k += c > 0xffff ? 2 : 1;
      }
      if (k > j + 1) j = k;
    }
    word(i, j);
    i = j;
  }
}

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
  forEachWord(text, (start, end) => {
    const surface = text.slice(start, end);
    const keys = keysOf(surface);
    if (!keys) return;
    const first = surface.charCodeAt(0);
    out.push({
      text: surface,
      norm: keys.norm,
      stem: keys.stem,
      start,
      end,
      // Plain ASCII letters are tested directly; anything else through Unicode properties.
      capitalized: first < 128 ? first >= 65 && first <= 90 : /^\p{Lu}/u.test(surface),
    });
  });
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
  forEachWord(text, (start, end) => {
    const keys = keysOf(text.slice(start, end));
    if (!keys) return;
    if (previous === "united" && keys.norm === "states") {
      out[out.length - 1] = "us";
      previous = "us";
      return;
    }
    out.push(keys.stem);
    previous = keys.norm;
  });
  return out;
}

/** "United States" is one name: merged into the token "us" so it meets "U.S." and "US". */
function mergeUnitedStates(tokens: Token[], text: string): Token[] {
  // Most texts have no "United States": their tokens are returned as they are, not copied.
  if (!tokens.some((t, i) => t.norm === "united" && tokens[i + 1]?.norm === "states")) {
    return tokens;
  }
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
