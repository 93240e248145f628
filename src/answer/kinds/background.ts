import { FUTURE_MARKERS } from "../../lexicon/words.js";
import { stemSet } from "../../lexicon/stemSet.js";
import { defaultEngineOptions } from "../../tuning/defaults.js";
import { conflicts } from "../contrast.js";
import type { Evidence } from "../evidence.js";
import { overviewAnswer, overviewSentences } from "./overview.js";
import type { QuestionKind } from "./types.js";

/**
 * "Give me the background", "how did relations get so bad?", "what led to this?": the story
 * before the news, told by the articles' sentences about earlier years.
 */
const BACKGROUND =
  /\b(?:background|history|backstory|how did (?:[\w'’-]+ ){1,8}get (?:so|this|that) (?:bad|worse|tense|strained|sour)|how did (?:it|things|we) come to this|what led (?:up )?to (?:this|these|the (?:talks|meetings?|crisis)))\b/iu;

/** Words that only ask for the story so far. */
const CUE_WORDS = stemSet(`background history backstory give bad worse tense strained sour get
  come led lead`);

/** A sentence telling of an earlier time: a year, or "in recent years", "over the past decade". */
const EARLIER =
  /\b(?:(?:in|since|by) (?:19|20)\d\d|in recent (?:years|months)|over the (?:past|last) (?:few )?(?:years?|decades?)|for (?:years|decades)|(?:19|20)\d\d)\b/iu;

export const background: QuestionKind = {
  name: "background",
  detect: (analysis) => BACKGROUND.test(analysis.text),
  phrasing: (token) => CUE_WORDS().has(token.stem),
  compose: ({ analysis, evidence, contrast }) => {
    const { maxSentences } = defaultEngineOptions.overview;
    const earlier = evidence.filter(
      (e: Evidence) =>
        EARLIER.test(e.entry.sentence.text) &&
        !FUTURE_MARKERS.test(e.entry.sentence.text) &&
        !conflicts(contrast, e, 0, e.entry.tokens.length - 1),
    );
    return overviewAnswer(analysis.text, overviewSentences(earlier, maxSentences, true));
  },
};
