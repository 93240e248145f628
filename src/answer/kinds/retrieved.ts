import type { StemLookup } from "../../search/types.js";
import type { KindContext } from "./types.js";

/** The word stems of each article the question's passages come from, one entry per article. */
export function retrievedArticleStems(ctx: KindContext): StemLookup[] {
  return [...new Set(ctx.hits.map((h) => h.passage.article.id))].map(
    (id) => ctx.index.articleStems.get(id) ?? new Set<string>(),
  );
}
