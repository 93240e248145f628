import { defaultEngineOptions, type RelatedOptions } from "../tuning/defaults.js";
import { lemma, stem } from "../nlp/stem.js";
import { expressionWords, loadWordnet, wordnetRelated } from "../lexicon/wordnet.js";
import { isStopword } from "../lexicon/stopwords.js";
import { reviewedRelated, type Related } from "../lexicon/related.js";
import { similarity, type WordVectors } from "../lexicon/vectorFile.js";
import { Lexicon } from "./lexicon.js";
import { isCapital } from "../lexicon/countries.js";

export type { Related };

/**
 * Words of the corpus that mean about what a question word means, by the cosine of their word
 * vectors ("planes" finds "flights", "headed" finds "led"). Candidates are the corpus's own
 * words, so nothing about any one corpus is written in code. The vectors of the candidates are
 * unpacked once into one float matrix; a question word then costs one pass over it.
 */
export class RelatedWords {
  private matrix: Float32Array | undefined;
  private corpusStems: Record<string, true> | undefined;
  private stems: string[] = [];
  private rowsByStem: Map<string, number[]> | undefined;
  /** Per row, the length of its vector from each checkpoint on (see CHECKPOINTS). */
  private tails: Float64Array[] = [];
  private stops: number[] = [];
  private readonly cache = new Map<string, Related[]>();

  constructor(
    private readonly vectors: () => WordVectors,
    /** Every surface word of the corpus (normalised) → its stem. */
    private readonly surfaces: Readonly<Record<string, string>>,
    private readonly options: RelatedOptions = defaultEngineOptions.related,
  ) {}

  private prepare(): { matrix: Float32Array; vectors: WordVectors } {
    const vectors = this.vectors();
    if (this.matrix) return { matrix: this.matrix, vectors };
    // By lemma, one row per lemma: "plane" and "flight" are nearer than "planes" and
    // "flights", and a plural adds nothing to what a word means.
    const rows: number[] = [];
    const seen = new Set<number>();
    for (const [norm, stem] of Object.entries(this.surfaces)) {
      // Function words sit near everything in vector space and mean nothing on their own.
      if (isStopword(norm)) continue;
      const row = vectors.rows.get(lemma(norm)) ?? vectors.rows.get(norm);
      if (row === undefined || row >= this.options.vocabularyRank || seen.has(row)) continue;
      seen.add(row);
      rows.push(row);
      this.stems.push(stem);
    }
    const n = vectors.dimensions;
    const matrix = new Float32Array(rows.length * n);
    rows.forEach((row, i) => {
      const scale = vectors.scales[row]!;
      for (let d = 0; d < n; d++) matrix[i * n + d] = vectors.values[row * n + d]! * scale;
    });
    this.matrix = matrix;
    this.stops = checkpoints(n);
    this.tails = this.stops.map((from) => {
      const tail = new Float64Array(rows.length);
      for (let i = 0; i < rows.length; i++) tail[i] = tailLength(matrix, i * n + from, n - from);
      return tail;
    });
    // Where each stem's rows are, for a search among a few stems (nearAmong): made here, so
    // the warm-up pays for it and no question does.
    const byStem = new Map<string, number[]>();
    this.stems.forEach((s, i) => {
      const list = byStem.get(s);
      if (list) list.push(i);
      else byStem.set(s, [i]);
    });
    this.rowsByStem = byStem;
    return { matrix, vectors };
  }

  /**
   * Makes now the matrix and the lexicon the first question that needs them would make, and
   * reads the WordNet files it consults (parsing them is tens of milliseconds).
   */
  warmUp(): void {
    this.prepare();
    this.englishLexicon();
    loadWordnet();
  }

  private englishLexicon(): Lexicon {
    const vectors = this.vectors();
    this.english ??= new Lexicon(
      [...vectors.rows]
        .filter(([word, row]) => row < this.options.vocabularyRank && /^\p{L}{3,}$/u.test(word))
        .map(([word]) => word),
    );
    return this.english;
  }

  private stemsInCorpus(): Record<string, true> {
    if (!this.corpusStems) {
      this.corpusStems = Object.create(null) as Record<string, true>;
      for (const stem of Object.values(this.surfaces)) this.corpusStems[stem] = true;
    }
    return this.corpusStems;
  }

