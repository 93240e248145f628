import { ingestOnThread } from "../../src/ingestOnThread.js";
import { buildIndexFile } from "../../src/openCorpus.js";
import { workerInput, writeOutput } from "./protocol.js";

export interface IngestInput {
  rawDir: string;
  articlesDir: string;
  cacheDir: string;
  out: string;
}

export interface IngestOutput {
  /** raw → articles: decoding, cleaning (or re-use), dates, duplicates, writing. */
  ingestMs: number;
  /** Building and saving the search index, when the articles changed (0 otherwise). */
  indexMs: number;
  indexBuilt: boolean;
  cleaned: number;
  reused: number;
  written: number;
  duplicates: number;
  articleFiles: number;
  /** The process's peak resident set, its threads included (ingest's and the build's). */
  peakRssMiB: number;
}

/** What `npm run ingest` does (src/cli/ingest.ts, without its printing), timed by phase. */
async function main(): Promise<void> {
  const input = workerInput<IngestInput>();
  const t0 = performance.now();
  const report = await ingestOnThread({
    rawDir: input.rawDir,
    articlesDir: input.articlesDir,
    cacheDir: input.cacheDir,
  });
  const t1 = performance.now();
  const index = buildIndexFile(input.articlesDir, input.cacheDir);
  const t2 = performance.now();
  writeOutput(input.out, {
    ingestMs: t1 - t0,
    indexMs: t2 - t1,
    indexBuilt: index.built,
    cleaned: report.cleaned.length,
    reused: report.reused.length,
    written: report.written.length,
    duplicates: report.duplicates.length,
    articleFiles: report.written.length + report.unchanged.length,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  } satisfies IngestOutput);
}

await main();
