import { FUTURE_MARKERS } from "../lexicon/words.js";
import type { Article } from "../corpus/types.js";
import { isMeetingWord } from "./triggers.js";
import { words } from "./words.js";

/**
 * Sentences of an article that speak of one of its events without a date of their own. A news
 * story dates an event once and goes on about it undated: "Last month, delegations met in
 * Oslo … Following the talks, the president signaled … quotas"; "will meet in Geneva on
 * Thursday … The agenda will also include … ferry … permits". Topic filters read these
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

/**
 * What a sentence's opening points back at: a meeting ("Following the talks", and "These
 * talks are focused …" after a sentence about a video is not about the video), or anything
 * ("It lasted …"); null when it does not point back.
 */
function pointsBack(text: string): "any" | "meeting" | null {
  const opening = words(text)
    .slice(0, OPENING_WORDS)
    .map((w) => w.text.toLowerCase());
  for (const [i, w] of opening.entries()) {
    const before = opening[i - 1] ?? "";
    if (isMeetingWord(w) && ["the", "these", "this"].includes(before)) return "meeting";
  }
  return opening.some((w) => POINTING_BACK.has(w)) ? "any" : null;
}

/**
 * Context sentences by the index of the event sentence they belong to. `dated` gives, for each
 * sentence that reports an event, whether one of its events is a meeting.
 */
export function contextSentences(
  article: Article,
  dated: ReadonlyMap<number, { meeting: boolean }>,
): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const add = (at: number, text: string): void => {
    const list = out.get(at) ?? [];
    if (!list.includes(text)) list.push(text);
    out.set(at, list);
  };
  const lead = Math.min(...dated.keys());
  if (!Number.isFinite(lead)) return out;
  article.sentences.forEach((sentence, i) => {
    if (dated.has(i)) return;
    const before = dated.get(i - 1);
    const back = before ? pointsBack(sentence.text) : null;
    if (back === "any" || (back === "meeting" && before?.meeting)) add(i - 1, sentence.text);
    if (FUTURE_MARKERS.test(sentence.text)) add(lead, sentence.text);
  });
  return out;
}
