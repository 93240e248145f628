/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions): the check that
 * a fuzzy candidate from fuse.js is really a misspelling and not a substring coincidence.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (prevPrev[j - 2] ?? 0) + 1);
      }
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** Edits a misspelling of a word this long may carry and still be recognised. */
export function allowedEdits(length: number): number {
  // Short words sit one edit from many others ("Turkish" / "Turkiye" is two): only longer
  // words may carry two or three slips and still be recognised.
  if (length < 5) return 0;
  if (length < 9) return 1;
  if (length < 13) return 2;
  return 3;
}
