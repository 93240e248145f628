import type { Lookup } from "./types.js";

/**
 * A table computed on first use and kept within a bound, least recently used out first: only
 * the passages questions reach are ever tokenised, a stream of questions cannot grow it without
 * limit, and the passages questions keep reaching stay.
 */
export function lazyTable<T>(compute: (key: string) => T | undefined, bound = 20_000): Lookup<T> {
  const cache = new Map<string, T | undefined>();
  return {
    get(key) {
      if (cache.has(key)) {
        const value = cache.get(key);
        // A Map iterates in insertion order: moved to the end, the first entry is the oldest.
        cache.delete(key);
        cache.set(key, value);
        return value;
      }
      const value = compute(key);
      if (cache.size >= bound) cache.delete(cache.keys().next().value!);
      cache.set(key, value);
      return value;
    },
  };
}
