import { stem } from "../nlp/stem.js";
import { tokenize } from "../search/tokens.js";
import type { SearchIndex } from "../search/types.js";

/**
 * "what is darchievs job": a name with an "s" glued on, typed without the apostrophe. Read as
 * the possessive it stands for, so the question is framed as "Darchiev's job" would be. Only
 * where the word is unknown to the articles and what is left is part of a name they give.
 */
export function possessivesRestored(index: SearchIndex, question: string): string {
  let out = "";
  let at = 0;
  for (const t of tokenize(question)) {
    // The stem of "darchievs" is the name's own: the articles must never write the word itself.
    if (!/[^s'’]s$/iu.test(t.text) || t.norm in index.vocabulary.surfaces) continue;
    const bare = t.text.slice(0, -1);
    if (!index.nameParts.has(stem(bare.toLowerCase()))) continue;
    out += `${question.slice(at, t.start)}${bare}'s`;
    at = t.end;
  }
  return out + question.slice(at);
}
