import { benchCorpus } from "../corpora/benchCorpus.js";
import { writeArticles } from "../corpora/writeArticles.js";
import { peakRssMiB } from "../memory.js";
import { timed } from "../stats.js";
import { WORK_DIR } from "./paths.js";
import { workerInput, writeOutput } from "./protocol.js";

export interface PrepareInput {
  label: string;
  passages: number;
  seed: number;
  maskWords: string[];
  articlesDir: string;
  cacheDir: string;
  out: string;
}

export interface PrepareOutput {
  passages: number;
  articles: number;
  seedPassages: number;
  distractorArticles: number;
  copies: number;
  sentences: number;
  generateMs: number;
  wroteArticles: boolean;
  /** Of generating the corpus: the bench's own work, not the bot's (see workers/build.ts). */
  peakRssMiB: number;
}

/** One size's setup: generate the corpus and write it where the bot will read it. */
function main(): void {
  const input = workerInput<PrepareInput>();
  const generated = timed(() =>
    benchCorpus(input.label, input.passages, input.seed, WORK_DIR, input.maskWords),
  );
  const { corpus } = generated.value;
  const wroteArticles = writeArticles(corpus, input.articlesDir, input.label);
  const output: PrepareOutput = {
    passages: generated.value.passages,
    articles: corpus.articles.length,
    seedPassages: generated.value.seedPassages,
    distractorArticles: generated.value.distractorArticles,
    copies: generated.value.copies,
    sentences: corpus.articles.reduce((n, a) => n + a.sentences.length, 0),
    generateMs: generated.ms,
    wroteArticles,
    peakRssMiB: peakRssMiB(),
  };
  writeOutput(input.out, output);
}

main();
