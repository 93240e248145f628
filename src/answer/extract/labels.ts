import { INSTANCE_MARKERS } from "../../lexicon/words.js";
import { partOfSpeech } from "../../nlp/stem.js";
import type { IndexedSentence } from "../../search/types.js";
import type { Candidate } from "./candidate.js";
import { tokenRange } from "./candidate.js";

/**
 * A date used as the name of one of two instances of a thing the sentence sets side by side:
 * in "while the June summit was short, this summit…", May labels the other summit, so it does
 * not say when the one singled out ("this summit") took place.
 */
export function labelsOtherInstance(entry: IndexedSentence, date: Candidate): boolean {
  const { tokens } = entry;
  const [, last] = tokenRange(tokens, date);
  if (last < 0) return false;
  const noun = tokens[last + 1];
  if (!noun || partOfSpeech(noun.norm) !== "NOUN") return false;
  return tokens.some(
    (t, i) =>
      i > last + 1 &&
      t.stem === noun.stem &&
      INSTANCE_MARKERS.has(tokens[i - 1]?.norm ?? "") &&
      // "…, the venue of this round": the other mention is not the labelled one.
      i - (last + 1) > 2,
  );
}
