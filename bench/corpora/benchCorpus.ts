import { loadCorpus } from "../../src/corpus/load.js";
import { buildArticle } from "../../src/corpus/sentences.js";
import type { Article, Corpus } from "../../src/corpus/types.js";
import { startProgress } from "../progress.js";
import { distractorsFor } from "./distractorCache.js";
import { assembleCorpus, passageCount } from "./generate.js";

export const SEEDS_DIR = "corpus/articles";

export interface BenchCorpus {
  corpus: Corpus;
  passages: number;
  seedPassages: number;
  distractorArticles: number;
  /** Copies of the distractor set used (1: each piece once; the last copy may be partial). */
  copies: number;
}

/** Stands in for a masked word: plain, and not itself a word anything is known to trip on. */
export const MASK_REPLACEMENT = "builder";

/**
 * Diagnosis only (`--mask-word`): distractors with the given words replaced, wherever they
 * occur inside a word, and re-cut into passages. Used to measure the bot at scale past a word
 * that crashes it, once the crash itself has been reported.
 */
export function maskDistractors(articles: Article[], words: readonly string[]): Article[] {
  if (words.length === 0) return articles;
  const pattern = new RegExp(
    words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"),
    "gi",
  );
  return articles.map((a) => {
    pattern.lastIndex = 0;
    if (!pattern.test(a.body)) return a;
    return buildArticle(a, a.body.replace(pattern, MASK_REPLACEMENT));
  });
}

/** The real seed articles plus enough distractors for `targetPassages`, with a progress bar. */
export function benchCorpus(
  label: string,
  targetPassages: number,
  seed: number,
  workDir: string,
  maskWords: readonly string[] = [],
): BenchCorpus {
  const seeds = loadCorpus(SEEDS_DIR);
  if (seeds.problems.length > 0) {
    throw new Error(`seed corpus has problems: ${seeds.problems.map((p) => p.file).join(", ")}`);
  }
  const seedPassages = passageCount(seeds.articles);
  const needed = Math.max(0, targetPassages - seedPassages);
  const progress = startProgress(`corpus ${label}`, needed, "passages");
  const distractors = distractorsFor(needed, {
    seed,
    workDir,
    onProgress: (n) => progress.update(n),
  });
  progress.stop();
  const corpus = assembleCorpus(seeds, maskDistractors(distractors, maskWords));
  const copies = new Set(distractors.map((a) => /_c(\d+)_/.exec(a.id)?.[1])).size;
  return {
    corpus,
    passages: passageCount(corpus.articles),
    seedPassages,
    distractorArticles: distractors.length,
    copies,
  };
}
