import { FUTURE_MARKERS } from "../lexicon/words.js";
import type { Article } from "../corpus/types.js";
import { isMeetingWord } from "./triggers.js";
import { words } from "./words.js";

/**
 * Sentences of an article that speak of one of its events without a date of their own. A news
 * story dates an event once and goes on about it undated: "Last month, delegations met in
 * Saudi Arabia … Following the talks, Trump signaled … sanctions"; "will meet in Istanbul on
 * Thursday … The agenda will also include … visa … restrictions". Topic filters read these
 * sentences with the event's own, so an event is found by what its story says of it.
 *
 * Two kinds, both undated (no event mention of their own):
 * - a continuation: the sentence right after an event's, opening by pointing back at it
 *   ("It lasted …", "Following the talks, …");
 * - the plan: a sentence about what is to come ("will", "is expected to") belongs to the
 *   story's lead, the event its first dated sentence reports.
 */

const POINTING_BACK = new Set(["it", "they", "this", "these", "there"]);
/** How many words a sentence may open with before it points back. */
const OPENING_WORDS = 3;

function pointsBack(text: string): boolean {
  const opening = words(text)
    .slice(0, OPENING_WORDS)
    .map((w) => w.text.toLowerCase());
  return opening.some(
    (w, i) =>
      POINTING_BACK.has(w) || (isMeetingWord(w) && ["the", "these"].includes(opening[i - 1] ?? "")),
  );
}

/**
 * Context sentences by the index of the event sentence they belong to. `dated` lists the
 * indexes of the sentences that report an event, ascending.
 */
export function contextSentences(
  article: Article,
  dated: ReadonlySet<number>,
): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const add = (at: number, text: string): void => {
    const list = out.get(at) ?? [];
    if (!list.includes(text)) list.push(text);
    out.set(at, list);
  };
  const lead = Math.min(...dated);
  if (!Number.isFinite(lead)) return out;
  article.sentences.forEach((sentence, i) => {
    if (dated.has(i)) return;
    if (dated.has(i - 1) && pointsBack(sentence.text)) add(i - 1, sentence.text);
    if (FUTURE_MARKERS.test(sentence.text)) add(lead, sentence.text);
  });
  return out;
}
