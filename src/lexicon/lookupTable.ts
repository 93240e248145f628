/**
 * A lookup table with no prototype. Tables here are keyed by words from articles and
 * questions, and a plain object answers "constructor" or "__proto__" with Object's own
 * properties: a word like that once crashed the index build.
 */
export function lookupTable<T>(entries: Record<string, T> = {}): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
