import type { ItsFunction } from "wink-nlp";
import { lemma } from "./stem.js";
import { nlp } from "./wink.js";

/**
 * A past tense or past participle ("held", "led", "happened", "agreed"): a verb whose lemma
 * differs from it and which is not a present form ("says", "meeting"). Read from wink-nlp's
 * part of speech and lemma, so irregular verbs need no table.
 */
export function isPastVerb(norm: string): boolean {
  let past = PAST.get(norm);
  if (past !== undefined) return past;
  past = readPast(norm);
  if (PAST.size >= MAX_PAST) PAST.clear();
  PAST.set(norm, past);
  return past;
}

/** Each word is tagged once; bounded like the stem cache. */
const PAST = new Map<string, boolean>();
const MAX_PAST = 100_000;

function readPast(norm: string): boolean {
  if (norm.length < 3 || /s$|ing$/.test(norm)) return false;
  const tokens = nlp().readDoc(norm).tokens();
  if (tokens.length() !== 1) return false;
  const pos = tokens.out(nlp().its.pos as unknown as ItsFunction<string>)[0];
  return (pos === "VERB" || pos === "AUX") && lemma(norm) !== norm;
}
