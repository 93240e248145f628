import type { Token } from "../search/tokens.js";
import type { Evidence } from "./evidence.js";

/** Words that open a new clause inside a sentence. */
const CLAUSE_WORDS = new Set(["while", "whereas", "but"]);
const CLAUSE_PUNCT = /[,;:—–]/;

/** Token index ranges [first, last] of a sentence's clauses. */
export function clauses(tokens: Token[], text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 1; i < tokens.length; i++) {
    const gap = text.slice(tokens[i - 1]!.end, tokens[i]!.start);
    if (CLAUSE_PUNCT.test(gap) || CLAUSE_WORDS.has(tokens[i]!.norm)) {
      out.push([start, i - 1]);
      start = i;
    }
  }
  if (tokens.length) out.push([start, tokens.length - 1]);
  return out;
}

/**
 * The clause holding an answer phrase, as token range [first, last]. A clause with no question
 * word (a bare apposition "…, Aleksandr Darchiev,") borrows the clause before it; a person's
 * name that closes its clause takes in the apposition after it ("led by Alexander Darchiev, now Russia's
 * ambassador to the United States").
 */
export function clauseRange(
  evidence: Evidence,
  at: { start: number; end: number; key?: string },
): [number, number] {
  const { tokens } = evidence.entry;
  const ranges = clauses(tokens, evidence.entry.sentence.text);
  const index = ranges.findIndex(
    ([a, b]) => at.start >= tokens[a]!.start && at.start <= tokens[b]!.end,
  );
  if (index < 0) return [0, tokens.length - 1];
  let [first, last] = ranges[index]!;
  const hasMatch = [...evidence.matchedAt].some((i) => i >= first && i <= last);
  if (!hasMatch && index > 0) first = ranges[index - 1]![0];
  // Only an apposition ("…, now Russia's ambassador…"), not a new clause ("…, while the US…").
  const next = ranges[index + 1];
  const opener = next ? tokens[next[0]]! : undefined;
  // Only a name takes an apposition: after a place ("…at the residence, the venue of this
  // round will be…") a comma opens another statement.
  const apposition =
    (at.key === undefined || at.key.startsWith("person:")) &&
    opener !== undefined &&
    !CLAUSE_WORDS.has(opener.norm) &&
    !["and", "or", "which", "who", "where", "when", "that", "as"].includes(opener.norm);
  if (next && apposition && tokens[last]!.end <= at.end) last = next[1];
  // "According to Mr. Darchiev, the issues … form a knot of problems": the attribution's clause
  // is the one after it.
  if (next && tokens[first]!.norm === "according") last = Math.max(last, next[1]);
  return [first, last];
}

/**
 * How well the clause holding an answer phrase covers the question, so that in "The Russian
 * delegation will be led by X, while the US side will be headed by Y" a question about the US
 * side picks Y.
 */
export function clauseCoverage(evidence: Evidence, range: [number, number]): number {
  const { tokens } = evidence.entry;
  const [first, last] = range;
  let total = 0;
  let covered = 0;
  for (const m of evidence.matches) {
    total += m.word.weight;
    const inside = m.at.filter((i) => i >= first && i <= last);
    // "It lasted for more than six hours": the pronoun opening the clause brings the words of
    // the sentence it stands for.
    if (inside.length === 0) {
      if (m.viaPronoun && first === 0) covered += m.word.weight * m.strength;
      continue;
    }
    const best = Math.max(...inside.map((i) => m.word.matches.get(tokens[i]!.stem) ?? 1));
    covered += m.word.weight * best;
  }
  return total > 0 ? covered / total : 0;
}
