import { readFileSync } from "node:fs";
import { projectPath } from "../projectPath.js";

/** The shipped WordNet expressions (see src/cli/wordnet.ts for how they are made). */
const WORDNET_FILE = projectPath("src", "lexicon", "wordnet.json");

let loaded: Record<string, string> | undefined;

/**
 * The words WordNet gives for an expression of two words joined by "_" ("kick_out"
 * → "expel"), by its commonest sense; none for anything else. Read on first use (0.4 MB).
 */
export function expressionWords(expression: string): readonly string[] {
  loaded ??= JSON.parse(readFileSync(WORDNET_FILE, "utf8")) as Record<string, string>;
  const entry = Object.hasOwn(loaded, expression) ? loaded[expression] : undefined;
  return entry ? entry.split(" ") : [];
}

/** The shipped place nouns (src/cli/wordnet.ts): words WordNet files under buildings and areas. */
const PLACES_FILE = projectPath("src", "lexicon", "placeNouns.json");

let places: readonly string[] | undefined;

/** Nouns naming a place ("hall", "consulate", "airport", "town"), read on first use. */
export function placeNouns(): readonly string[] {
  places ??= JSON.parse(readFileSync(PLACES_FILE, "utf8")) as string[];
  return places;
}

/** The shipped single-word relations (src/cli/wordnet.ts): pairs WordNet and the vectors share. */
const WORDS_FILE = projectPath("src", "lexicon", "wordnetWords.json");

let words: Record<string, string> | undefined;

/**
 * Words WordNet relates to a single word in one of its first senses (a synonym, a word derived
 * from it, an adjective of like meaning) and whose vectors are near it: "touch" → "contact",
 * "arrest" → "capture". Read on first use (0.8 MB).
 */
export function wordnetRelated(lemma: string): readonly string[] {
  words ??= JSON.parse(readFileSync(WORDS_FILE, "utf8")) as Record<string, string>;
  const entry = Object.hasOwn(words, lemma) ? words[lemma] : undefined;
  return entry ? entry.split(" ") : [];
}

/** Reads every WordNet file now, so that no question pays for parsing them. */
export function loadWordnet(): void {
  expressionWords("");
  placeNouns();
  wordnetRelated("");
}

/**
 * WordNet's own detachment rules ("morphy"): the base forms an inflected word may have, for
 * looking it up where the lemmatiser does not know it ("booted" → "boot", "prepping" → "prep").
 */
const DETACHMENTS: ReadonlyArray<[string, string]> = [
  ["ies", "y"],
  ["es", "e"],
  ["es", ""],
  ["s", ""],
  ["ed", "e"],
  ["ed", ""],
  ["ing", "e"],
  ["ing", ""],
];

export function baseForms(word: string): string[] {
  const out = [word];
  for (const [suffix, ending] of DETACHMENTS) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) {
      const base = word.slice(0, -suffix.length) + ending;
      out.push(base);
      // "prepped" → "prep": a doubled final consonant.
      if (ending === "" && /([b-df-hj-np-tv-z])\1$/u.test(base)) out.push(base.slice(0, -1));
    }
  }
  return [...new Set(out)];
}
