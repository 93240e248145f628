import { MONTH_NAME_SOURCE, monthNumber } from "../dates/candidate.js";
import type { SearchIndex } from "../search/types.js";

/** What a question says of the source it wants: "according to the RT report" → RT. */
export interface NamedSource {
  outlet: string;
  /** The question without the phrase naming the source. */
  rest: string;
}

const outletsOf = new WeakMap<SearchIndex, { all: string[]; republishers: Set<string> }>();

/** The corpus's outlets and republishers, read once per index. */
function outletNames(index: SearchIndex): { all: string[]; republishers: Set<string> } {
  let names = outletsOf.get(index);
  if (!names) {
    const all = new Set<string>();
    const republishers = new Set<string>();
    for (const a of index.corpus.articles) {
      if (a.outlet) all.add(a.outlet);
      if (a.republishedBy) {
        all.add(a.republishedBy);
        republishers.add(a.republishedBy);
      }
    }
    names = { all: [...all].sort((a, b) => b.length - a.length), republishers };
    outletsOf.set(index, names);
  }
  return names;
}

/** The outlets of the corpus (and the sites that republished them), longest name first. */
function outlets(index: SearchIndex): string[] {
  return outletNames(index).all;
}

/** Whether a name is that of a site that republished some article of the corpus. */
export function isRepublisher(index: SearchIndex, name: string): boolean {
  return outletNames(index).republishers.has(name);
}

/** The question with a matched phrase cut out, or null when too little of it is left to ask. */
function without(question: string, m: RegExpExecArray): string | null {
  const rest = (question.slice(0, m.index) + question.slice(m.index + m[0].length))
    .replace(/\s+([?.!])/g, "$1")
    .replace(/\s{2,}/g, " ")
    .trim()
    .replace(/^[,;:]\s*/u, "");
  return rest.split(/\s+/).length >= 3 ? rest : null;
}

/** The text as a regular expression that matches it literally. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const PIECE =
  "(?:\\s+(?:report|reports|piece|story|stories|article|articles|account|coverage|source|sources))?";

/**
 * The outlet a question asks about by name, when it names one of the corpus's outlets as the
 * source ("according to TASS", "per the RT piece", "in The Moscow Times' report"). The outlet
 * names come from the articles' own metadata, never from a list in code.
 */
export function namedSource(index: SearchIndex, question: string): NamedSource | null {
  for (const outlet of outlets(index)) {
    const name = escapeRegExp(withoutThe(outlet));
    const phrase = new RegExp(
      `[,;]?\\s*\\b(?:according to|per|in|as reported by|reported by|from)\\s+(?:the\\s+)?${name}(?:['’]s?)?${PIECE}\\b`,
      "i",
    );
    // "RT quoted the ministry via which agency?", "which agency did RT cite?": the outlet
    // reporting, named as the subject of its verb of reporting.
    const reporting = new RegExp(
      `\\b(?:the\\s+)?${name}(?=\\s+(?:quoted|quotes|quote|cited|cites|cite|reported|reports|report|wrote|writes|write|said|says|say)\\b)`,
      "i",
    );
    const m = phrase.exec(question) ?? reporting.exec(question);
    if (!m) continue;
    const rest = without(question, m);
    return rest === null ? null : { outlet, rest };
  }
  return null;
}

/** The corpus outlet a question names anywhere in it ("did The Moscow Times run…"), if any. */
export function outletNamed(index: SearchIndex, question: string): string | null {
  return outletsNamed(index, question).outlets[0] ?? null;
}

/**
 * "The Moscow Times" is also named "Moscow Times"; a one-word name keeps its "The" ("The Hill"
 * is not every hill).
 */
export function withoutThe(outlet: string): string {
  const rest = outlet.replace(/^the\s+/iu, "");
  return rest !== outlet && /\s/u.test(rest) ? rest : outlet;
}

/** `text` with [start, end) blanked out, every other offset kept. */
export function blanked(text: string, start: number, end: number): string {
  return text.slice(0, start) + " ".repeat(end - start) + text.slice(end);
}

/**
 * Every outlet or republisher the question names, longest name first, each once, and the
 * question with each name blanked out (offsets kept).
 */
export function outletsNamed(
  index: SearchIndex,
  question: string,
): { outlets: string[]; rest: string } {
  const found: string[] = [];
  let rest = question;
  for (const outlet of outlets(index)) {
    const m = new RegExp(`\\b${escapeRegExp(withoutThe(outlet))}\\b`, "i").exec(rest);
    if (!m) continue;
    found.push(outlet);
    // "St Petersburg Star" is not also "Star": each span names one outlet.
    rest = blanked(rest, m.index, m.index + m[0].length);
  }
  return { outlets: found, rest };
}

/**
 * A reference to the corpus as a whole ("quoted in these reports", "according to the
 * articles"): it names no fact the articles would state, so it is no part of the question.
 */
