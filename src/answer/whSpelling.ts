import { replaceTokens } from "../search/tokens.js";
import type { SearchIndex } from "../search/types.js";
import { defaultEngineOptions } from "../tuning/defaults.js";
import { QUALIFIER_WORDS } from "./qualifiers.js";

/**
 * The words that frame a question: what kind of answer it wants (who, when, how many, what
 * happened), and which event or time it means ("first", "previous", "February", "before").
 */
const FRAMING_WORDS = [
  ...["who", "what", "when", "where", "which", "why", "how", "many", "much"],
  ...QUALIFIER_WORDS,
  ...["before", "after", "since", "until", "during"],
  // "What happened…" asks for an overview.
  ...["happened", "happen", "happening"],
  // "According to TASS" says whose account is asked for.
  "according",
];

/** `short` is `long` with letters left out ("whn" of "when"). */
function dropsLetters(short: string, long: string): boolean {
  if (short.length >= long.length) return false;
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

/** `a` is `b` with two neighbouring letters swapped ("mnay" of "many"). */
function swapsLetters(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const at = [...a].findIndex((ch, i) => ch !== b[i]);
  return (
    at >= 0 && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2)
  );
}

/**
 * "whn was the round held", "how mnay trawlers", "the frist round", "befor the talks": a word
 * that frames the question typed with a letter left out or two letters swapped, read as that
 * word, so the question is framed by what it asks and of which event. Only a word neither the articles nor English commonly write, that
 * stands for exactly one asking word ("hwo" could be "how" or "who": left as it is).
 */
export function askingWordsRespelled(index: SearchIndex, question: string): string {
  const { typoRank } = defaultEngineOptions.expansion;
  return replaceTokens(question, (t) => {
    if (t.norm.length < 2 || t.norm in index.vocabulary.surfaces) return undefined;
    if (index.related.englishRank(t.norm) < typoRank) return undefined;
    const meant = FRAMING_WORDS.filter((w) => dropsLetters(t.norm, w) || swapsLetters(t.norm, w));
    // The nearest in length: "mnay" is "many" with a swap before "monday" with two left out.
    const nearest = Math.min(...meant.map((w) => w.length - t.norm.length));
    const closest = meant.filter((w) => w.length - t.norm.length === nearest);
    if (closest.length !== 1 || nearest > 2) return undefined;
    const word = closest[0]!;
    return /^\p{Lu}/u.test(t.text) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
  });
}
