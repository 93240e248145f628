/**
 * Finds copies of the same story by content: word shingles compared by containment (the
 * share of the smaller copy's shingles found in the larger), so a partial or badly scraped
 * copy still matches its clean twin. File names play no part.
 */

export const SHINGLE_SIZE = 4;
export const DUPLICATE_THRESHOLD = 0.5;

export function shingles(text: string, size = SHINGLE_SIZE): Set<string> {
  const words = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}\s]/gu, "")
    .split(/\s+/)
    .filter(Boolean);
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

/**
 * Groups stories that are the same (transitively) and names, for each copy but the
 * cleanest, the copy it duplicates.
 */
export function findDuplicates(items: DedupeInput[]): DuplicateLink[] {
  const sets = items.map((i) => shingles(i.text));
  const parent = items.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] ?? i;
    return i;
  };
  const best = new Map<number, number>();
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const sim = containment(sets[i] ?? new Set(), sets[j] ?? new Set());
      if (sim >= DUPLICATE_THRESHOLD) {
        parent[root(j)] = root(i);
        best.set(i, Math.max(best.get(i) ?? 0, sim));
        best.set(j, Math.max(best.get(j) ?? 0, sim));
      }
    }
  }
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), i]));
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