const CORPUS_REFERENCE =
  /[,;]?\s*\b(?:(?:quoted|mentioned|named|cited|described)\s+)?(?:in|by|across|throughout|according to|per)\s+(?:these|the|this|those)\s+(?:reports?|articles?|stories|coverage|pieces?|news reports?|sources?)\b/i;

/** The question without a reference to the corpus as a whole, or null when it has none. */
export function withoutCorpusReference(question: string): string | null {
  const m = CORPUS_REFERENCE.exec(question) ?? CORPUS_SAYS.exec(question);
  return m ? without(question, m) : null;
}

/**
 * The corpus as the one saying it: "what event do the articles say led to …", "…, as the
 * reports name it". The rest of the question is what they would be saying ("what do the
 * articles say about…" asks for what they say, and keeps its words).
 */
const CORPUS_SAYS =
  /\b(?:do|does|did)\s+(?:these|the|those)\s+(?:reports?|articles?|stories|sources)\s+(?:say|claim|state|report)\b(?!\s+about)|[,;]?\s*\bas\s+(?:these|the|those)\s+(?:reports?|articles?|stories|sources)\s+(?:name|call|write|spell|put)s?\s+(?:it|them)\b/iu;

/** What a question says of the day its source ran: "according to the April 8 report". */
export interface DatedSource {
  /** The date as the articles' `published` gives it: "2025-04-08", or "-04-08" without a year. */
  published: string;
  /** As the question wrote it. */
  said: string;
  rest: string;
}

/** A month, full or abbreviated ("April", "Apr", "Apr."); its number from monthNumber. */
const MONTH = `(${MONTH_NAME_SOURCE})`;
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "(?:,?\\s+(\\d{4}))?";
const DATED_PIECE = "(?:report|piece|story|article|account|dispatch|preview)";
const LEAD = "[,;]?\\s*\\b(?:(?:according to|per|in|from)\\s+)?(?:the\\s+)?";
/** "The piece dated 8 Apr 2025", "the report of April 8": the date after the piece. */
const AFTER_DATED_PIECE = `${DATED_PIECE}\\s+(?:dated|from|of|published(?:\\s+on)?|on)\\s+`;
/** Each pattern, with whether its month comes before its day. */
const DATED: ReadonlyArray<{ pattern: RegExp; monthFirst: boolean }> = [
  {
    pattern: new RegExp(`${LEAD}${MONTH}\\s+${DAY}${YEAR}\\s+${DATED_PIECE}\\b`, "i"),
    monthFirst: true,
  },
  {
    pattern: new RegExp(`${LEAD}${DAY}\\s+${MONTH}${YEAR}\\s+${DATED_PIECE}\\b`, "i"),
    monthFirst: false,
  },
  {
    pattern: new RegExp(`${LEAD}${AFTER_DATED_PIECE}${MONTH}\\s+${DAY}${YEAR}\\b`, "i"),
    monthFirst: true,
  },
  {
    pattern: new RegExp(`${LEAD}${AFTER_DATED_PIECE}${DAY}\\s+${MONTH}${YEAR}\\b`, "i"),
    monthFirst: false,
  },
];

/**
 * A source the question names by the day it ran ("the April 8 report", "in the 10 April
 * piece"), when some article of the corpus ran that day: the question is then about that
 * article, as "according to RT" is about RT's.
 */
export function datedSource(index: SearchIndex, question: string): DatedSource | null {
  for (const { pattern, monthFirst } of DATED) {
    const m = pattern.exec(question);
    if (!m) continue;
    const [monthName, day] = monthFirst ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
    const month = monthNumber(monthName) ?? 0;
    const date = `-${String(month).padStart(2, "0")}-${day.padStart(2, "0")}`;
    const published = m[3] ? `${m[3]}${date}` : date;
    if (!index.corpus.articles.some((a) => ranOn(a.published, published))) continue;
    const rest = without(question, m);
    if (rest === null) return null;
    const said = m[0]
      .replace(/^[,;]?\s*(?:(?:according to|per|in|from)\s+)?(?:the\s+)?/i, "")
      .trim();
    return { published, said, rest };
  }
  return null;
}

/** Whether an article's date (`YYYY-MM-DD…`) is the day asked ("2025-04-08" or "-04-08"). */
export function ranOn(articleDate: string, asked: string): boolean {
  return asked.startsWith("-") ? articleDate.slice(4, 10) === asked : articleDate.startsWith(asked);
}

/**
 * "According to TASS" is also what another outlet's passage says when it cites TASS ("a source
 * told TASS"): the outlet named, as written, in one of its sentences.
 */
export function citesOutlet(sentences: ReadonlyArray<{ text: string }>, outlet: string): boolean {
  const name = new RegExp(
    `(?<![\\p{L}\\p{N}])${escapeRegExp(withoutThe(outlet))}(?![\\p{L}\\p{N}])`,
    "u",
  );
  return sentences.some((s) => name.test(s.text));
}
