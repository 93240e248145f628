import { FUTURE_MARKERS, OUTCOME_VERBS, WHOLE_PICTURE_WORDS } from "../../lexicon/words.js";
import { partOfSpeech } from "../../nlp/stem.js";
import { defaultEngineOptions } from "../../tuning/defaults.js";
import { stemSet } from "../../lexicon/stemSet.js";
import { sentencesAnswer } from "../compose.js";
import { conflicts } from "../contrast.js";
import type { Evidence } from "../evidence.js";
import { answerMessages } from "../messages.js";
import { sharedWords } from "../rerank.js";
import type { QuestionKind } from "./types.js";
import type { Answer } from "../types.js";

/**
 * The corpus as the one asked ("what do the articles say about X", "how do the reports describe
 * X"): what each of them says, not one fact; "the articles" is no word they would use.
 */
const CORPUS_ON =
  "(?:what|how) (?:do|does|did) (?:the|these|those) (?:articles?|reports?|stories|sources|outlets|coverage|pieces?|media) (?:say|report|write|tell|describe|portray|characteri[sz]e|cover)|^(?:please )?describe";

/**
 * Questions that ask for the gist rather than one fact: "what happened in X", "summarize the
 * talks", "what does each side want", "did they agree on anything", "what came out of …".
 */
const CORPUS_ASKED = new RegExp(CORPUS_ON, "iu");

const OVERVIEW = new RegExp(
  String.raw`\b(?:summari[sz]e|summary|overview|(?:${WHOLE_PICTURE_WORDS.join("|")}) picture|sum up|gist|rundown|recap|tl;?dr|in a nutshell|lowdown|catch me up|brief me|the background|main points|key points|what happened|what took place|what came out of|what (?:was|were) the (?:main )?(?:outcomes?|results?|takeaways?)|what (?:does|do) (?:each|both|the two) sides? want|(?:did|have|has)(?: [\w'’-]+){1,5} (?:agree|agreed) on anything|` +
    CORPUS_ON +
    String.raw`)\b`,
  "i",
);

/**
 * "How did Moscow sum up the meeting": someone's own summary, asked as what they said, not a
 * summary asked of the articles ("how do the reports sum it up", "can you sum up…").
 */
const SOMEONE_SUMMED = new RegExp(
  String.raw`\b(?:how|what) (?:did|does|do|has|have|had|would) (?!(?:the|these|those) (?:articles?|reports?|stories|sources|outlets|coverage|pieces?|media)\b|you\b|we\b|i\b)[\w'’-]+(?: [\w'’-]+){0,4} (?:sum(?:med)? up|summari[sz]e)\b`,
  "iu",
);

/** An overview that asks what came of something, not what happened. */
const ASKS_OUTCOME = /\b(?:outcomes?|results?|takeaways?|came out of|come out of)\b/iu;

/**
 * Words that only ask for an overview. The picture adjectives are fewer than
 * WHOLE_PICTURE_WORDS: "the track as a whole" asks about the track, so "whole" must count.
 */
const CUE_WORDS = stemSet(`summarize summarise summary overview sum gist rundown recap tl dr tldr
  nutshell lowdown catch brief background main key point points
  happen place outcome result takeaway each side sides want anything come came out
  article articles report reports story stories source sources outlet outlets coverage piece
  pieces media say write tell describe portray characterise characterize cover
  wider bigger big broader overall full picture`);

/** The opening sentences of an article state its gist. */
const LEAD_SENTENCES = 2;

/**
 * The best sentences about the question from different articles, most relevant first: an
 * article's lead counts extra, and a sentence that repeats one already chosen (a reprinted
 * story) is skipped.
 */
export function overviewSentences(
  evidence: readonly Evidence[],
  most: number,
  past: boolean,
): Evidence[] {
  const { minCoverage, minDirect, leadBonus, announcementPenalty } = defaultEngineOptions.overview;
  const score = (e: Evidence): number =>
    e.coverage +
    e.direct +
    (e.entry.position < LEAD_SENTENCES ? leadBonus : 0) -
    (past && FUTURE_MARKERS.test(e.entry.sentence.text) ? announcementPenalty : 0);
  const ranked = evidence
    .filter((e) => e.coverage >= minCoverage && e.direct >= minDirect)
    .sort((a, b) => score(b) - score(a) || a.rank - b.rank);
  const chosen: Evidence[] = [];
  const articles = new Set<string>();
  for (const e of ranked) {
    if (chosen.length >= most) break;
    if (articles.has(e.entry.article.id)) continue;
    if (chosen.some((c) => sharedWords(c.entry.stems, e.entry.stems) >= 0.5)) continue;
    articles.add(e.entry.article.id);
    chosen.push(e);
  }
  return chosen;
}

export const overview: QuestionKind = {
  name: "overview",
  detect: (analysis) => OVERVIEW.test(analysis.text) && !SOMEONE_SUMMED.test(analysis.text),
  phrasing: (token) => CUE_WORDS().has(token.stem),
  compose: ({ analysis, evidence, contrast }) => {
    const { maxSentences, minSentences, minRelated } = defaultEngineOptions.overview;
    // "Did they agree on anything": a sentence that does not say they agreed is no part of it.
    const verbs = analysis.content.filter(
      (t) => !CUE_WORDS().has(t.stem) && !t.capitalized && partOfSpeech(t.norm) === "VERB",
    );
    const saysVerbs = (e: Evidence): boolean =>
      verbs.every((v) => e.matches.some((m) => m.word.token.stem === v.stem && m.at.length > 0));
    // A sentence about another place or party than the question's answers another question.
    // "What was the outcome of the talks": a sentence that says they were held, and nothing of
    // what they agreed, decided or reached, is no outcome.
    const outcome = ASKS_OUTCOME.test(analysis.text);
    const saysOutcome = (e: Evidence): boolean =>
      !outcome || e.entry.tokens.some((t) => OUTCOME_VERBS().has(t.stem));
    const about = evidence.filter(
      (e) =>
        !conflicts(contrast, e, 0, e.entry.tokens.length - 1) && saysVerbs(e) && saysOutcome(e),
    );
    // A summary is told by every article about the subject, so by more than one where there
    // are more: a lone sentence that happens to share a rare word of the request ("the whole X
    // track") is no summary. "Did they agree on anything" is answered by any one that says so.
    const related = new Set(
      about.filter((e) => e.coverage >= minRelated).map((e) => e.entry.article.id),
    );
    // "What do the articles say about X" asks how they compare: one article's words are not
    // that, and where others put it in words of their own, the one would pass for all.
    const corpusAsked = CORPUS_ASKED.test(analysis.text);
    const least = corpusAsked
      ? minSentences
      : verbs.length > 0
        ? 1
        : Math.max(1, Math.min(minSentences, related.size));
    const chosen = overviewSentences(about, maxSentences, !analysis.future);
    return overviewAnswer(analysis.text, chosen, least);
  },
};

/** The chosen sentences quoted one per line, each with its source; null when fewer than `least`. */
export function overviewAnswer(question: string, chosen: Evidence[], least = 1): Answer | null {
  if (chosen.length < least) return null;
  return sentencesAnswer(question, chosen, [answerMessages.overview(chosen.length)]);
}
