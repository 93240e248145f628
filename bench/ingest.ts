import { appendFileSync, cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { rawPages } from "./corpora/rawPages.js";
import { describeMachine, type Machine } from "./machine.js";
import { count, seconds } from "./report/format.js";
import type { Table } from "./report/table.js";
import { SEED } from "./sizes.js";
import { runWorker } from "./spawnWorker.js";
import type { IngestInput, IngestOutput } from "./workers/ingest.js";
import { WORK_DIR } from "./workers/paths.js";

/** The corpus sizes the ingest benchmark times, in raw pages (the seed pages included). */
export const INGEST_SIZES: ReadonlyArray<{ label: string; pages: number }> = [
  { label: "2k", pages: 2_000 },
  { label: "10k", pages: 10_000 },
  { label: "20k", pages: 20_000 },
];

/** The target the work on ingest was given: 20k pages from nothing in under 3 minutes. */
export const INGEST_TARGET = { label: "20k", seconds: 180 };

const SEED_RAW_DIR = join("corpus", "raw");
const LIMIT_MS = 20 * 60_000;

export interface IngestRun {
  /** Spawn to exit of the worker process: Node's start-up and module loading count too. */
  wallMs: number;
  output: IngestOutput | null;
  error: string | null;
}

export interface IngestSizeResult {
  label: string;
  pages: number;
  /** An empty articles directory and cache: every page cleaned, the index built. */
  fromNothing: IngestRun;
  /** Nothing changed since: every page re-used, the index left alone. */
  unchanged: IngestRun;
  /** One raw page changed: that page cleaned again, the index rebuilt. */
  oneChanged: IngestRun;
}

export interface IngestBenchResults {
  schema: "ingest-1";
  date: string;
  startedAt: string;
  command: string;
  seed: number;
  machine: Machine;
  sizes: IngestSizeResult[];
  wallSeconds: number;
}

async function timed(paths: Omit<IngestInput, "out">, out: string): Promise<IngestRun> {
  const run = await runWorker<IngestOutput>("ingest", { ...paths, out }, LIMIT_MS);
  return { wallMs: run.wallMs, output: run.result, error: run.timedOut ? "timed out" : run.error };
}

/**
 * One size: the seed pages plus generated ones (bench/corpora/rawPages.ts) written as raw
 * files, then `npm run ingest`'s work in a fresh process three times: from nothing, again
 * with nothing changed, and again with one page changed.
 */
export async function measureIngest(label: string, pages: number): Promise<IngestSizeResult> {
  const root = join(WORK_DIR, "ingest", label);
  const paths = {
    rawDir: join(root, "raw"),
    articlesDir: join(root, "articles"),
    cacheDir: join(root, "cache"),
  };
  for (const dir of Object.values(paths)) rmSync(dir, { recursive: true, force: true });
  mkdirSync(paths.rawDir, { recursive: true });
  cpSync(SEED_RAW_DIR, paths.rawDir, { recursive: true });
  const seeds = readdirSync(paths.rawDir).length;
  const generated = rawPages(pages - seeds, SEED);
  for (const page of generated) writeFileSync(join(paths.rawDir, page.file), page.text);

  const out = join(root, "result.json");
  process.stderr.write(`ingest ${label}: ${pages} pages from nothing…\n`);
  const fromNothing = await timed(paths, out);
  process.stderr.write(`ingest ${label}: again, nothing changed…\n`);
  const unchanged = await timed(paths, out);
  const changed = generated[Math.floor(generated.length / 2)];
  if (changed) {
    appendFileSync(
      join(paths.rawDir, changed.file),
      "\nThe outlet added a correction to this story after it was first published.\n",
    );
  }
  process.stderr.write(`ingest ${label}: again, one page changed…\n`);
  const oneChanged = await timed(paths, out);
  return { label, pages, fromNothing, unchanged, oneChanged };
}

export async function runIngestBench(labels?: string[]): Promise<IngestBenchResults> {
  const sizes = labels ? INGEST_SIZES.filter((s) => labels.includes(s.label)) : INGEST_SIZES;
  if (sizes.length === 0) {
    throw new Error(`no ingest size named ${labels?.join(",")}; sizes: 2k, 10k, 20k`);
  }
  const started = new Date();
  const t0 = performance.now();
  const measured: IngestSizeResult[] = [];
  for (const size of sizes) measured.push(await measureIngest(size.label, size.pages));
  return {
    schema: "ingest-1",
    date: started.toISOString().slice(0, 10),
    startedAt: started.toISOString(),
    command: `npm run bench -- --ingest${labels ? ` --only ${labels.join(",")}` : ""}`,
    seed: SEED,
    machine: describeMachine(),
    sizes: measured,
    wallSeconds: (performance.now() - t0) / 1000,
  };
}

const total = (run: IngestRun): number | null =>
  run.output ? run.output.ingestMs + run.output.indexMs : null;

function runCells(run: IngestRun): string[] {
  const o = run.output;
  if (!o) return [run.error ?? "failed", "", "", ""];
  return [
    seconds(o.ingestMs),
    o.indexBuilt ? seconds(o.indexMs) : "–",
    seconds(run.wallMs),
    count(o.cleaned),
  ];
}

/** The tables the ingest benchmark prints and BENCHMARKS.md carries. */
export function ingestTables(r: IngestBenchResults): Table[] {
  const first = r.sizes[0];
  const target = r.sizes.find((s) => s.label === INGEST_TARGET.label);
  const targetSeconds = target ? target.fromNothing.wallMs / 1000 : null;
  return [
    {
      title: "Ingest from nothing (raw pages → articles → index file)",
      headers: [
        "size",
        "pages",
        "stories",
        "copies",
        "ingest s",
        "index s",
        "wall s",
        "ms per page",
        "growth vs first",
        "peak RSS MiB",
      ],
      rows: r.sizes.map((s) => {
        const o = s.fromNothing.output;
        const t = total(s.fromNothing);
        const t1 = first ? total(first.fromNothing) : null;
        const growth =
          t !== null && t1 !== null && first
            ? `${(t / t1).toFixed(1)}× time for ${(s.pages / first.pages).toFixed(0)}× pages`
            : "";
        return [
          s.label,
          count(s.pages),
          o ? count(o.articleFiles - o.duplicates) : "",
          o ? count(o.duplicates) : "",
          ...runCells(s.fromNothing).slice(0, 3),
          t !== null ? (t / s.pages).toFixed(2) : "",
          growth,
          o ? o.peakRssMiB.toFixed(0) : "",
        ];
      }),
      notes: [
        "ingest: decoding, cleaning, metadata, dates, duplicates (MinHash and LSH) and writing the articles; index: building and saving corpus/.cache/search-index.bin, as `npm run ingest` now ends. wall: the whole process, spawn to exit. stories/copies: articles kept and copies recorded with `duplicate_of` (later copies of a generated page are re-worded, shuffled versions of it). growth: (ingest + index) time relative to the smallest size.",
        `Target: ${INGEST_TARGET.label} from nothing in under ${INGEST_TARGET.seconds} s: ${
          targetSeconds === null
            ? "not measured"
            : `${targetSeconds.toFixed(1)} s, ${targetSeconds < INGEST_TARGET.seconds ? "pass" : "FAIL"}`
        }.`,
      ],
    },
    {
      title: "Ingest again",
      headers: [
        "size",
        "unchanged: ingest s",
        "index s",
        "wall s",
        "cleaned",
        "one page changed: ingest s",
        "index s",
        "wall s",
        "cleaned",
      ],
      rows: r.sizes.map((s) => [s.label, ...runCells(s.unchanged), ...runCells(s.oneChanged)]),
      notes: [
        "unchanged: a second ingest with nothing changed: every raw page's earlier cleaning re-used (corpus/.cache/ingest-manifest.json), no article written, the index file left alone (–). one page changed: one raw page edited: that page cleaned again, its article rewritten, the index rebuilt.",
      ],
    },
  ];
}
