import { readFileSync } from "node:fs";
import { decodeVectors, type WordVectors } from "./vectorFile.js";

/** The shipped vectors, next to this file (see src/cli/vectors.ts for how they are made). */
const VECTOR_FILE = new URL("./vectors.bin", import.meta.url);

let loaded: WordVectors | undefined;

/** The word vectors, read on first use (about 11 MB, some 35 ms), then kept. */
export function wordVectors(): WordVectors {
  loaded ??= decodeVectors(readFileSync(VECTOR_FILE));
  return loaded;
}
