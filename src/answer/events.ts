import { TIME_NOUNS } from "../lexicon/words.js";
import type { Article } from "../corpus/types.js";
import { tokenize, type Token } from "../search/tokens.js";
import { mayHoldQualifier, qualifierKind } from "./qualifiers.js";

/** Words between a qualifier and its noun that do not change which event is meant. */
const FILLERS = new Set(["such"]);
const DEMONSTRATIVES = new Set(["this", "these"]);
/** "This week" is the time of writing, not the event the lead named "last week". */

/** Index of the word before `i`, stepping over fillers ("the first such meeting"). */
function before(tokens: readonly Token[], i: number): number {
  let j = i - 1;
  while (j >= 0 && FILLERS.has(tokens[j]!.norm)) j--;
  return j;
}

/** The qualifier written right before token `i`, in the same phrase ("the February round"). */
export function writtenQualifier(
  tokens: readonly Token[],
  text: string,
  i: number,
): Token | undefined {
  const j = before(tokens, i);
  const q = tokens[j];
  if (!q || !qualifierKind(q.norm)) return undefined;
  // "In February, he was…": a comma ends the phrase, wherever it falls between the qualifier
  // and its noun ("the first such meeting" has a filler between them).
  for (let k = j; k < i; k++) {
    if (!/^[\s-]*$/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return undefined;
  }
  return q;
}

const leads = new WeakMap<Article, Map<string, Token>>();

/**
 * Noun stem → the qualifier of the article's first qualified mention of it: the event the
 * article reports is named in its lead ("…for the second round of consultations").
 */
function leadQualifiers(article: Article): Map<string, Token> {
  let map = leads.get(article);
  if (map) return map;
  map = new Map();
  for (const sentence of article.sentences) {
    // Most of an article's sentences name no event by a qualifier: not worth tokenising.
    if (!mayHoldQualifier(sentence.text)) continue;
    const tokens = tokenize(sentence.text);
    tokens.forEach((t, i) => {
      const q = writtenQualifier(tokens, sentence.text, i);
      if (q && !qualifierKind(t.norm) && !map!.has(t.stem)) map!.set(t.stem, q);
    });
  }
  leads.set(article, map);
  return map;
}

/**
 * Which event a mention of a noun names: its own qualifier ("the February round"), or for a
 * demonstrative ("this round") the qualifier the article's lead gave that noun: news articles
 * say "this round" of the event they report.
 */
export function mentionQualifier(
  article: Article,
  tokens: readonly Token[],
  text: string,
  i: number,
): Token | undefined {
  const own = writtenQualifier(tokens, text, i);
  if (own) return own;
  const j = before(tokens, i);
  if (!DEMONSTRATIVES.has(tokens[j]?.norm ?? "") || TIME_NOUNS.has(tokens[i]!.stem))
    return undefined;
  return leadQualifiers(article).get(tokens[i]!.stem);
}

/** Positions of demonstratives ("this" in "this round") that stand for a qualifier stem. */
export function demonstrativesFor(
  article: Article,
  tokens: readonly Token[],
  text: string,
  qualifierStem: string,
): number[] {
  const out: number[] = [];
  tokens.forEach((t, j) => {
    if (!DEMONSTRATIVES.has(t.norm)) return;
    let i = j + 1;
    while (i < tokens.length && FILLERS.has(tokens[i]!.norm)) i++;
    if (i >= tokens.length) return;
    // "Whereas the first round was…, this round…": "this" one is not the one the sentence
    // names beside it, whatever the lead named first.
    const namedBeside = tokens.some(
      (u, k) =>
        k !== i &&
        u.stem === tokens[i]!.stem &&
        writtenQualifier(tokens, text, k)?.stem === qualifierStem,
    );
    if (namedBeside) return;
    if (mentionQualifier(article, tokens, text, i)?.stem === qualifierStem) out.push(j);
  });
  return out;
}
