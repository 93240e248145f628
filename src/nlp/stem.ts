import porter2 from "wink-porter2-stemmer";
import type { ItsFunction } from "wink-nlp";
import { nlp } from "./wink.js";

interface WordKeys {
  lemma: string;
  stem: string;
  /** Universal part of speech of the word read alone; empty when it was not tagged. */
  pos: string;
}

/**
 * A corpus repeats the same few thousand words: each is lemmatised once. Bounded, so a stream
 * of odd questions cannot grow it forever.
 */
const KEYS = new Map<string, WordKeys>();
const MAX_KEYS = 300_000;

function keysOf(word: string): WordKeys {
  let keys = KEYS.get(word);
  if (keys !== undefined) return keys;
  if (word.length <= 2 || /\d/.test(word)) keys = { lemma: word, stem: word, pos: "" };
  else {
    const { lemma, pos } = readWord(word);
    // An adjective keeps its lemma: Porter2 would merge "diplomatic" with "diplomats" and
    // "economic" with "economy", which are not the same thing.
    keys = { lemma, stem: pos === "ADJ" ? lemma : porter2(lemma), pos };
  }
  if (KEYS.size >= MAX_KEYS) KEYS.clear();
  KEYS.set(word, keys);
  return keys;
}

/**
 * The key a word is indexed and matched by: wink-nlp's lemma of the word (led → lead,
 * held → hold, sought → seek, meetings → meeting), then the Porter2 stem of that lemma, so
 * "restored", "restoring" and "restoration" meet too. The lemma is read from the word alone,
 * never from its sentence, so the same word always gets the same key in articles and
 * questions alike.
 */
export function stem(word: string): string {
  return keysOf(word).stem;
}

/**
 * The word's lemma, lower-cased. Finer than the stem where Porter2 merges words of different
 * meaning ("represented" and "representative" share a stem, not a lemma).
 */
export function lemma(word: string): string {
  return keysOf(word).lemma;
}

/** The word's part of speech as wink-nlp tags it read alone ("VERB", "NOUN", …). */
export function partOfSpeech(word: string): string {
  return keysOf(word).pos;
}

/**
 * wink-nlp's lemma and part of speech of a word read alone; the word itself when it splits
 * into several tokens.
 */
function readWord(word: string): { lemma: string; pos: string } {
  const tokens = nlp().readDoc(word).tokens();
  if (tokens.length() !== 1) return { lemma: word, pos: "" };
  // wink-nlp's typings declare the lemma reader with the model's add-ons as a parameter that
  // `out` does not pass by type; at run time it is an ordinary token property.
  const lemmaOf = nlp().its.lemma as unknown as ItsFunction<string>;
  const posOf = nlp().its.pos as unknown as ItsFunction<string>;
  return {
    lemma: String(tokens.out(lemmaOf)[0] ?? word).toLowerCase(),
    pos: String(tokens.out(posOf)[0] ?? ""),
  };
}
