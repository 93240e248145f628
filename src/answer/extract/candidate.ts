import type { Token } from "../../search/tokens.js";

/** A short answer phrase found in a sentence. */
export interface Candidate {
  /** Exactly the sentence text between start and end. */
  text: string;
  /** What the answer shows: the text, or a resolved date ("Thursday, February 27, 2025"). */
  display: string;
  /** Offsets into the sentence text. */
  start: number;
  end: number;
  /** Equal keys mean the same answer, across articles and spellings. */
  key: string;
  /**
   * For answers that fill a slot of an entity (a title, a department): the words that name the
   * kind of slot, and the words that fill it. Same slot with other filling = sources disagree.
   */
  slot?: { head: string[]; filler: string[] };
  /**
   * Found through a noun the sentence ties it to ("the venue … will be X"): the stem of that
   * noun. Strong evidence when the question uses the same noun.
   */
  viaFocus?: string;
  /** A place that names a building or site, not only a city or country. */
  specific?: boolean;
  /** For a date: the resolved date (YYYY, YYYY-MM or YYYY-MM-DD). */
  date?: string;
  /** For a person: how well the title the sentence gives them matches the question. */
  title?: { recall: number; precision: number; dated?: boolean; post?: boolean };
  /** The wider span the phrase belongs to (a name with its title), for measuring distance. */
  reach?: { start: number; end: number };
  /** A speaker the sentence names only as "he" or "she", named by the sentence before. */
  byPronoun?: boolean;
}

/** Token index range [first, last] a candidate covers in its sentence. */
export function tokenRange(tokens: Token[], c: { start: number; end: number }): [number, number] {
  let first = -1;
  let last = -1;
  tokens.forEach((t, i) => {
    if (t.start >= c.start && t.end <= c.end) {
      if (first < 0) first = i;
      last = i;
    }
  });
  return [first, last];
}

/** Tokens between a candidate and the nearest matched question word: small = relevant. */
export function distanceToMatches(
  tokens: Token[],
  c: { start: number; end: number; reach?: { start: number; end: number } },
  matchedAt: ReadonlySet<number>,
): number {
  const [first, last] = tokenRange(tokens, c.reach ?? c);
  if (first < 0) return Infinity;
  let best = Infinity;
  for (const i of matchedAt) {
    if (i >= first && i <= last) continue;
    best = Math.min(best, i < first ? first - i : i - last);
  }
  return best;
}

/** Picks the candidate closest to the question words; ties go to the earlier one. */
export function closest<T extends Candidate>(
  tokens: Token[],
  candidates: T[],
  matchedAt: ReadonlySet<number>,
): T | undefined {
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distanceToMatches(tokens, c, matchedAt);
    if (best === undefined || d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
