import { stem } from "../nlp/stem.js";

/**
 * A word list read as index keys, made on first use: lists are written as plain words, never
 * as the keys a stemmer happens to give them, so that changing the stemmer changes no list.
 */
export function stemSet(words: string): () => ReadonlySet<string> {
  let set: ReadonlySet<string> | undefined;
  return () => {
    set ??= new Set(
      words
        .split(/\s+/)
        .filter(Boolean)
        .map((w) => stem(w)),
    );
    return set;
  };
}
