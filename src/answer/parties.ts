import { countryOfCity } from "../lexicon/cities.js";
import { countryOf, countryOfPair, isCountryName } from "../lexicon/countries.js";
import { isStopword } from "../lexicon/stopwords.js";
import { tokenize, type Token } from "../search/tokens.js";
import type { SearchIndex } from "../search/types.js";
import { isTitleStem } from "./extract/roles.js";

/** A place after one of these in a question is where something happens or goes, not a party. */
const PLACE_PREPOSITIONS = new Set([
  ...["to", "in", "at", "from", "into", "toward", "towards", "with", "between", "against"],
  ...["on", "near", "inside", "outside"],
]);

/** The token before `i`, stepping over an article ("to the United States"). */
function governing(tokens: readonly Token[], i: number): Token | undefined {
  const before = tokens[i - 1];
  return before?.norm === "the" ? tokens[i - 2] : before;
}

/**
 * Stems of the places (countries, capitals) a question names bare, as the party acting or
 * acted for: "who represented Washington", "Washington's envoy", "the Washington team". A
 * place after a preposition ("ambassador to the U.S.", "talks in Istanbul") is not one.
 */
export function barePlaces(index: SearchIndex, question: string): Set<string> {
  const tokens = tokenize(question);
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    if (isStopword(t.norm) || isTitleStem(t.stem) || !index.placeStems.has(t.stem)) return;
    const before = governing(tokens, i);
    if (!before || !PLACE_PREPOSITIONS.has(before.norm)) out.add(t.stem);
  });
  return out;
}

/**
 * "Moscow's new ambassador to Washington": a capitalised place after "to" is where a person is
 * sent, not whom they act for, so it is no evidence for "who represented Washington".
 * "According to" introduces a source, not a destination.
 */
export function isDestination(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (!token?.capitalized) return false;
  const before = governing(tokens, at);
  if (before?.norm !== "to") return false;
  const to = tokens.indexOf(before);
  return tokens[to - 1]?.norm !== "according";
}

/** The country a token names, alone or with the word before it ("United States"). */
export function countryAt(tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i]!;
  // "Let us": the pronoun, not the initialism.
  if (t.text === "us") return undefined;
  const before = tokens[i - 1];
  return (before && countryOfPair(before.norm, t.norm)) ?? countryOf(t.norm);
}

/** The countries a sentence names (by name, people or capital), each with where. */
export function countriesNamed(tokens: readonly Token[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  tokens.forEach((_, i) => {
    const country = countryAt(tokens, i);
    if (country) out.set(country, [...(out.get(country) ?? []), i]);
  });
  return out;
}

/**
 * Where a place phrase lies: its country, and whether it names the country itself ("in Saudi
 * Arabia") or a city in it ("in Riyadh", "Istanbul"). Undefined when it names no country.
 */
export function placeIn(phrase: string): { country: string; wholeCountry: boolean } | undefined {
  const tokens = tokenize(phrase).filter((t) => !isStopword(t.norm));
  let found: { country: string; wholeCountry: boolean } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const pair = i > 0 ? countryOfPair(tokens[i - 1]!.norm, t.norm) : undefined;
    const country = pair ?? countryOfCity(t.norm) ?? countryOf(t.norm);
    if (country === undefined) continue;
    const wholeCountry = pair !== undefined || isCountryName(t.norm);
    // A city with its country ("Istanbul, Turkey") is the city.
    if (found && found.country !== country) return undefined;
    found = { country, wholeCountry: (found?.wholeCountry ?? true) && wholeCountry };
  }
  return found;
}

/** "In Riyadh" and "in Saudi Arabia": one place told more or less closely, no disagreement. */
export function placesNest(a: string, b: string): boolean {
  const pa = placeIn(a);
  const pb = placeIn(b);
  return (
    pa !== undefined &&
    pb !== undefined &&
    pa.country === pb.country &&
    pa.wholeCountry !== pb.wholeCountry
  );
}
