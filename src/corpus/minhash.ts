/**
 * MinHash signatures and LSH banding: which pairs of documents are worth comparing, found in
 * about linear time instead of by comparing every pair.
 *
 * Each document is a set of hashed shingles. Its signature holds, for each of `hashes`
 * independent hash functions, the least value any of its shingles takes; two documents agree
 * in one position with probability equal to their Jaccard similarity. The signature is cut
 * into bands of `rowsPerBand` positions; documents that agree on every position of some band
 * land in the same bucket and become a candidate pair. A pair of Jaccard similarity J is
 * missed with probability (1 − J^rows)^bands: with 64 bands of 2 rows, 2·10⁻⁶ at J = 0.45,
 * 2·10⁻⁴ at J = 0.35, while a pair at J = 0.01 becomes a candidate 0.6 % of the time.
 */

/** 2^21: shifts a 32-bit value above 21 low bits, to make one 53-bit number of two hashes. */
const HIGH = 2 ** 21;

/** MurmurHash3's finaliser: a bijection on 32 bits that mixes every input bit into the output. */
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Two independent 32-bit FNV-1a hashes of a string's UTF-16 code units. */
function hashPair(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return [mix32(a), mix32(b)];
}

/**
 * Hashes words, remembering each distinct word: a corpus repeats its words, so each is
 * hashed once however many documents use it.
 */
export class WordHasher {
  private readonly seen = new Map<string, [number, number]>();

  hash(word: string): [number, number] {
    let pair = this.seen.get(word);
    if (!pair) {
      pair = hashPair(word);
      this.seen.set(word, pair);
    }
    return pair;
  }
}

/**
 * The hashes of the `size`-word shingles of a word sequence, in text order (repeats kept). A
 * hash is a 53-bit number made of two independent 32-bit hashes of the word tuple, so two
 * different shingles of a corpus share one with a probability of about 10⁻¹⁶ per pair: as
 * good as comparing the strings, at a fraction of the memory.
 */
export function shingleHashes(words: readonly string[], size: number, hasher: WordHasher): Float64Array {
  const count = Math.max(0, words.length - size + 1);
  const out = new Float64Array(count);
  if (count === 0) return out;
  const pairs = words.map((w) => hasher.hash(w));
  for (let i = 0; i < count; i++) {
    let a = 0x3c6ef372;
    let b = 0x5be0cd19;
    for (let j = i; j < i + size; j++) {
      const [wa, wb] = pairs[j] ?? [0, 0];
      a = Math.imul(a ^ wa, 0x9e3779b1);
      a = (a << 13) | (a >>> 19);
      b = Math.imul(b ^ wb, 0x85ebca77);
      b = (b << 17) | (b >>> 15);
    }
    out[i] = mix32(a) * HIGH + (mix32(b) >>> 11);
  }
  return out;
}

/** The distinct values of an array of hashes, ascending: a set that can be merged in order. */
export function sortedSet(hashes: Float64Array): Float64Array {
  const sorted = Float64Array.from(hashes).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i] ?? 0;
  }
  return sorted.slice(0, n);
}

