import type { ArticleMeta, Source } from "./types.js";

/** A citation of an article: `quote` must be text taken exactly from its clean body. */
export function sourceOf(article: ArticleMeta, quote: string): Source {
  return {
    articleId: article.id,
    title: article.title,
    outlet: article.outlet,
    published: article.published,
    url: article.url,
    passage: quote,
  };
}

/** Where a field of an article's metadata was read, as ingest recorded it. */
export interface FieldEvidence {
  /** How it was found ("the page's date line"). */
  how: string;
  /** The page's own words it was read from ("08 Apr 2025, 22:47 GMT+10"). */
  line: string;
}

/**
 * The line of the page a metadata field was read from, when ingest recorded one ("how: line",
 * see corpus/ingest.ts). A field carried over from another article has no line of this page.
 */
export function fieldEvidence(article: ArticleMeta, field: string): FieldEvidence | undefined {
  const recorded = article.evidence?.[field];
  const at = recorded?.indexOf(": ") ?? -1;
  if (recorded === undefined || at < 0) return undefined;
  const line = recorded.slice(at + 2).trim();
  if (line === "" || line === article.duplicateOf) return undefined;
  return { how: recorded.slice(0, at), line };
}
