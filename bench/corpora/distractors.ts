import { randomInt, shuffled, type Random } from "../random.js";
import type { Speech } from "./sotu.js";

/** One article-sized piece of a speech, before any variation. */
export interface DistractorDocument {
  year: number;
  speaker: string;
  /** Position of this piece in its speech, from 0. */
  part: number;
  paragraphs: string[];
}

/** Sentences per paragraph and paragraphs per document: the shape of a news story. */
const SENTENCES_PER_PARAGRAPH: [number, number] = [2, 5];
const PARAGRAPHS_PER_DOCUMENT: [number, number] = [4, 9];

/**
 * The addresses come as one line of text each. A rough sentence cut is enough here: the bot's
 * own splitter re-splits every body, and only paragraph breaks need to survive.
 */
export function roughSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?]["”’)]?)\s+(?=["“(]?[A-Z])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Cuts a speech into paragraphs of a few sentences and those into article-sized documents. */
export function splitSpeech(speech: Speech, random: Random): DistractorDocument[] {
  const sentences = roughSentences(speech.text);
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length;) {
    const n = randomInt(random, ...SENTENCES_PER_PARAGRAPH);
    paragraphs.push(sentences.slice(i, i + n).join(" "));
    i += n;
  }
  const documents: DistractorDocument[] = [];
  for (let i = 0; i < paragraphs.length;) {
    const n = randomInt(random, ...PARAGRAPHS_PER_DOCUMENT);
    documents.push({
      year: speech.year,
      speaker: speech.name,
      part: documents.length,
      paragraphs: paragraphs.slice(i, i + n),
    });
    i += n;
  }
  return documents;
}

/**
 * Everyday substitutions a re-write might make. They keep the text readable while changing
 * the term statistics a little from one copy to the next, so copies are not exact duplicates.
 */
const SUBSTITUTIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bnation\b/g, "country"],
  [/\bcountry\b/g, "nation"],
  [/\bcitizens\b/g, "people"],
  [/\bgovernment\b/g, "administration"],
  [/\bimportant\b/g, "significant"],
  [/\bsubject\b/g, "matter"],
  [/\bpresent\b/g, "current"],
  [/\bgreat\b/g, "considerable"],
  [/\bpeace\b/g, "concord"],
  [/\bforeign\b/g, "overseas"],
  [/\bshould\b/g, "ought to"],
  [/\bwill\b/g, "shall"],
  [/\bnecessary\b/g, "needed"],
  [/\bincrease\b/g, "rise"],
];

/** Applies each substitution to each match with the given probability. */
export function substituteWords(text: string, random: Random, probability: number): string {
  let out = text;
  for (const [pattern, replacement] of SUBSTITUTIONS) {
    out = out.replace(pattern, (match) => (random() < probability ? replacement : match));
  }
  return out;
}

/** A variant's paragraphs: the original for copy 0, shuffled and re-worded for later copies. */
export function varyParagraphs(paragraphs: string[], variant: number, random: Random): string[] {
  if (variant === 0) return paragraphs;
  return shuffled(paragraphs, random).map((p) => substituteWords(p, random, 0.3));
}
