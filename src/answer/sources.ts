import { sourceOf } from "../corpus/cite.js";
import type { Article } from "../corpus/types.js";
import { opensWithPronoun, speakingPronoun, type Evidence } from "./evidence.js";
import { answerMessages } from "./messages.js";
import { ANNOUNCES_MORE } from "../lexicon/words.js";
import type { Source } from "./types.js";

export { sourceOf };

/** How an article is named in a reply: its outlet, else its headline, else its id. */
export function sourceName(article: Article): string {
  if (article.outlet) return article.outlet;
  if (article.title) return `"${article.title}"`;
  return article.id;
}

/** Outlet and date, as a quote is attributed: "TASS, 2025-04-10". */
export function attribution(article: Article): string {
  return [sourceName(article), article.published].filter(Boolean).join(", ");
}

/** The cited passage, quoted exactly from the article's clean body. */
export function toSource(evidence: Evidence): Source {
  return sourceOf(evidence.entry.article, evidence.entry.passage.text);
}

/** The supporting sentence in quotes with its attribution. */
export function quote(evidence: Evidence): string {
  // Shown on one line: a paragraph break inside a quote reads as a space.
  const text = quotedText(evidence).replace(/\s*\n\s*/g, " ");
  return answerMessages.quote(text, attribution(evidence.entry.article));
}

/** Sentences after an announcing one that are quoted with it. */
const FOLLOWING = 3;

/** The announcing sentence and up to FOLLOWING sentences after it in its paragraph. */
function withWhatFollows(evidence: Evidence): string {
  const { sentence, article } = evidence.entry;
  const i = article.sentences.findIndex((s) => s.start === sentence.start);
  let end = sentence.end;
  for (const next of article.sentences.slice(i + 1, i + 1 + FOLLOWING)) {
    if (article.body.slice(end, next.start).includes("\n")) break;
    end = next.end;
  }
  return article.body.slice(sentence.start, end);
}

/** Words that open a sentence which continues the one before it. */
const CONTINUING = /^(?:It|They|He|She|This|These|Its|Their|His|Her)\b/;

/**
 * The text quoted for a sentence, exactly as the article has it: the sentence itself, or with
 * the sentence before it when it opens with a pronoun ("It lasted more than six hours" says
 * nothing without the sentence naming what "it" is).
 */
export function quotedText(evidence: Evidence): string {
  const { sentence, article } = evidence.entry;
  if (ANNOUNCES_MORE.test(sentence.text)) return withWhatFollows(evidence);
  // Matched through the sentence before ("…this dispute," he said): that sentence is part of
  // what is quoted, even across a paragraph break.
  // '…," she said': the sentence before names who "she" is.
  const leansBack =
    evidence.matches.some((m) => m.viaPronoun) || speakingPronoun(evidence.entry.tokens) >= 0;
  const continues = CONTINUING.test(sentence.text) || opensWithPronoun(evidence.entry);
  if (!continues && !leansBack) return sentence.text;
  const i = article.sentences.findIndex((s) => s.start === sentence.start);
  const previous = i > 0 ? article.sentences[i - 1] : undefined;
  if (!previous) return sentence.text;
  const between = article.body.slice(previous.end, sentence.start);
  if (between.includes("\n") && !leansBack) return sentence.text;
  return article.body.slice(previous.start, sentence.end);
}
