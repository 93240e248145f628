import { isStopword } from "../lexicon/stopwords.js";
import { replaceTokens, tokenize, type Token } from "../search/tokens.js";
import type { SearchIndex } from "../search/types.js";
import { partOfSpeech } from "../nlp/stem.js";
import { isTitleStem } from "./extract/roles.js";

/**
 * "who is the us ambassador to russia": a word typed in lower case that the articles only ever
 * write with a capital (a place, a person's name) is read as the name it is, so what depends on
 * a capital (a party, a destination, a name in the sentence) works as for "Russia". Words the
 * articles also write in lower case are left as typed.
 */
export function namesCapitalised(index: SearchIndex, question: string): string {
  const tokens = tokenize(question);
  const lower = tokens.map((t) => !t.capitalized && /^\p{Ll}/u.test(t.text));
  const named = tokens.map((t, i) => lower[i]! && isNameWord(index, t));
  // "north atlantic": the rest of a name the articles write, once one of its words is read as
  // a name, so no name is left half in capitals.
  const pairs = namePairs(index);
  const pair = (i: number): boolean =>
    i > 0 && pairs.has(`${tokens[i - 1]!.norm} ${tokens[i]!.norm}`);
  for (let i = 1; i < tokens.length; i++) {
    if (lower[i] && !named[i] && (named[i - 1] || tokens[i - 1]!.capitalized) && pair(i)) {
      named[i] = true;
    }
  }
  for (let i = tokens.length - 2; i >= 0; i--) {
    if (lower[i] && !named[i] && named[i + 1] && pair(i + 1)) named[i] = true;
  }
  const at = new Set(tokens.filter((_, i) => named[i]).map((t) => t.start));
  return replaceTokens(question, (t) =>
    at.has(t.start) ? t.text.charAt(0).toUpperCase() + t.text.slice(1) : undefined,
  );
}

/** A lower-case word the articles only ever write with a capital, in a person's or place's name. */
function isNameWord(index: SearchIndex, t: Token): boolean {
  if (isStopword(t.norm)) return false;
  if (!index.placeStems.has(t.stem) && !index.nameParts.has(t.stem)) return false;
  // The word itself, not only its stem, must be written in a name: "operations" shares its
  // stem with "Opera" in a large corpus.
  if (!wordsOfNames(index).has(t.norm.replace(/['’]s$/u, ""))) return false;
  // "foreign", "general": words of names ("Foreign Ministry", "Consul General") that are
  // ordinary words too, in the question as likely one as the other.
  if (isTitleStem(t.stem)) return false;
  return index.nameParts.has(t.stem) || partOfSpeech(t.norm) !== "ADJ";
}

const NAME_PAIRS = new WeakMap<SearchIndex, ReadonlySet<string>>();

/** Every two words that follow one another in a name the corpus writes ("north atlantic"). */
function namePairs(index: SearchIndex): ReadonlySet<string> {
  let pairs = NAME_PAIRS.get(index);
  if (!pairs) {
    const found = new Set<string>();
    for (const e of index.entities) {
      const words = e.key.split(" ");
      for (let i = 1; i < words.length; i++) found.add(`${words[i - 1]} ${words[i]}`);
    }
    pairs = found;
    NAME_PAIRS.set(index, pairs);
  }
  return pairs;
}

const NAME_WORDS = new WeakMap<SearchIndex, ReadonlySet<string>>();

/** Every word written in the name of a person or place the corpus mentions. */
function wordsOfNames(index: SearchIndex): ReadonlySet<string> {
  let words = NAME_WORDS.get(index);
  if (!words) {
    words = new Set(
      index.entities.filter((e) => e.kind !== "other").flatMap((e) => e.key.split(" ")),
    );
    NAME_WORDS.set(index, words);
  }
  return words;
}