  /**
   * Corpus stems like in meaning to the word, best first; never the word's own stem. The
   * reviewed list and the vectors both propose; a stem both give keeps the higher weight.
   */
  of(norm: string, ownStem: string, name = false): Related[] {
    const key = `${norm}\u0000${ownStem}\u0000${name}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const weights = new Map<string, number>();
    const byVectors = new Set<string>();
    for (const r of reviewedRelated().get(ownStem) ?? []) {
      if (r.stem in this.stemsInCorpus()) weights.set(r.stem, r.weight);
    }
    // "The two capitals": the capital cities the articles name. Only the plural: "capital"
    // alone is as often money ("capital flows"), and with a country before it, its capital
    // city (query.ts).
    if (!name && norm === "capitals") {
      for (const s of this.capitalStems()) weights.set(s, this.options.weight);
    }
    // The vectors speak only for a word the corpus never uses ("planes" where the articles say
    // "flights"): a word the articles use is found as itself, and its neighbours in meaning
    // would only let sentences about something else in.
    // A name means whom or what it names: "Syria" is not "Iraq", however near their vectors.
    // The reviewed list, where it speaks, is surer: vectors also put opposites side by side
    // ("halt" near "resume").
    const paraphrase = !name && !(ownStem in this.stemsInCorpus()) && weights.size === 0;
    for (const r of paraphrase ? this.search(norm, ownStem) : []) {
      if (!weights.has(r.stem)) byVectors.add(r.stem);
      weights.set(r.stem, Math.max(weights.get(r.stem) ?? 0, r.weight));
    }
    const found: Related[] = [...weights].map(([stem, weight]) => ({
      stem,
      weight,
      by: byVectors.has(stem) ? "vectors" : "list",
    }));
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(key, found);
    return found;
  }

  private capitals: string[] | undefined;

  /** Stems of the corpus's words that name a capital city ("moscow", "oslo"). */
  private capitalStems(): string[] {
    this.capitals ??= [
      ...new Set(
        Object.entries(this.surfaces)
          .filter(([surface]) => isCapital(surface))
          .map(([, s]) => s),
      ),
    ];
    return this.capitals;
  }

  /**
   * Corpus stems for an expression of words joined by "_" ("kick_out" → "expel", "real_estate"
   * → "property"), from WordNet: a phrasal verb or a compound means what neither word does.
   */
  ofExpression(expression: string, ownStem: string): Related[] {
    const corpus = this.stemsInCorpus();
    const out: Related[] = [];
    for (const w of expressionWords(expression)) {
      const s = this.surfaces[w] ?? stem(w);
      if (s !== ownStem && s in corpus && !out.some((r) => r.stem === s)) {
        out.push({ stem: s, weight: this.options.expressionWeight, by: "list" });
      }
    }
    return out;
  }

  /**
   * Stems among `candidates` like in meaning to the word, best first, by the vectors alone:
   * for a word the corpus uses, but not where the answer is looked for. One pass over the
   * candidates' rows, not the whole matrix.
   */
  nearAmong(norm: string, ownStem: string, candidates: Iterable<string>): Related[] {
    const { matrix, vectors } = this.prepare();
    const row = vectors.rows.get(lemma(norm)) ?? vectors.rows.get(norm);
    if (row === undefined || row < this.options.minQuestionRank) return [];
    const n = vectors.dimensions;
    const scale = vectors.scales[row]!;
    // The word's vector as each product below multiplied it: the same doubles, made once.
    const query = new Float64Array(n);
    for (let d = 0; d < n; d++) query[d] = vectors.values[row * n + d]! * scale;
    const prune = this.pruning(query);
    const found: Related[] = [];
    for (const candidate of candidates) {
      if (candidate === ownStem) continue;
      let best = 0;
      for (const i of this.rowsByStem?.get(candidate) ?? []) {
        const dot = this.dotAbove(query, matrix, i, prune);
        if (dot !== undefined) best = Math.max(best, dot);
      }
      if (best >= this.options.minSimilarity) {
        found.push({ stem: candidate, weight: best * this.options.weight, by: "vectors" });
      }
    }
    return found
      .sort((a, b) => b.weight - a.weight || a.stem.localeCompare(b.stem))
      .slice(0, this.options.limit);
  }

  /**
   * Stems of the text read that WordNet relates to the word and the vectors put near it
   * (confirmedSimilarity): a paraphrase both sources give, below the similarity at which the
   * vectors alone are trusted ("arrested" for "captured"). `stemsOf` maps each word of that
   * text, and its lemma, to the stems it is written with there (wordsRead).
   */
  confirmedAmong(
    norm: string,
    ownStem: string,
    stemsOf: ReadonlyMap<string, Iterable<string>>,
  ): Related[] {
    const vectors = this.vectors();
    const rank = (w: string): number => vectors.rows.get(w) ?? Infinity;
    const own = lemma(norm);
    const asked = rank(own) < Infinity ? own : norm;
    if (rank(asked) < this.options.confirmedMinRank) return [];
    const found = new Set<string>();
    for (const word of new Set([...wordnetRelated(own), ...wordnetRelated(norm)])) {
      const stems = stemsOf.get(word);
      if (!stems || rank(word) < this.options.confirmedMinRank) continue;
      if ((similarity(vectors, asked, word) ?? 0) < this.options.confirmedSimilarity) continue;
      for (const s of stems) if (s !== ownStem) found.add(s);
    }
    return [...found]
      .sort()
      .map((stem) => ({ stem, weight: this.options.confirmedWeight, by: "list" as const }));
  }

  /** What dotAbove needs of a question word's vector: its length from each checkpoint on. */
  private pruning(query: ArrayLike<number>): Float64Array {
    const n = query.length;
    return Float64Array.from(checkpoints(n), (from) => tailLength(query, from, n - from));
  }

  /**
   * The dot product of the query with row i, summed over every dimension in order exactly as a
   * plain loop sums it; undefined when it is below minSimilarity, which is often known half way:
   * what the dimensions left can add is at most the product of the two vectors' lengths over
   * them. A question word's pass over 50,000 rows mostly stops there.
   */
  private dotAbove(
    query: ArrayLike<number>,
    matrix: Float32Array,
    i: number,
    queryTails: Float64Array,
  ): number | undefined {
    const n = query.length;
    const at = i * n;
    const stops = this.stops;
    const least = this.options.minSimilarity - PRUNE_MARGIN;
    let dot = 0;
    let d = 0;
    for (let c = 0; c < stops.length; c++) {
      const stop = stops[c]!;
      for (; d < stop; d++) dot += query[d]! * matrix[at + d]!;
      if (dot + queryTails[c]! * this.tails[c]![i]! < least) return undefined;
    }
    for (; d < n; d++) dot += query[d]! * matrix[at + d]!;
    return dot < this.options.minSimilarity ? undefined : dot;
  }

  /** The word's place among English's most frequent words (0 the commonest; Infinity unknown). */
  englishRank(norm: string): number {
    return this.vectors().rows.get(norm) ?? Infinity;
  }

  private english: Lexicon | undefined;
  private readonly corrected = new Map<string, string | undefined>();

  /**
   * The English word a misspelt question word most likely stands for ("amercan" → "american"):
   * among the most frequent words the vectors know, the fewest edits away, then the commonest.
   * Undefined for a word English already has, and for one too far from any.
   */
  correct(norm: string): string | undefined {
    if (this.corrected.has(norm)) return this.corrected.get(norm);
    const vectors = this.vectors();
    const rank = (word: string): number => vectors.rows.get(word) ?? Infinity;
    let found: string | undefined;
    // Past the most frequent words, the vectors' vocabulary holds common misspellings too.
    if (rank(norm) >= this.options.vocabularyRank && norm.length >= this.options.minCorrectable) {
      const near = this.englishLexicon().closest(norm);
      near.sort((a, b) => a.edits - b.edits || rank(a.word) - rank(b.word));
      found = near[0]?.word;
    }
    // Bounded, so a stream of odd questions cannot grow it forever.
    if (this.corrected.size > 10_000) this.corrected.clear();
    this.corrected.set(norm, found);
    return found;
  }

  private search(norm: string, ownStem: string): Related[] {
    const { matrix, vectors } = this.prepare();
    const row = vectors.rows.get(lemma(norm)) ?? vectors.rows.get(norm);
    if (row === undefined || row < this.options.minQuestionRank) return [];
    const n = vectors.dimensions;
    const query = new Float32Array(n);
    const scale = vectors.scales[row]!;
    for (let d = 0; d < n; d++) query[d] = vectors.values[row * n + d]! * scale;
    const best = new Map<string, number>();
    const prune = this.pruning(query);
    for (let i = 0; i < this.stems.length; i++) {
      const dot = this.dotAbove(query, matrix, i, prune);
      if (dot === undefined) continue;
      const stem = this.stems[i]!;
      if (stem === ownStem) continue;
      if (dot > (best.get(stem) ?? 0)) best.set(stem, dot);
    }
    return [...best.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, this.options.limit)
      .map(([stem, similarity]) => ({ stem, weight: similarity * this.options.weight }));
  }
}

/** Dimensions after which a vector pass checks whether a row can still reach minSimilarity. */
const CHECKPOINT_SHARES = [0.5, 0.75];
/** Rounding in the sums is far below this: a row is dropped only when surely below. */
const PRUNE_MARGIN = 1e-9;

const checkpointsByDimensions = new Map<number, number[]>();
function checkpoints(n: number): number[] {
  let found = checkpointsByDimensions.get(n);
  if (!found) {
    found = CHECKPOINT_SHARES.map((share) => Math.floor(n * share));
    checkpointsByDimensions.set(n, found);
  }
  return found;
}

/** Euclidean length of values[from .. from + count). */
function tailLength(values: ArrayLike<number>, from: number, count: number): number {
  let sum = 0;
  for (let d = from; d < from + count; d++) sum += values[d]! * values[d]!;
  return Math.sqrt(sum);
}
