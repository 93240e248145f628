import { isEnglishWord } from "../corpus/vocabulary.js";
import { doubleMetaphone } from "double-metaphone";
import { allowedEdits, editDistance } from "./editDistance.js";
import { Lexicon, type Near } from "./lexicon.js";
import { stem as stemOf } from "../nlp/stem.js";
import { isStopword } from "../lexicon/stopwords.js";
import type { Token } from "./tokens.js";
import { lookupTable } from "../lexicon/lookupTable.js";

/** Serializable part of the vocabulary: saved in the index cache. */
export interface VocabularyData {
  /** Number of passages the document frequencies count over. */
  passageCount: number;
  /** stem → number of passages containing it. */
  documentFrequency: Record<string, number>;
  /** Every normalised surface word → its stem. */
  surfaces: Record<string, string>;
  /** stem → stems of other spellings of the same name (Petrovsky / Petrovskiy). */
  nameVariants: Record<string, string[]>;
}

export interface Correction {
  stem: string;
  norm: string;
  edits: number;
}

export interface Vocabulary extends VocabularyData {
  has(stem: string): boolean;
  /** BM25-style inverse document frequency; an unseen term gets the highest value. */
  idf(stem: string): number;
  /** Corpus words a misspelt word may stand for, closest first (fuse.js + edit distance). */
  correct(norm: string): Correction[];
  /** Builds the lexicons correct() builds on first use. */
  warmUp(): void;
  /**
   * The same work as warmUp in parts of a few milliseconds each, to run in order: for a
   * serving thread that yields to the event loop between them (a reload).
   */
  warmUpParts(): (() => void)[];
}

/** Gathers the vocabulary passage by passage, so the tokens need not all be held at once. */
/** What a collector has gathered, as plain data: collectors on other threads send it back. */
export interface VocabularyState {
  passageCount: number;
  documentFrequency: Record<string, number>;
  surfaces: Record<string, string>;
  names: string[];
}

export class VocabularyCollector {
  private readonly documentFrequency = lookupTable<number>();
  private readonly surfaces = lookupTable<string>();
  private readonly names = new Set<string>();
  private passageCount = 0;

  state(): VocabularyState {
    return {
      passageCount: this.passageCount,
      documentFrequency: this.documentFrequency,
      surfaces: this.surfaces,
      names: [...this.names],
    };
  }

  /** Takes in another collector's passages, as if they had been added here, after these. */
  merge(other: VocabularyState): void {
    this.passageCount += other.passageCount;
    for (const [stem, n] of Object.entries(other.documentFrequency)) {
      this.documentFrequency[stem] = (this.documentFrequency[stem] ?? 0) + n;
    }
    for (const [norm, stem] of Object.entries(other.surfaces)) this.surfaces[norm] = stem;
    for (const name of other.names) this.names.add(name);
  }

  addPassage(tokens: Token[], stems: ReadonlySet<string>): void {
    this.passageCount++;
    for (const token of tokens) this.surfaces[token.norm] = token.stem;
    for (const stem of stems)
      this.documentFrequency[stem] = (this.documentFrequency[stem] ?? 0) + 1;
  }

  /** Normalised capitalised words that may belong to a name: candidates for other spellings. */
  addNames(norms: Iterable<string>): void {
    for (const n of norms) this.names.add(n);
  }

  /** `personWords`: normalised words of the names of people the corpus mentions. */
  finish(personWords: ReadonlySet<string>): VocabularyData {
    return {
      passageCount: this.passageCount,
      documentFrequency: this.documentFrequency,
      surfaces: this.surfaces,
      nameVariants: findNameVariants(
        [...this.names].filter((n) => !isEnglishWord(n)),
        this.surfaces,
        personWords,
      ),
    };
  }
}

