import { INFORMAL_FORMS } from "../lexicon/informal.js";
import { replaceTokens } from "../search/tokens.js";
import type { SearchIndex } from "../search/types.js";

/**
 * "wen did putin n trump talk on the fone": chat spellings read as the words they stand for,
 * so the question is framed and matched as if typed in full. A form the articles themselves
 * use as a word is left as it is.
 */
export function informalSpelledOut(index: SearchIndex, question: string): string {
  return replaceTokens(question, (t) =>
    t.norm in index.vocabulary.surfaces ? undefined : INFORMAL_FORMS.get(t.norm),
  );
}
