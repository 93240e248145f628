import { createRequire } from "node:module";
import { countryOf } from "./countries.js";
import { normalizeWord } from "./normalize.js";

/**
 * The world's large cities by country, from the city-timezones data set (MIT; SimpleMaps' world
 * cities): "talks in Turkey" are the talks a report places in Istanbul, though no word of the
 * one is a word of the other. Only cities of a million people or more, named in one word: a
 * smaller town's name is too often an everyday word or a surname, and a country's capital is
 * already one of its words (countries.ts).
 */

interface CityRecord {
  city_ascii: string;
  pop: number;
  iso3: string;
}

/** How many people a city must have to stand for its country in a question. */
const MIN_POPULATION = 1_000_000;

let byCountry: ReadonlyMap<string, readonly string[]> | undefined;

function load(): ReadonlyMap<string, readonly string[]> {
  const records = createRequire(import.meta.url)(
    "city-timezones/data/cityMap.json",
  ) as CityRecord[];
  const map = new Map<string, string[]>();
  for (const r of records) {
    if (r.pop < MIN_POPULATION || /\s/u.test(r.city_ascii.trim())) continue;
    const norm = normalizeWord(r.city_ascii);
    // A capital, or a city whose name is also a country's word, already speaks for a country.
    if (norm.length < 3 || countryOf(norm) !== undefined) continue;
    const list = map.get(r.iso3) ?? [];
    if (!list.includes(norm)) list.push(norm);
    map.set(r.iso3, list);
  }
  return map;
}

/**
 * The large cities of a country ("TUR" → "istanbul", "izmir", …), as normalised words; none
 * for a key no country has. The key is that of countries.ts (ISO 3166 alpha-3).
 */
export function largeCitiesOf(countryKey: string): readonly string[] {
  byCountry ??= load();
  return byCountry.get(countryKey) ?? [];
}

let cityCountry: ReadonlyMap<string, string> | undefined;

/** The country a large city lies in ("istanbul" → "TUR"), if the data gives one. */
export function countryOfCity(norm: string): string | undefined {
  byCountry ??= load();
  cityCountry ??= new Map(
    [...byCountry].flatMap(([country, cities]) => cities.map((c) => [c, country] as const)),
  );
  return cityCountry.get(norm);
}
