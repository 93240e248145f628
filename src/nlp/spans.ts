import type { ItsFunction } from "wink-nlp";
import { nlp } from "./wink.js";

/** A typed span wink-nlp finds in a text: a date, a length of time, a number, an ordinal. */
export interface EntitySpan {
  type: string;
  text: string;
}

const CACHE = new Map<string, EntitySpan[]>();
const MAX_CACHE = 20_000;

/**
 * wink-nlp's entity spans of a text (DATE, TIME, DURATION, CARDINAL, ORDINAL, MONEY,
 * PERCENT, …), read once per distinct text.
 */
export function entitySpans(text: string): EntitySpan[] {
  let spans = CACHE.get(text);
  if (spans) return spans;
  const { its } = nlp();
  const type = its.type as unknown as ItsFunction<string>;
  const value = its.value as unknown as ItsFunction<string>;
  spans = [];
  nlp()
    .readDoc(text)
    .entities()
    .each((e: { out: <T>(f: ItsFunction<T>) => T }) => {
      spans!.push({ type: String(e.out(type)), text: String(e.out(value)) });
    });
  if (CACHE.size >= MAX_CACHE) CACHE.clear();
  CACHE.set(text, spans);
  return spans;
}

export function hasSpan(text: string, ...types: string[]): boolean {
  return entitySpans(text).some((s) => types.includes(s.type));
}
