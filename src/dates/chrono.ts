import { createRequire } from "node:module";
import type * as Chrono from "chrono-node";

/** chrono-node's English locale: its casual parser, the strict one, and the day-first one. */
export type EnglishChrono = typeof Chrono.en;

let english: EnglishChrono | undefined;

/**
 * chrono-node's English locale, loaded on first use from the package's CommonJS build
 * (`chrono-node/en`, whose `parse` is the package's own `parse`): importing the whole package
 * as ES modules (some 900 files, every locale) took a fifth of a second of every start, before
 * any date was read, and a process that only answers questions may never need it.
 */
export function englishChrono(): EnglishChrono {
  english ??= createRequire(import.meta.url)("chrono-node/en") as EnglishChrono;
  return english;
}