/** How many values two ascending sets share. */
export function sharedCount(a: Float64Array, b: Float64Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** The seeds of the hash functions: fixed, so a corpus always gets the same signatures. */
function functionSeeds(count: number): Uint32Array {
  const seeds = new Uint32Array(count);
  for (let i = 0; i < count; i++) seeds[i] = mix32(Math.imul(i + 1, 0x9e3779b9));
  return seeds;
}

const seedCache = new Map<number, Uint32Array>();

/**
 * The MinHash signature of a document's shingle hashes. Function i maps a shingle hash x to mix32(x ^ seed_i), a different permutation of the 32-bit
 * values for each seed. An empty document gets a signature of all 0xffffffff, which no
 * band of a non-empty document can match.
 */
export function signature(hashes: Float64Array, count: number): Uint32Array {
  let seeds = seedCache.get(count);
  if (!seeds) {
    seeds = functionSeeds(count);
    seedCache.set(count, seeds);
  }
  const sig = new Uint32Array(count).fill(0xffffffff);
  for (let s = 0; s < hashes.length; s++) {
    // The low 32 bits of the shingle hash: the second of its two independent halves.
    const x = (hashes[s] ?? 0) % 0x100000000 | 0;
    for (let i = 0; i < count; i++) {
      const h = mix32(x ^ (seeds[i] ?? 0));
      if (h < (sig[i] ?? 0)) sig[i] = h;
    }
  }
  return sig;
}

/** Pair [i, j] (i < j) as one number, for sets of pairs. */
const pairCode = (i: number, j: number, n: number): number => (i < j ? i * n + j : j * n + i);

function decodePairs(codes: Set<number>, n: number): Array<[number, number]> {
  return [...codes]
    .sort((a, b) => a - b)
    .map((p) => [Math.floor(p / n), p % n]);
}

/**
 * Pairs [i, j] (i < j) of documents whose signatures agree on every one of `rowsPerBand`
 * consecutive positions in at least one band, ascending.
 */
export function bandedPairs(signatures: Uint32Array[], rowsPerBand: number): Array<[number, number]> {
  const n = signatures.length;
  const pairs = new Set<number>();
  const length = signatures[0]?.length ?? 0;
  for (let start = 0; start + rowsPerBand <= length; start += rowsPerBand) {
    const buckets = new Map<string, number[]>();
    signatures.forEach((sig, doc) => {
      if (sig[start] === 0xffffffff) return;
      let key = "";
      for (let r = start; r < start + rowsPerBand; r++) key += `${sig[r]},`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(doc);
      else buckets.set(key, [doc]);
    });
    for (const bucket of buckets.values()) {
      for (let x = 0; x < bucket.length; x++) {
        for (let y = x + 1; y < bucket.length; y++) {
          pairs.add(pairCode(bucket[x] ?? 0, bucket[y] ?? 0, n));
        }
      }
    }
  }
  return decodePairs(pairs, n);
}

/**
 * Pairs [i, j] (i < j) where one document holds at least `minShare` of the other's sample,
 * ascending. A document's sample is the `sampleSize` least of its shingle hashes (a bottom-k
 * MinHash sketch): since the hashes are random, the same shingle is sampled from every
 * document it is among the least of, and the share of A's sample found in B estimates the
 * share of A found in B, however much longer B is. Jaccard-based banding cannot see that
 * case: a short copy inside a long twin has a small Jaccard similarity. A document with no
 * more shingles than the sample size is its own sample, so for it the share is exact.
 */
export function containedPairs(
  sets: Float64Array[],
  sampleSize: number,
  minShare: number,
): Array<[number, number]> {
  const n = sets.length;
  const sampledBy = new Map<number, number[]>();
  sets.forEach((set, doc) => {
    for (let i = 0; i < Math.min(sampleSize, set.length); i++) {
      const x = set[i] ?? 0;
      const docs = sampledBy.get(x);
      if (docs) docs.push(doc);
      else sampledBy.set(x, [doc]);
    }
  });
  const pairs = new Set<number>();
  const counts = new Int32Array(n);
  const touched: number[] = [];
  sets.forEach((set, b) => {
    for (let i = 0; i < set.length; i++) {
      const docs = sampledBy.get(set[i] ?? 0);
      if (!docs) continue;
      for (const a of docs) {
        if (a === b) continue;
        const seen = counts[a] ?? 0;
        if (seen === 0) touched.push(a);
        counts[a] = seen + 1;
      }
    }
    for (const a of touched) {
      const sample = Math.min(sampleSize, sets[a]?.length ?? 0);
      if ((counts[a] ?? 0) >= Math.max(1, Math.ceil(sample * minShare))) pairs.add(pairCode(a, b, n));
      counts[a] = 0;
    }
    touched.length = 0;
  });
  return decodePairs(pairs, n);
}
