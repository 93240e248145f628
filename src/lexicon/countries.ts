import { createRequire } from "node:module";
import { COUNTRY_ALIASES, normalizeWord } from "./normalize.js";

/**
 * Words that name a country: its common name, its demonym, its capital and its other
 * one-word spellings, from the world-countries data set (ODbL), each mapped to one key per
 * country. "The Norwegian delegation" and "the delegation from Oslo" name the same party, and
 * a different one from "the Danish delegation", whatever country a corpus is about.
 */

interface CountryRecord {
  cca2: string;
  cca3: string;
  unMember?: boolean;
  name: { common: string; official: string };
  capital?: string[];
  altSpellings?: string[];
  demonyms?: { eng?: { f?: string; m?: string } };
}

/** Words that stand for a country in everyday English though no record spells them so. */
const USAGE: Record<string, string> = { america: "USA", kremlin: "RUS" };

/** "Kuwait City", "Washington D.C.": a capital named by its first word. */
const CAPITAL_TAIL = /^(?:City|D\.?C\.?)$/u;

/** "Republic of Turkey" names Turkey; "United States of America" is written in words below. */
const OF_FORM =
  /^(?:Republic|Kingdom|State|Commonwealth|Federation|Principality|Sultanate|Emirate|Grand Duchy) of (\p{Lu}[\p{L}'’-]+)$/u;

let byWord: ReadonlyMap<string, string> | undefined;
/** Two-word common names ("united states", "saudi arabia") → key; filled with byWord. */
const byPair = new Map<string, string>();
const capitals = new Set<string>();
/** Each country's capital, by key, as a normalised word ("NOR" → "oslo"). */
const capitalOfKey = new Map<string, string>();
/** Words that name the country itself, not its people or its capital ("turkey", "us"). */
const names = new Set<string>();

function load(): ReadonlyMap<string, string> {
  const records = createRequire(import.meta.url)("world-countries") as CountryRecord[];
  const map = new Map<string, string>();
  const add = (spelling: string | undefined, key: string, asName = false): void => {
    if (!spelling) return;
    const words = spelling.split(/\s+/u);
    // A multi-word name ("United Kingdom", "New Zealand") would make each of its words a
    // country; only its initialism (kept in altSpellings) stands for it, and the two words
    // together (countryOfPair).
    if (words.length === 2 && asName) {
      const pair = words.map((w) => normalizeWord(w)).join(" ");
      if (!byPair.has(pair)) byPair.set(pair, key);
    }
    if (words.length !== 1) return;
    const folded = normalizeWord(spelling);
    const norm = COUNTRY_ALIASES[folded] ?? folded;
    if (norm.length < 2 || map.has(norm)) return;
    map.set(norm, key);
    if (asName) names.add(norm);
  };
  for (const [word, key] of Object.entries(USAGE)) map.set(word, key);
  names.add("america");
  // Members of the UN first: "American" is the United States' demonym before its territories'.
  const ordered = [...records].sort(
    (a, b) => Number(b.unMember ?? false) - Number(a.unMember ?? false),
  );
  for (const c of ordered) {
    const key = c.cca3;
    add(c.name.common, key, true);
    add(c.demonyms?.eng?.m, key);
    add(c.demonyms?.eng?.f, key);
    for (const capital of c.capital ?? []) {
      const [first, ...rest] = capital.split(/\s+/u);
      if (rest.every((w) => CAPITAL_TAIL.test(w)) && first) {
        add(first, key);
        capitals.add(normalizeWord(first));
        if (!capitalOfKey.has(key)) capitalOfKey.set(key, normalizeWord(first));
      }
    }
    for (const alt of c.altSpellings ?? []) {
      // ISO codes ("IN", "IT", "NO") are everyday words once folded to lower case; a
      // conventional abbreviation ("UK") is kept.
      if (alt === c.cca2) continue;
      add(alt, key, true);
      add(OF_FORM.exec(alt)?.[1], key, true);
    }
  }
  return map;
}

/** The capital of the country a key names ("oslo"), if the data gives one in a word. */
export function capitalOf(countryKey: string): string | undefined {
  byWord ??= load();
  return capitalOfKey.get(countryKey);
}

/** A word naming a country itself ("turkey", "türkiye", "us"), not its people or capital. */
export function isCountryName(norm: string): boolean {
  byWord ??= load();
  return names.has(norm);
}

/** A capital's name ("oslo"): a city where things happen, as well as its country's government. */
export function isCapital(norm: string): boolean {
  byWord ??= load();
  return capitals.has(norm);
}

/** Every word naming a country, as normalised words. */
export function countryWords(): Iterable<string> {
  byWord ??= load();
  return byWord.keys();
}

/** The country a word names ("oslo", "norwegian" → the same key), if it names one. */
export function countryOf(norm: string): string | undefined {
  byWord ??= load();
  return byWord.get(norm);
}

/** The country two words name together ("united", "states"), if they do. */
export function countryOfPair(first: string, second: string): string | undefined {
  byWord ??= load();
  return byPair.get(`${first} ${second}`);
}
