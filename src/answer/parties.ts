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
