import { readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { openCorpus } from "../../src/openCorpus.js";
import { benchCorpus } from "../corpora/benchCorpus.js";
import { writeArticles } from "../corpora/writeArticles.js";
import { peakRssMiB } from "../memory.js";
import { step } from "../progress.js";
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
  /** The bot's index file, built from the .md files and saved, as openCorpus does on a miss. */
  buildMs: number | null;
  indexBytes: number | null;
  peakRssMiB: number;
}

function dirBytes(dir: string): number {
  return readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}

/**
 * One size's setup: generate the corpus, write it where the bot will read it, and build the
 * bot's index into an empty cache directory (build time, size on disk, peak RSS of building).
 */
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
    buildMs: null,
    indexBytes: null,
    peakRssMiB: peakRssMiB(),
  };
  // Written before the build too, so a build that crashes still leaves the corpus facts.
  writeOutput(input.out, output);
  rmSync(input.cacheDir, { recursive: true, force: true });
  // What the bot does on a cache miss: read the .md files, build the index and the timeline.
  const build = step(`build index ${input.label}`, () =>
    openCorpus(input.articlesDir, input.cacheDir),
  );
  output.buildMs = build.ms;
  output.indexBytes = dirBytes(input.cacheDir);
  output.peakRssMiB = peakRssMiB();
  writeOutput(input.out, output);
}

main();
