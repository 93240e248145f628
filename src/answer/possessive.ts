import { stem } from "../nlp/stem.js";
import { replaceTokens } from "../search/tokens.js";
import type { SearchIndex } from "../search/types.js";

/**
 * "what is darchievs job": a name with an "s" glued on, typed without the apostrophe. Read as
 * the possessive it stands for, so the question is framed as "Darchiev's job" would be. Only
 * where the word is unknown to the articles and what is left is part of a name they give.
 */
export function possessivesRestored(index: SearchIndex, question: string): string {
  return replaceTokens(question, (t) => {
    // The stem of "darchievs" is the name's own: the articles must never write the word itself.
    if (!/[^s'’]s$/iu.test(t.text) || t.norm in index.vocabulary.surfaces) return undefined;
    const bare = t.text.slice(0, -1);
    return index.nameParts.has(stem(bare.toLowerCase())) ? `${bare}'s` : undefined;
  });
}
