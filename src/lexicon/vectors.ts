import { readFileSync } from "node:fs";
import { projectPath } from "../projectPath.js";
import { decodeVectors, type WordVectors } from "./vectorFile.js";

/** The shipped vectors, beside this file's source (see src/cli/vectors.ts for how they are made). */
const VECTOR_FILE = projectPath("src", "lexicon", "vectors.bin");

let loaded: WordVectors | undefined;

/** The word vectors, read on first use (about 11 MB, some 35 ms), then kept. */
export function wordVectors(): WordVectors {
  loaded ??= decodeVectors(readFileSync(VECTOR_FILE));
  return loaded;
}
