import { expandQuery } from "../search/query.js";
import { tokenize } from "../search/tokens.js";
import type { SearchIndex } from "../search/types.js";
import type { ExpandWord, WordSense } from "./topicMatch.js";

/**
 * A topic word's senses as /ask expands a question word (src/search/query.ts): other spellings
 * of a name, the corpus's spelling of a misspelt word, reviewed synonyms, and words near in
 * meaning by word vectors for a word the articles never use. Loose synonyms are left out: a
 * topic names what events are about, and "restrictions" is not what "sanctions" asks for.
 */
export const TOPIC_MEANING_DEFAULTS = {
  /** Synonyms and vector neighbours weaker than this do not stand for a topic word. */
  minRelatedWeight: 0.7,
} as const;

export function meaningFromIndex(index: SearchIndex, options = TOPIC_MEANING_DEFAULTS): ExpandWord {
  return (word: string): WordSense[] =>
    expandQuery(index, tokenize(word))
      .filter(
        (t) =>
          t.via === "exact" ||
          t.via === "spelling" ||
          t.via === "variant" ||
          t.weight >= options.minRelatedWeight,
      )
      .map((t) => ({ stem: t.stem, weight: t.weight }));
}
