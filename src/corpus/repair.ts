import { isEnglishWord } from "./vocabulary.js";

/**
 * Repairs of text that a scraper broke: sentences split across lines, sentences glued
 * together when a line break was lost, and words glued together when a link was removed.
 * Every repair is counted, because the number of repairs a copy needed tells how cleanly
 * it was scraped (the cleaner of two duplicate copies is kept).
 */

export interface Repaired {
  text: string;
  repairs: number;
}

const NON_FINAL_AT_LINE_END = /(?:\b(?:[A-Z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|St)\.)$/;
const SENTENCE_END = /[.!?]["”’)]?$|[.!?]["”’)]?\s*\(\w+\)$/;

/**
 * Joins lines of one sentence. A line continues on the next when it ends in an abbreviation
 * that cannot close a sentence ("U.S."), or when it lacks closing punctuation and the next
 * text starts in lower case (even across a blank line, where a paragraph break was invented).
 */
export function joinBrokenLines(
  lines: string[],
  hardWrapped: boolean = isHardWrapped(lines),
): { paragraphs: string[]; repairs: number } {
  const paragraphs: string[] = [];
  let repairs = 0;
  let current: string | null = null;
  let blankSince = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "") {
      blankSince = true;
      continue;
    }
    if (current !== null && continuesOnNextLine(current, line, blankSince, hardWrapped)) {
      current = `${current} ${line}`;
      repairs++;
    } else {
      if (current !== null) paragraphs.push(current);
      current = line;
    }
    blankSince = false;
  }
  if (current !== null) paragraphs.push(current);
  return { paragraphs, repairs };
}

function continuesOnNextLine(previous: string, next: string, acrossBlank: boolean, hardWrapped: boolean): boolean {
  const startsLower = /^\p{Ll}/u.test(next);
  if (NON_FINAL_AT_LINE_END.test(previous)) return !acrossBlank || startsLower;
  if (SENTENCE_END.test(previous)) return false;
  if (startsLower) return true;
  // "... met in Vienna on" + "Monday, officials said.": a body line cut before a capitalised
  // word. A headline is short or title case, so only long sentence-case lines qualify, and on
  // a page not hard-wrapped only a line that stops where no headline stops (on "on", ",").
  if (acrossBlank || !/[\p{Ll},;]$/u.test(previous) || !isSentenceCaseProse(previous)) return false;
  return hardWrapped || CANNOT_END.test(previous);
}

/** Words and marks a headline or sentence never ends on. */
const CANNOT_END =
  /(?:[,;]|\b(?:a|an|the|of|in|on|at|to|for|with|by|from|and|or|but|as|that|which|who|than|into|about|after|before|over|under|between|its|their|his|her|our|is|are|was|were|has|have|had|will|would)\b)$/;

/**
 * Whether the page was hard-wrapped: lines often end without punctuation and the next one
 * carries on in lower case. Pages with a paragraph to a line are not.
 */
export function isHardWrapped(lines: readonly string[]): boolean {
  let cut = 0;
  let text = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]?.trim() ?? "";
    if (line === "") continue;
    text++;
    if (!SENTENCE_END.test(line) && /^\p{Ll}/u.test(lines[i + 1]?.trim() ?? "")) cut++;
  }
  return cut >= 3 && cut >= 0.1 * text;
}

function isSentenceCaseProse(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  // A hard-wrapped line is long whatever its capitals ("NEW YORK, May 3 (AP) - The …").
  return words.length >= 8 && (lower / words.length >= 0.5 || line.length >= WRAPPED_LINE);
}

/** Characters of a line cut by a hard wrap; headlines are shorter. */
const WRAPPED_LINE = 70;

/** "said.The" → "said. The"; "2018,Lindqvist" → "2018, Lindqvist". */
export function restoreMissingSpaces(text: string): Repaired {
  let repairs = 0;
  const count = (replacement: string) => () => {
    repairs++;
    return replacement;
  };
  let out = text.replace(/(?<=\p{Ll}{2}[.!?]["”’]?)(?=\p{Lu}\p{Ll})/gu, count(" "));
  out = out.replace(/(?<=[\p{L}\d]),(?=\p{L})/gu, count(", "));
  return { text: out, repairs };
}

/** Short words accepted as one half of a split; longer halves must be dictionary words. */
const SHORT_WORDS = new Set(
  "a an as at be by do he if in is it me my no of on or so to up us we".split(" "),
);

/**
 * "reportedthat" → "reported that", "Genevaagreed" → "Geneva agreed": a token neither the
 * dictionary nor the corpus knows, with exactly one split into two common words. A
 * capitalised token is a name unless it splits into a name the corpus uses (not an ordinary
 * word) and a common word, so "Wentworth" and "Selectboard" stay whole. Ambiguous or unknown
 * tokens are left as they are.
 */
export function splitGluedWords(
  text: string,
  isWord: (w: string) => boolean,
  isCommon: (w: string) => boolean = isWord,
): Repaired {
  let repairs = 0;
  const out = text.replace(/\p{L}{5,}/gu, (token) => {
    if (isWord(token)) return token;
    const capitalised = /^\p{Lu}/u.test(token);
    const splits: string[] = [];
    for (let i = 2; i <= token.length - 2; i++) {
      const left = token.slice(0, i);
      const right = token.slice(i);
      if (!/^\p{Ll}/u.test(right) || !acceptable(right, isCommon)) continue;
      // After a name, a short right half is more likely a suffix ("Europe|an") than a word.
      const leftOk = capitalised
        ? left.length >= 4 && right.length >= 4 && isWord(left) && !isEnglishWord(left)
        : acceptable(left, isCommon);
      if (leftOk) splits.push(`${left} ${right}`);
    }
    if (splits.length !== 1 || splits[0] === undefined) return token;
    repairs++;
    return splits[0];
  });
  return { text: out, repairs };
}

function acceptable(part: string, isCommon: (w: string) => boolean): boolean {
  if (part.length <= 2) return SHORT_WORDS.has(part.toLowerCase());
  if (part.length === 3) return /^\p{Ll}+$/u.test(part) && commonShort(part);
  return isCommon(part);
}

/** Three-letter halves are the riskiest; only everyday function words qualify. */
const COMMON_THREE = new Set(
  "and are but can for had has her his its not now our out she the was who why yet you".split(" "),
);

function commonShort(part: string): boolean {
  return COMMON_THREE.has(part);
}
