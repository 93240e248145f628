import { placeNouns } from "../../lexicon/wordnet.js";
import { stem } from "../../nlp/stem.js";
import { COPULA, LOCATIVES } from "../../lexicon/words.js";
import { stemSet } from "../../lexicon/stemSet.js";
import { isStopword } from "../../lexicon/stopwords.js";
import type { IndexedSentence } from "../../search/types.js";
import type { Candidate } from "./candidate.js";
import { dateCandidates } from "./dates.js";
import { gapBreaks, readForward } from "./phrase.js";

/** Prepositions that introduce a location. */
/**
 * Heads of phrases that name a place ("the residence", "the town hall", "an airport"): the
 * nouns WordNet files under buildings, installations and areas (src/lexicon/placeNouns.json).
 */
export const PLACE_HEADS = (() => {
  let set: ReadonlySet<string> | undefined;
  return (): ReadonlySet<string> => (set ??= new Set(placeNouns().map((w) => stem(w))));
})();
const VENUE = stemSet("venue");
/** First words of a phrase that is a time or a manner, not a place ("in the coming days"). */
const NOT_PLACE_START = new Set([
  "recent",
  "coming",
  "past",
  "near",
  "term",
  "turn",
  "response",
  "attendance",
  "contact",
  "particular",
  "addition",
  "order",
  "fact",
  "total",
]);
/** "The venue … is / was / will be X". */
const linksVenue = (norm: string): boolean => COPULA.has(norm) || norm === "will";

function isPlacePhrase(entry: IndexedSentence, idx: number[]): boolean {
  const words = idx.map((i) => entry.tokens[i]!);
  const first = words.find((t) => !isStopword(t.norm));
  if (!first || NOT_PLACE_START.has(first.norm)) return false;
  return words.some((t) => t.capitalized || PLACE_HEADS().has(t.stem));
}

/**
 * Whether a phrase found here names a place itself: a noun filed under places anywhere in it,
 * or else a name as its head (the last word before any "of"). A name that only qualifies
 * another noun ("in the Freedonian election", "in Ruritania's view") answers "in which
 * vote", never "where".
 */
export function namesPlace(entry: IndexedSentence, c: Candidate): boolean {
  // What "the venue … will be" names is a place whatever its head.
  if (c.viaFocus) return true;
  const words = entry.tokens.filter(
    (t) => t.start >= c.start && t.end <= c.end && !LOCATIVES.has(t.norm),
  );
  if (words.some((t) => PLACE_HEADS().has(t.stem))) return true;
  const of = words.findIndex((t) => t.norm === "of");
  const head = (of > 0 ? words.slice(0, of) : words).filter((t) => !isStopword(t.norm)).at(-1);
  return head?.capitalized === true;
}

function keyOf(entry: IndexedSentence, idx: number[]): string {
  const stems = idx
    .map((i) => entry.tokens[i]!)
    .filter((t) => !isStopword(t.norm))
    .map((t) => t.stem);
  return `place:${[...new Set(stems)].sort().join(" ")}`;
}

/**
 * Places in a sentence: "at the residence of the US consul general", "in Saudi Arabia",
 * "in Istanbul, Turkiye", and what a "venue … will be" names.
 */
export function placeCandidates(entry: IndexedSentence): Candidate[] {
  const { tokens } = entry;
  const text = entry.sentence.text;
  const dates = dateCandidates(entry);
  const overlapsDate = (start: number, end: number): boolean =>
    dates.some((d) => d.start < end && start < d.end);
  const out: Candidate[] = [];
  const covered = new Set<number>();
  const push = (prepAt: number, idx: number[], viaFocus = false, shown = idx): void => {
    const first = tokens[idx[0]!];
    const last = tokens[shown[shown.length - 1]!];
    const prep = tokens[prepAt];
    if (!first || !last || !prep || overlapsDate(first.start, last.end)) return;
    if (!isPlacePhrase(entry, idx)) return;
    const start = LOCATIVES.has(prep.norm) ? prep.start : first.start;
    out.push({
      text: text.slice(start, last.end),
      display: text.slice(start, last.end),
      start,
      end: last.end,
      key: keyOf(entry, idx),
      ...(viaFocus ? { viaFocus: "venu" } : {}),
      // A building ("the residence of …", "the consulate general") says more than a city.
      ...(idx.some((j) => PLACE_HEADS().has(tokens[j]!.stem)) ? { specific: true } : {}),
    });
  };
  tokens.forEach((t, i) => {
    if (LOCATIVES.has(t.norm)) {
      const idx = readForward(tokens, text, i + 1, undefined, 9);
      // "in Istanbul, Turkiye": a place named with its country across a comma.
      const lastIdx = idx[idx.length - 1];
      const last = lastIdx === undefined ? undefined : tokens[lastIdx];
      const next = lastIdx === undefined ? undefined : tokens[lastIdx + 1];
      const afterNext = lastIdx === undefined ? undefined : tokens[lastIdx + 2];
      const nextIsWholeName = !(
        next &&
        afterNext?.capitalized &&
        !gapBreaks(text, next, afterNext)
      );
      if (
        lastIdx !== undefined &&
        idx.length === 1 &&
        last?.capitalized &&
        next?.capitalized &&
        text.slice(last.end, next.start) === ", " &&
        nextIsWholeName
      ) {
        idx.push(lastIdx + 1);
      }
      // "at the residence of the consul general in Istanbul": the building and its city are
      // one answer; the key stays the building's so reports naming only it still agree.
      const end = idx[idx.length - 1];
      const inWord = end === undefined ? undefined : tokens[end + 1];
      const city = end === undefined ? undefined : tokens[end + 2];
      const building = idx.some((j) => PLACE_HEADS().has(tokens[j]!.stem));
      if (
        end !== undefined &&
        building &&
        inWord?.norm === "in" &&
        city?.capitalized &&
        !gapBreaks(text, tokens[end]!, inWord)
      ) {
        push(i, idx, false, [...idx, end + 1, end + 2]);
        covered.add(end + 1);
      } else if (idx.length && !covered.has(i)) push(i, idx);
    }
    // "the venue of this round will be the Russian consulate general"
    if (VENUE().has(t.stem)) {
      for (let j = i + 1; j < Math.min(tokens.length - 1, i + 8); j++) {
        if (linksVenue(tokens[j]!.norm) && !linksVenue(tokens[j + 1]!.norm)) {
          const idx = readForward(tokens, text, j + 1, undefined, 8);
          if (idx.length) push(j, idx, true);
          break;
        }
      }
    }
  });
  return out;
}
