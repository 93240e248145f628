import MiniSearch from "minisearch";
import { ENGLISH_STOPWORDS } from "./stopwords.js";
import type { Baseline, PassageText } from "./types.js";

/**
 * MiniSearch as its documentation sets it up: BM25+, lower-cased terms, English stop words
 * dropped, no stemming, no fuzzy matching. The plain BM25 reference the bot's ranking builds
 * on, so the ratio shows what the bot's analysis, expansion and extraction cost on top.
 * Without the stop words every passage matches "the", and the baseline would be slow for a
 * reason no one would ship.
 */
export function miniSearchBaseline(passages: PassageText[]): Baseline {
  const index = new MiniSearch<PassageText>({
    fields: ["text"],
    idField: "id",
    processTerm: (term) => {
      const lower = term.toLowerCase();
      return ENGLISH_STOPWORDS.has(lower) ? null : lower;
    },
  });
  index.addAll(passages);
  return {
    name: "MiniSearch",
    search: (question, limit) =>
      index
        .search(question)
        .slice(0, limit)
        .map((r) => String(r.id)),
  };
}
