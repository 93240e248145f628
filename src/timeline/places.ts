import { isCalendarWord } from "./words.js";

/**
 * Places a sentence puts its happening in: the capitalised names after "in" ("in Istanbul",
 * "in Saudi Arabia"). Two meetings on one day are the same meeting unless they name different
 * places.
 */
const IN_PLACE = /\bin\s+((?:[A-Z][\p{L}’'-]+)(?:\s+[A-Z][\p{L}’'-]+)*)/gu;

export function placesIn(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const m of sentence.matchAll(IN_PLACE)) {
    const name = (m[1] ?? "").replace(/['’]s$/, "");
    if (name.split(/\s+/).some(isCalendarWord)) continue;
    out.add(name.toLowerCase());
  }
  return out;
}
