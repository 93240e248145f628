import Fuse from "fuse.js";
import type { Baseline, PassageText } from "./types.js";

/**
 * The naive design: fuse.js fuzzy matching of the whole question against every passage's
 * text. ignoreLocation is needed or fuse.js only looks near the start of each passage; token
 * search (TF-IDF over fuzzy word matches) is fuse.js's own best mode for multi-word queries.
 */
export function fuseBaseline(passages: PassageText[]): Baseline {
  const fuse = new Fuse(passages, {
    keys: ["text"],
    includeScore: true,
    ignoreLocation: true,
    useTokenSearch: true,
    threshold: 0.6,
  });
  return {
    name: "fuse.js",
    search: (question, limit) => fuse.search(question, { limit }).map((r) => r.item.id),
  };
}
