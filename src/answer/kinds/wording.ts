import { stemSet } from "../../lexicon/stemSet.js";
import { defaultEngineOptions } from "../../tuning/defaults.js";
import { sentencesAnswer } from "../compose.js";
import { conflicts } from "../contrast.js";
import type { Evidence } from "../evidence.js";
import { answerMessages } from "../messages.js";
import { sharedWords } from "../rerank.js";
import { sourceName } from "../sources.js";
import type { QuestionKind } from "./types.js";

/** "How was the statement worded?", "what were her exact words": the wording itself is asked. */
const WORDING =
  /\b(?:worded|wording|phrased|phrasing|exact words|in what words|(?:how|in what way) did [\w'’ ]{1,40} put it)\b/iu;

/** Words that only ask for the wording, and the nouns for something said ("the statement"). */
const CUE_WORDS = stemSet(
  "worded wording phrased phrasing exact word words put exactly statement remark comment",
);

/**
 * "How was the ministry's statement worded?": each outlet words a statement its own way, so
 * the answer quotes the sentence that gives it from every article that does, best first,
 * rather than one outlet's words as if they were the only ones.
 */
export const wording: QuestionKind = {
  name: "wording",
  detect: (analysis) => WORDING.test(analysis.text),
  phrasing: (token) => CUE_WORDS().has(token.stem),
  compose: ({ analysis, evidence, contrast }) => {
    const { minCoverage, minDirect, maxQuotes, margin } = defaultEngineOptions.wording;
    const ranked = evidence
      .filter((e) => !conflicts(contrast, e, 0, e.entry.tokens.length - 1))
      .sort((a, b) => b.coverage + b.direct - (a.coverage + a.direct) || a.rank - b.rank);
    const best = ranked[0];
    if (!best || best.coverage < minCoverage || best.direct < minDirect) return null;
    // Another outlet words it in other words, so says less of the question's own: it may
    // cover a little less than the best and still be that statement.
    const near = (e: Evidence): boolean =>
      e.coverage >= best.coverage - margin && e.direct >= minDirect - margin;
    const chosen: Evidence[] = [];
    for (const e of ranked.filter(near)) {
      if (chosen.length >= maxQuotes) break;
      if (chosen.some((c) => c.entry.article.id === e.entry.article.id)) continue;
      // A copy of a sentence already quoted words nothing differently.
      if (chosen.some((c) => sharedWords(c.entry.stems, e.entry.stems) >= 0.8)) continue;
      chosen.push(e);
    }
    // One sentence an article: the outlets named are as many as the sentences.
    const names = [...new Set(chosen.map((e) => sourceName(e.entry.article)))];
    return sentencesAnswer(
      analysis.text,
      chosen,
      names.length > 1 ? [answerMessages.wordedBy(names)] : [],
    );
  },
};
