/**
 * Finds copies of the same story by content: word shingles compared by containment (the
 * share of the smaller copy's shingles found in the larger), so a partial or badly scraped
 * copy still matches its clean twin. File names play no part.
 *
 * Comparing every pair grows with the square of the corpus; instead two MinHash sketches
 * (minhash.ts) name the pairs worth comparing, and only those are compared, by the same
 * containment measure. LSH banding of MinHash signatures finds copies of about the same
 * length (most copies: a re-scrape, a syndicated story); a bottom-k sample looked up in every
 * document finds a short copy inside a long twin (a teaser, a page cut off by a paywall, a
 * closing line every speech ends with), which banding cannot see. Each would find most pairs
 * alone; together they miss a pair above the threshold by a clear margin practically never.
 */

import {
  bandedPairs,
  containedPairs,
  sharedCount,
  shingleHashes,
  signature,
  sortedSet,
  WordHasher,
} from "./minhash.js";

/** Every tuning constant of duplicate detection, in one place; tests may override any. */
export interface DedupeOptions {
  /** Words per shingle. */
  shingleSize: number;
  /** Containment at or above which two texts are copies of one story. */
  threshold: number;
  /** MinHash functions per signature. */
  hashes: number;
  /**
   * Signature positions per LSH band (hashes / rowsPerBand bands). Two rows of 64 bands miss
   * a pair of Jaccard similarity 0.45 with probability 2·10⁻⁶ (see minhash.ts).
   */
  rowsPerBand: number;
  /** Least shingle hashes per document sampled to find a short copy inside a long twin. */
  sampleSize: number;
  /**
   * Share of a document's sample another must hold to be compared with it. Below the
   * threshold by a margin: a pair at containment 0.6 holds fewer than 8 of 32 sampled
   * shingles with probability 10⁻⁵.
   */
  sampleShare: number;
}

export const DEDUPE_DEFAULTS: Readonly<DedupeOptions> = {
  shingleSize: 4,
  threshold: 0.5,
  hashes: 128,
  rowsPerBand: 2,
  sampleSize: 32,
  sampleShare: 0.25,
};

export const SHINGLE_SIZE = DEDUPE_DEFAULTS.shingleSize;
export const DUPLICATE_THRESHOLD = DEDUPE_DEFAULTS.threshold;

/** The words shingles are made of: lower case, accents and punctuation dropped. */
export function shingleWords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}\s]/gu, "")
    .split(/\s+/)
    .filter(Boolean);
}

export function shingles(text: string, size = SHINGLE_SIZE): Set<string> {
  const words = shingleWords(text);
  const out = new Set<string>();
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(" "));
  return out;
}

export function containment(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}

export interface DedupeInput {
  id: string;
  text: string;
  /** Lower is cleaner: the copy with the lowest score in a group is kept. */
  defectScore: number;
}

export interface DuplicateLink {
  id: string;
  duplicateOf: string;
  similarity: number;
}

/** What duplicate detection keeps of one text: its shingle set and its MinHash signature. */
export interface DedupeSketch {
  /** Distinct shingle hashes, ascending; the first sampleSize are its bottom-k sample. */
  set: Float64Array;
  signature: Uint32Array;
}

export function sketch(
  text: string,
  options: DedupeOptions = DEDUPE_DEFAULTS,
  hasher = new WordHasher(),
): DedupeSketch {
  const hashes = shingleHashes(shingleWords(text), options.shingleSize, hasher);
  return {
    set: sortedSet(hashes),
    signature: signature(hashes, options.hashes),
  };
}

/** `containment` on hashed shingle sets. */
export function sketchContainment(a: DedupeSketch, b: DedupeSketch): number {
  const small = Math.min(a.set.length, b.set.length);
  return small === 0 ? 0 : sharedCount(a.set, b.set) / small;
}

/** The pairs LSH proposes for comparison, [i, j] with i < j, ascending. */
export function candidates(
  sketches: DedupeSketch[],
  options: DedupeOptions = DEDUPE_DEFAULTS,
): Array<[number, number]> {
  const n = sketches.length;
  const codes = new Set<number>();
  for (const [i, j] of bandedPairs(
    sketches.map((s) => s.signature),
    options.rowsPerBand,
  )) {
    codes.add(i * n + j);
  }
  const sets = sketches.map((s) => s.set);
  for (const [i, j] of containedPairs(sets, options.sampleSize, options.sampleShare)) {
    codes.add(i * n + j);
  }
  return [...codes].sort((a, b) => a - b).map((p) => [Math.floor(p / n), p % n]);
}

/**
 * Groups stories that are the same (transitively) and names, for each copy but the
 * cleanest, the copy it duplicates.
 */
export function findDuplicates(
  items: DedupeInput[],
  options: DedupeOptions = DEDUPE_DEFAULTS,
): DuplicateLink[] {
  const hasher = new WordHasher();
  const sketches = items.map((i) => sketch(i.text, options, hasher));
  const similar: Array<[number, number, number]> = [];
  for (const [i, j] of candidates(sketches, options)) {
    const a = sketches[i];
    const b = sketches[j];
    if (!a || !b) continue;
    const sim = sketchContainment(a, b);
    if (sim >= options.threshold) similar.push([i, j, sim]);
  }
  return linkDuplicates(items, similar);
}

/**
 * From the pairs found alike ([i, j, similarity]), the groups of one story (transitively):
 * each copy but the cleanest (fewest defects, then first id) names the copy it duplicates.
 */
export function linkDuplicates(
  items: readonly DedupeInput[],
  similar: Iterable<readonly [number, number, number]>,
): DuplicateLink[] {
  const parent = items.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] ?? i;
    return i;
  };
  const best = new Map<number, number>();
  for (const [i, j, sim] of similar) {
    parent[root(j)] = root(i);
    best.set(i, Math.max(best.get(i) ?? 0, sim));
    best.set(j, Math.max(best.get(j) ?? 0, sim));
  }
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => {
    const r = root(i);
    const members = groups.get(r);
    if (members) members.push(i);
    else groups.set(r, [i]);
  });
  const links: DuplicateLink[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const sorted = [...members].sort(
      (a, b) =>
        (items[a]?.defectScore ?? 0) - (items[b]?.defectScore ?? 0) ||
        (items[a]?.id ?? "").localeCompare(items[b]?.id ?? ""),
    );
    const keep = items[sorted[0] ?? 0];
    if (!keep) continue;
    for (const m of sorted.slice(1)) {
      const item = items[m];
      if (item) links.push({ id: item.id, duplicateOf: keep.id, similarity: best.get(m) ?? 0 });
    }
  }
  return links;
}
