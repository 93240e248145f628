import { lookupTable } from "./lookupTable.js";

/** Folds case and accents so "Türkiye" matches "Turkiye" and "RUSSIA" matches "Russia". */
export function normalizeWord(word: string): string {
  return word
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s$/u, "")
    .replace(/['’.]/gu, "");
}

/**
 * Spellings of one country that must meet as one key in the index and in questions.
 * "us" is safe here because questions rarely use the pronoun and the corpus never does.
 */
export const COUNTRY_ALIASES = lookupTable<string>({ usa: "us" });
