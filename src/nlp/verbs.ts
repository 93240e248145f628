import { lemma, partOfSpeech } from "./stem.js";

/**
 * A past tense or past participle ("held", "led", "happened", "agreed"): a verb whose lemma
 * differs from it and which is not a present form ("says", "meeting"). Read from wink-nlp's
 * part of speech and lemma, so irregular verbs need no table; both come from the one reading
 * of the word that its index key is made from.
 */
export function isPastVerb(norm: string): boolean {
  if (norm.length < 3 || /s$|ing$/.test(norm)) return false;
  const pos = partOfSpeech(norm);
  return (pos === "VERB" || pos === "AUX") && lemma(norm) !== norm;
}
