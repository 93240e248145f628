import { existsSync, readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { articleIdFor, ingest, type IngestStage } from "../corpus/ingest.js";
import { configOrReport } from "./cliConfig.js";
import { formatExplained } from "./explainPage.js";
import { ingestOnThread } from "../ingestOnThread.js";
import { buildIndexFile, DEFAULT_CACHE_DIR } from "../openCorpus.js";
import { stageProgress } from "./progress.js";

const STAGE_NAMES: Record<IngestStage, string> = { clean: "cleaning", write: "writing" };

/**
 * `npm run ingest [-- --force] [--raw DIR] [--out DIR] [--cache DIR] [--explain FILE]`: corpus/raw →
 * corpus/articles → corpus/.cache/search-index.bin. Raw files unchanged since the last ingest
 * are not cleaned again; the index is built when the articles differ from the ones it holds,
 * so the bot's next start (or reload) finds it ready. Ingest runs on a thread that ends before
 * the build starts, so the two never hold their memory at once.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      force: { type: "boolean", default: false },
      raw: { type: "string", default: "corpus/raw" },
      out: { type: "string", default: "corpus/articles" },
      cache: { type: "string", default: DEFAULT_CACHE_DIR },
      explain: { type: "string" },
    },
  });
  const config = configOrReport();
  if (!config) return 1;
  if (values.explain !== undefined) return explainOne(values.explain, values);
  const started = performance.now();
  const progress = stageProgress(readdirSync(values.raw).length);
  const report = await ingestOnThread({
    rawDir: values.raw,
    articlesDir: values.out,
    cacheDir: values.cache,
    force: values.force,
    maxPageBytes: config.ingestMaxPageBytes,
    onProgress: (stage, done, total) => progress.update(STAGE_NAMES[stage], done, total),
  });
  progress.stop();
  for (const w of report.warnings) console.error(`warning: ${w}`);
  for (const p of report.problems) console.error(`skipped: ${p.file}: ${p.problem}`);
  const total = report.written.length + report.unchanged.length;
  const copies = report.duplicates.length;
  console.log(
    `ingest: ${total} article files (${report.written.length} written, ${report.unchanged.length} unchanged), ` +
      `${total - copies} articles + ${copies} recorded duplicate${copies === 1 ? "" : "s"}, ` +
      `${report.problems.length} skipped; ${report.cleaned.length} raw files cleaned, ` +
      `${report.reused.length} unchanged since the last ingest`,
  );
  progress.note(`building the search index of ${total} articles…`);
  const indexStarted = performance.now();
  const index = buildIndexFile(values.out, values.cache);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    index.built
      ? `index: ${index.file} built in ${seconds(performance.now() - indexStarted)}`
      : `index: ${index.file} already up to date`,
  );
  console.log(`done in ${seconds(performance.now() - started)}`);
  return 0;
}

/** `--explain corpus/raw/FILE`: what ingest makes of one page, written nowhere. */
function explainOne(
  path: string,
  values: { raw: string; out: string; cache: string; force: boolean },
): number {
  const rawDir = path.includes("/") ? dirname(path) : values.raw;
  const file = basename(path);
  if (!existsSync(join(rawDir, file))) {
    console.error(`explain: ${join(rawDir, file)} does not exist`);
    return 1;
  }
  const report = ingest({
    rawDir,
    articlesDir: values.out,
    cacheDir: values.cache,
    force: values.force,
    explain: file,
  });
  const problem = report.problems.find((p) => p.file === file);
  if (!report.explained) {
    console.error(`explain: ${file}: ${problem?.problem ?? "no article text found"}`);
    return 1;
  }
  console.log(formatExplained(report.explained, join(values.out, `${articleIdFor(file)}.md`)));
  return 0;
}

process.exitCode = await main();
