import { readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { openCorpus } from "../../src/openCorpus.js";
import { peakRssMiB } from "../memory.js";
import { step } from "../progress.js";
import { workerInput, writeOutput } from "./protocol.js";

export interface BuildInput {
  label: string;
  articlesDir: string;
  cacheDir: string;
  out: string;
}

export interface BuildOutput {
  /** The bot's index file, built from the .md files and saved, as openCorpus does on a miss. */
  buildMs: number;
  indexBytes: number;
  /** Peak RSS of this process: the build alone, its threads included (they share it). */
  peakRssMiB: number;
}

function dirBytes(dir: string): number {
  return readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}

/**
 * The index build in a fresh process of its own, as a user's `npm start` after an edit (or
 * `npm run ingest`) meets it: nothing of the bench's corpus generation in its memory.
 */
function main(): void {
  const input = workerInput<BuildInput>();
  rmSync(input.cacheDir, { recursive: true, force: true });
  // What the bot does on a cache miss: read the .md files, build the index and the timeline.
  const build = step(`build index ${input.label}`, () =>
    openCorpus(input.articlesDir, input.cacheDir),
  );
  const output: BuildOutput = {
    buildMs: build.ms,
    indexBytes: dirBytes(input.cacheDir),
    peakRssMiB: peakRssMiB(),
  };
  writeOutput(input.out, output);
}

main();
