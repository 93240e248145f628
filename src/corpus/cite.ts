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
