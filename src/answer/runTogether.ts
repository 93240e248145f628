import { isStopword } from "../lexicon/stopwords.js";
import { QUESTION_WORDS } from "../lexicon/words.js";
import { replaceTokens } from "../search/tokens.js";
import type { SearchIndex } from "../search/types.js";
import { defaultEngineOptions } from "../tuning/defaults.js";

/**
 * "when did rubioand lavrov meet", "the blacksea deal": two words typed without the space
 * between them, read as the two. Only a word that is neither the articles' nor English's is
 * split, and only into two words the articles use (one of them may be a function word: "and");
 * of several such splits the one with the longer shorter part is taken.
 */
export function runTogetherSplit(index: SearchIndex, question: string): string {
  const { surfaces } = index.vocabulary;
  const used = (w: string): boolean => w in surfaces;
  const known = (w: string): boolean => used(w) && !isStopword(w);
  return replaceTokens(question, (t) => {
    const word = t.norm;
    if (
      word.length < defaultEngineOptions.runTogether.minLength ||
      !/^[a-z]+$/u.test(word) ||
      t.text.length !== word.length
    ) {
      return undefined;
    }
    if (used(word)) return undefined;
    if (index.related.englishRank(word) < Infinity) return undefined;
    let best: [string, string] | undefined;
    for (let at = 2; at <= word.length - 2; at++) {
      const [a, b] = [word.slice(0, at), word.slice(at)];
      // "Whendid", "howlong": a question word and the function word after it.
      const asking = QUESTION_WORDS.has(a) && (isStopword(b) || used(b));
      const ok =
        asking ||
        ((known(a) || isStopword(a)) && (known(b) || isStopword(b)) && (known(a) || known(b)));
      if (!ok) continue;
      if (!best || Math.min(a.length, b.length) > Math.min(best[0].length, best[1].length)) {
        best = [a, b];
      }
    }
    if (!best) return undefined;
    // Kept as typed: "Rubioand" → "Rubio and".
    return `${t.text.slice(0, best[0].length)} ${t.text.slice(best[0].length)}`;
  });
}
