import type { Token } from "../../search/tokens.js";

/** Punctuation between two tokens that ends a phrase. */
const BREAK = /[,;:.!?()[\]"“”–—]/;

export function gapBreaks(text: string, a: Token, b: Token): boolean {
  return BREAK.test(text.slice(a.end, b.start));
}

/** Nothing but space between two tokens: they are written as one phrase. */
export function onlySpaceBetween(text: string, a: Token, b: Token): boolean {
  return /^\s*$/u.test(text.slice(a.end, b.start));
}

/** Words that end a noun phrase when reading forward. */
export const PHRASE_END = new Set([
  "in",
  "on",
  "at",
  "for",
  "to",
  "from",
  "by",
  "with",
  "over",
  "after",
  "before",
  "during",
  "since",
  "between",
  "about",
  "and",
  "but",
  "or",
  "which",
  "who",
  "where",
  "while",
  "when",
  "that",
  "as",
  "is",
  "are",
  "was",
  "were",
  "will",
  "would",
  "be",
  "been",
  "has",
  "have",
  "had",
  "said",
  "says",
  "told",
  "did",
  "could",
  "can",
  "should",
  "shall",
  "may",
  "might",
]);

/**
 * Reads a phrase forward from token `from`: stops at clause punctuation, at a word in `stopAt`,
 * or after `max` tokens. Returns token indices.
 */
export function readForward(
  tokens: Token[],
  text: string,
  from: number,
  stopAt: ReadonlySet<string> = PHRASE_END,
  max = 10,
): number[] {
  const out: number[] = [];
  for (let i = from; i < tokens.length && out.length < max; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (!t) break;
    if (out.length > 0 && prev && gapBreaks(text, prev, t)) break;
    if (stopAt.has(t.norm)) break;
    out.push(i);
  }
  return out;
}

/** Text of a token range, exactly as written. */
export function sliceTokens(text: string, tokens: Token[], first: number, last: number): string {
  const a = tokens[first];
  const b = tokens[last];
  return a && b ? text.slice(a.start, b.end) : "";
}

/** Closing quote or bracket left dangling at the end of a phrase. */
export function trimPhrase(phrase: string): string {
  return phrase.replace(/^[\s"“'‘]+|[\s,;:"”'’]+$/g, "");
}
