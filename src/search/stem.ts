import { lookupTable } from "../lookupTable.js";
/**
 * A light English suffix stripper. It only has to be consistent (every form of a word maps to
 * the same key), not linguistically correct, so "restored", "restoring" and "restoration" all
 * become "restor" and a question in one form finds an article written in another.
 */

/** Irregular forms news text uses often; suffix rules cannot reach them. */
const IRREGULAR = lookupTable<string>({
  held: "hold",
  led: "lead",
  met: "meet",
  said: "say",
  says: "say",
  told: "tell",
  took: "take",
  taken: "take",
  began: "begin",
  begun: "begin",
  came: "come",
  gave: "give",
  given: "give",
  made: "make",
  went: "go",
  gone: "go",
  sought: "seek",
  spoke: "speak",
  spoken: "speak",
  brought: "bring",
  left: "leave",
  kept: "keep",
  sent: "send",
  won: "win",
  lost: "lose",
  paid: "pay",
  chose: "choose",
  chosen: "choose",
  known: "know",
  knew: "know",
  thought: "think",
  found: "find",
  heard: "hear",
  saw: "see",
  seen: "see",
  men: "man",
  women: "woman",
  people: "person",
  children: "child",
  // Not plurals: "news" is not "new", "series" not "sery".
  news: "news",
  series: "series",
  species: "species",
});

/** Suffixes removed in order; the first that leaves a stem of at least `min` letters wins. */
const SUFFIXES: Array<{ suffix: string; min: number }> = [
  { suffix: "izations", min: 3 },
  { suffix: "ization", min: 3 },
  { suffix: "ations", min: 3 },
  { suffix: "ation", min: 3 },
  { suffix: "itions", min: 3 },
  { suffix: "ition", min: 3 },
  { suffix: "ions", min: 4 },
  { suffix: "ion", min: 4 },
  { suffix: "ances", min: 4 },
  { suffix: "ences", min: 4 },
  { suffix: "ance", min: 4 },
  { suffix: "ence", min: 4 },
  { suffix: "ments", min: 4 },
  { suffix: "ment", min: 4 },
  { suffix: "ings", min: 3 },
  { suffix: "ing", min: 3 },
  { suffix: "edly", min: 3 },
  { suffix: "ed", min: 3 },
  { suffix: "ize", min: 4 },
  { suffix: "ise", min: 4 },
  { suffix: "ate", min: 3 },
  { suffix: "ly", min: 4 },
  { suffix: "e", min: 3 },
];

const VOWEL = /[aeiouy]/;

function stripPlural(word: string): string {
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("sses")) return word.slice(0, -2);
  if (/[^su]s$/.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

function stripSuffix(word: string): string {
  for (const { suffix, min } of SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    const rest = word.slice(0, -suffix.length);
    if (rest.length >= min && VOWEL.test(rest)) return rest;
  }
  return word;
}

/** "expell" → "expel", "plann" → "plan": doubled final consonants left by -ed/-ing. */
function undouble(word: string): string {
  const last = word[word.length - 1];
  if (word.length > 3 && last && last === word[word.length - 2] && !VOWEL.test(last)) {
    return word.slice(0, -1);
  }
  return word;
}

export function stem(word: string): string {
  const irregular = IRREGULAR[word];
  // The base form goes through the same rules, so "took" and "take" meet at "tak".
  if (irregular) return irregular === word ? word : stem(irregular);
  if (word.length <= 3 || /\d/.test(word)) return word;
  let out = stripSuffix(stripPlural(word));
  // A second pass catches stacked endings: "normalized" → "normaliz" → "normal".
  if (out.endsWith("iz") && out.length > 5) out = out.slice(0, -2);
  if (out.endsWith("at") && out.length > 5) out = out.slice(0, -2);
  return undouble(out);
}
