import { readFileSync } from "node:fs";
import { projectPath } from "../projectPath.js";

/** The shipped WordNet expressions (see src/cli/wordnet.ts for how they are made). */
const WORDNET_FILE = projectPath("src", "lexicon", "wordnet.json");

let loaded: Record<string, string> | undefined;

/**
 * The words WordNet gives for an expression of two words joined by "_" ("kick_out"
 * → "expel"), by its commonest sense; none for anything else. Read on first use (0.4 MB).
 */
export function expressionWords(expression: string): readonly string[] {
  loaded ??= JSON.parse(readFileSync(WORDNET_FILE, "utf8")) as Record<string, string>;
  const entry = Object.hasOwn(loaded, expression) ? loaded[expression] : undefined;
  return entry ? entry.split(" ") : [];
}
