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
 * Words WordNet relates to a single word in one of its first senses (a synonym, what it is a
 * kind of, a word derived from it) and whose vectors are near it: "hurdle" → "obstacle",
 * "touch" → "contact". Read on first use (1.1 MB).
 */
export function wordnetRelated(lemma: string): readonly string[] {
  words ??= JSON.parse(readFileSync(WORDS_FILE, "utf8")) as Record<string, string>;
  const entry = Object.hasOwn(words, lemma) ? words[lemma] : undefined;
  return entry ? entry.split(" ") : [];
}