/**
 * Names spelt several ways across outlets (transliterations: Petrovsky, Petrovskiy; Aleksei,
 * Alexey) are grouped so a question in any spelling reaches every article. fuse.js proposes
 * candidates; an edit-distance check and a shared first letter confirm them. Dictionary words
 * are never grouped, and only words of people's names may differ by more than one letter: in
 * a large corpus "Capital" and "Capitol", "Plan" and "Plain", or "Australia" and "Austria" are
 * close in spelling and capitalised, but they are different words, not one name spelt twice.
 */
function findNameVariants(
  names: string[],
  surfaces: Record<string, string>,
  personWords: ReadonlySet<string>,
): Record<string, string[]> {
  const candidates = names.filter((n) => n.length >= 5 && /^\p{L}+$/u.test(n));
  const lexicon = new Lexicon(candidates);
  const groups = lookupTable<Set<string>>();
  for (const name of candidates) {
    for (const { word: other, edits } of lexicon.closest(name)) {
      // Transliterations of a person's name differ by a few letters (Aleksandr, Alexander);
      // other names only by one (Freedonia, Freedonian): Australia is not Austria.
      if (edits > 1 && !(personWords.has(name) && personWords.has(other))) continue;
      const a = surfaces[name] ?? name;
      const b = surfaces[other] ?? other;
      if (a === b) continue;
      (groups[a] ??= new Set()).add(b);
      (groups[b] ??= new Set()).add(a);
    }
  }
  // Spellings chain (Alexander ~ Alexandr ~ Aleksandr): close each group transitively.
  const closed = lookupTable<string[]>();
  for (const start of Object.keys(groups)) {
    const seen = new Set([start]);
    const queue = [start];
    while (queue.length) {
      for (const next of groups[queue.pop()!] ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    seen.delete(start);
    closed[start] = [...seen].sort();
  }
  return closed;
}

/** Words of at least this many letters may be corrected to one that sounds the same. */
const MIN_SOUNDED = 5;
/** A word spelt by ear is at most this many edits from the word it stands for. */
const MAX_SOUNDED_EDITS = 2;

/** The corpus's words by their Double Metaphone key ("barlie" and "barley" share "PRL"). */
function soundIndex(norms: readonly string[]): Map<string, string[]> {
  return addSounds(new Map<string, string[]>(), norms);
}

/** Words keyed a part at a time: 5,000 take a few milliseconds. */
const SOUNDS_PER_PART = 5000;

function addSounds(out: Map<string, string[]>, norms: readonly string[]): Map<string, string[]> {
  for (const norm of norms) {
    if (norm.length < MIN_SOUNDED - 1 || /\d/u.test(norm)) continue;
    const [key] = doubleMetaphone(norm);
    const list = out.get(key);
    if (list) list.push(norm);
    else out.set(key, [norm]);
  }
  return out;
}

/** Whether a word is long enough, and a word at all, to be looked up by its sound. */
const soundable = (norm: string): boolean => norm.length >= MIN_SOUNDED && !/\d/u.test(norm);

/** Corpus words that sound like the word and are spelt nearly so, fewest edits first. */
function soundsLike(index: ReadonlyMap<string, string[]>, norm: string): Near[] {
  if (!soundable(norm)) return [];
  const [key] = doubleMetaphone(norm);
  return (index.get(key) ?? [])
    .filter((w) => w[0] === norm[0])
    .map((word) => ({ word, edits: editDistance(norm, word, MAX_SOUNDED_EDITS) }))
    .filter((n) => n.edits <= MAX_SOUNDED_EDITS)
    .sort((a, b) => a.edits - b.edits || a.word.localeCompare(b.word));
}

/** The one length a word too short for other slips is read with a letter it left out. */
const MISSING_LETTER_LENGTH = 4;
/** Bounds the memo of corrections so a stream of junk questions cannot grow it forever. */
const MAX_CACHED_CORRECTIONS = 5000;
const MAX_CORRECTABLE = 30;

export function vocabularyFrom(saved: VocabularyData): Vocabulary {
  // A saved index comes back through JSON.parse, whose objects have prototypes again.
  const data: VocabularyData = {
    ...saved,
    documentFrequency: lookupTable(saved.documentFrequency),
    surfaces: lookupTable(saved.surfaces),
    nameVariants: lookupTable(saved.nameVariants),
  };
  const norms = Object.keys(data.surfaces).filter((n) => n.length >= 3 && !isStopword(n));
  const stems = Object.keys(data.documentFrequency).filter((s) => s.length >= 3);
  // Built on first use: most questions are spelt right and never need them.
  let byNorm: Lexicon | null = null;
  let byStem: Lexicon | null = null;
  let bySound: Map<string, string[]> | null = null;
  const cache = new Map<string, Correction[]>();
  const n = data.passageCount;
  const idfOf = (df: number): number => Math.log(1 + (n - df + 0.5) / (df + 0.5));
  const best = (near: Near[], toStem: (word: string) => string): Correction[] =>
    near
      .filter((c) => c.edits === near[0]?.edits)
      .map((c) => ({ norm: c.word, stem: toStem(c.word), edits: c.edits }));
  // Each part a few milliseconds, so a reload's warm-up can yield between them.
  const warmUpParts = (): (() => void)[] => {
    const parts = [
      () => void (byNorm ??= new Lexicon(norms)),
      () => void (byStem ??= new Lexicon(stems)),
    ];
    if (bySound) return parts;
    const building = new Map<string, string[]>();
    for (let at = 0; at < norms.length; at += SOUNDS_PER_PART) {
      parts.push(() => void addSounds(building, norms.slice(at, at + SOUNDS_PER_PART)));
    }
    parts.push(() => void (bySound ??= building));
    return parts;
  };
  return {
    ...data,
    warmUp() {
      for (const part of warmUpParts()) part();
    },
    warmUpParts,
    has: (stem) => (data.documentFrequency[stem] ?? 0) > 0,
    idf: (stem) => idfOf(data.documentFrequency[stem] ?? 0),
    correct(norm) {
      const cached = cache.get(norm);
      if (cached) return cached;
      // A word longer than any word worth correcting is noise ("xxxx…"), not a misspelling.
      let out: Correction[] = [];
      // A word too short for any slip is looked up nowhere: the lexicons are not even built (a
      // fresh process's first question paid for them on "led").
      if (norm.length <= MAX_CORRECTABLE && allowedEdits(norm.length) > 0) {
        byNorm ??= new Lexicon(norms);
        out = best(byNorm.closest(norm), (w) => data.surfaces[w] ?? w);
        if (out.length === 0) {
          // "apointment" is far from every word the corpus writes but one letter from the stem
          // "appoint" of "appointed": a second try on stems catches misspelt inflections.
          byStem ??= new Lexicon(stems);
          const stem = stemOf(norm);
          out = best(byStem.closest(stem, allowedEdits(norm.length)), (w) => w);
        }
      }
      // "rais", "rase": a four-letter word with a letter left out, too short for any other slip
      // to be told from chance, is the one longer word of its first letter it falls short of.
      if (out.length === 0 && norm.length === MISSING_LETTER_LENGTH && /^\p{Ll}+$/u.test(norm)) {
        byNorm ??= new Lexicon(norms);
        const longer = byNorm.closest(norm, 1).filter((c) => c.word.length === norm.length + 1);
        if (longer.length === 1) out = best(longer, (w) => data.surfaces[w] ?? w);
      }
      if (out.length === 0 && norm.length <= MAX_CORRECTABLE && soundable(norm)) {
        // "barlie" is two letters from "barley" but sounds the same: spelt by ear.
        bySound ??= soundIndex(norms);
        out = best(soundsLike(bySound, norm), (w) => data.surfaces[w] ?? w);
      }
      if (cache.size >= MAX_CACHED_CORRECTIONS) cache.clear();
      cache.set(norm, out);
      return out;
    },
  };
}
