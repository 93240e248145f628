import { sourceOf } from "../corpus/cite.js";
import type { Article } from "../corpus/types.js";
import type { Evidence } from "./evidence.js";
import { answerMessages } from "./messages.js";
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
  return answerMessages.quote(evidence.entry.sentence.text, attribution(evidence.entry.article));
}
