import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { format, resolveConfig } from "prettier";
import { describeMachine } from "./machine.js";
import { measureSize } from "./measureSize.js";
import { answerable, loadQuestions, notAnswerable, QUESTIONS_FILE } from "./questions.js";
import { ingestTables, runIngestBench } from "./ingest.js";
import { PICTURE_TARGET, runPictureBench } from "./picture.js";
import {
  benchmarksMarkdown,
  ingestMarkdown,
  ingestSectionOf,
  withIngestSection,
} from "./report/markdown.js";
import { reproducibilityTable } from "./report/reproducibility.js";
import { renderTable, type Table } from "./report/table.js";
import { resultTables, targetsTable } from "./report/tables.js";
import { RESULTS_SCHEMA, type BenchResults, type SizeResult } from "./results.js";
import { nextResultsFile, previousResults, writeResults } from "./resultsFiles.js";
import { benchPlan } from "./sizes.js";
import { checkTargets } from "./targets.js";
import { WORK_DIR } from "./workers/paths.js";

const BENCHMARKS_FILE = "BENCHMARKS.md";

const USAGE = `npm run bench [-- --quick] [-- --only LABEL[,LABEL]] [-- --mask-word WORD[,WORD]]
npm run bench -- --ingest [--only 2k,10k,20k]
npm run bench -- --picture
  --ingest      time npm run ingest on 2k, 10k and 20k generated raw pages (about 5 minutes);
                a full run writes bench/results/ingest-<date>.json and BENCHMARKS.md's Ingest
  --picture     time the /timeline picture for 100 events (target: median under 200 ms, PNG
                under 1 MB); a run writes bench/results/picture-<date>.json
  --quick       seeds and ~10k passages only, about a minute; results go to bench/.work only
  --only        measure only these sizes (development; nothing written to bench/results)
  --mask-word   diagnosis: replace these words in the distractors (to measure past a word the
                bot crashes on); results go to bench/.work only`;

function commandLine(quick: boolean, only: string[] | undefined, mask: string[]): string {
  const args = [
    ...(quick ? ["--quick"] : []),
    ...(only ? ["--only", only.join(",")] : []),
    ...(mask.length ? ["--mask-word", mask.join(",")] : []),
  ];
  return `npm run bench${args.length ? ` -- ${args.join(" ")}` : ""}`;
}

const list = (value: string | undefined): string[] | undefined =>
  value
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Orchestrates the benchmark: each size in turn, each measurement in its own process (see
 * measureSize), then the tables on stdout, bench/results/<date>.json and BENCHMARKS.md. Only a
 * plain full run writes those two; every other run leaves them alone.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quick: { type: "boolean", default: false },
      only: { type: "string" },
      "mask-word": { type: "string" },
      ingest: { type: "boolean", default: false },
      picture: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (values.ingest) {
    await ingestBench(list(values.only));
    return;
  }
  if (values.picture) {
    pictureBench();
    return;
  }
  const quick = values.quick ?? false;
  const only = list(values.only);
  const mask = list(values["mask-word"]) ?? [];
  const plan = benchPlan(quick, mask);
  const sizes = only ? plan.sizes.filter((s) => only.includes(s.label)) : plan.sizes;
  if (sizes.length === 0) {
    const known = plan.sizes.map((s) => s.label).join(", ");
    throw new Error(`no size named ${values.only}; sizes: ${known}`);
  }

  const started = new Date();
  const t0 = performance.now();
  const questions = loadQuestions();
  const measured: SizeResult[] = [];
  for (const size of sizes) {
    process.stderr.write(`\n== ${size.label} ==\n`);
    measured.push(await measureSize(plan, size));
  }
  const command = commandLine(quick, only, mask);
  const results: BenchResults = {
    schema: RESULTS_SCHEMA,
    date: started.toISOString().slice(0, 10),
    startedAt: started.toISOString(),
    mode: plan.mode,
    command,
    seed: plan.seed,
    maskWords: mask,
    plan: { ...plan, sizes },
    machine: describeMachine(),
    questions: {
      file: QUESTIONS_FILE,
      total: questions.length,
      answerable: answerable(questions).length,
      notAnswerable: notAnswerable(questions).length,
    },
    sizes: measured,
    targets: checkTargets(measured),
    wallSeconds: (performance.now() - t0) / 1000,
  };

  const official = plan.mode === "full" && !only && mask.length === 0;
  const resultsFile = official
    ? nextResultsFile(results.date)
    : join(WORK_DIR, `last-${plan.mode}${mask.length ? "-masked" : ""}.json`);
  const previous = official ? previousResults(plan.mode) : null;
  const tables: Table[] = [targetsTable(results), ...resultTables(results)];
  if (previous) tables.push(reproducibilityTable(results, previous.results, previous.file));
  const problems = measured.flatMap((s) => s.problems.map((p) => `${s.label}: ${p}`));
  if (problems.length) {
    tables.push({ title: "Problems", headers: ["problem"], rows: problems.map((p) => [p]) });
  }

  const m = results.machine;
  console.log(`\n# Benchmark, ${results.mode} run, ${results.startedAt}`);
  if (mask.length) {
    console.log(`DIAGNOSTIC RUN: "${mask.join('", "')}" masked in the distractors.`);
  }
  console.log(
    `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, ${m.os}; seed ${plan.seed}; command: ${command}\n`,
  );
  for (const t of tables) console.log(`${renderTable(t)}\n`);
  console.log(`wall time ${(results.wallSeconds / 60).toFixed(1)} min`);

  writeResults(resultsFile, results);
  if (official) {
    // Formatted as `prettier --check .` expects, so a regenerated file never fails the tests.
    const kept = existsSync(BENCHMARKS_FILE)
      ? ingestSectionOf(readFileSync(BENCHMARKS_FILE, "utf8"))
      : "";
    const markdown = benchmarksMarkdown(results, tables, resultsFile, kept);
    const options = (await resolveConfig(BENCHMARKS_FILE)) ?? {};
    writeFileSync(BENCHMARKS_FILE, await format(markdown, { ...options, parser: "markdown" }));
    console.log(`results: ${resultsFile}; BENCHMARKS.md regenerated`);
  } else {
    console.log(`results: ${resultsFile} (bench/results and BENCHMARKS.md left alone)`);
  }
}

/**
 * The ingest benchmark: its tables on stdout and, for a run of every size, its results file
 * and the Ingest section of BENCHMARKS.md (the rest of the file is left as it is).
 */
async function ingestBench(only: string[] | undefined): Promise<void> {
  const results = await runIngestBench(only);
  const tables = ingestTables(results);
  const m = results.machine;
  console.log(`\n# Ingest benchmark, ${results.startedAt}`);
  console.log(`${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, ${m.os}\n`);
  for (const t of tables) console.log(`${renderTable(t)}\n`);
  const official = !only;
  const resultsFile = official
    ? nextResultsFile(`ingest-${results.date}`)
    : join(WORK_DIR, "last-ingest.json");
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  if (!official) {
    console.log(`results: ${resultsFile} (bench/results and BENCHMARKS.md left alone)`);
    return;
  }
  const section = ingestMarkdown(results, tables, resultsFile);
  const current = existsSync(BENCHMARKS_FILE) ? readFileSync(BENCHMARKS_FILE, "utf8") : "";
  const options = (await resolveConfig(BENCHMARKS_FILE)) ?? {};
  const markdown = await format(withIngestSection(current, section), {
    ...options,
    parser: "markdown",
  });
  writeFileSync(BENCHMARKS_FILE, markdown);
  console.log(`results: ${resultsFile}; the Ingest section of BENCHMARKS.md regenerated`);
}

/** The picture benchmark: a table on stdout, its results file; exit 1 when a target fails. */
function pictureBench(): void {
  const results = runPictureBench();
  const m = results.machine;
  const r = results.renders;
  console.log(`\n# Timeline picture benchmark, ${results.startedAt}`);
  console.log(`${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, ${m.os}\n`);
  const table: Table = {
    title: `Rendering ${results.events} events to PNG (${r.n} renders after a warm-up)`,
    headers: ["p50", "p95", "max", "processor time p50", "load", "PNG size", "target", "result"],
    rows: [
      [
        `${r.p50.toFixed(1)} ms`,
        `${r.p95.toFixed(1)} ms`,
        `${r.max.toFixed(1)} ms`,
        `${results.cpu.p50.toFixed(1)} ms`,
        results.loadAverage.toFixed(2),
        `${(results.pngBytes / 1024).toFixed(0)} KiB`,
        `p50 < ${PICTURE_TARGET.p50Ms} ms, < ${PICTURE_TARGET.maxBytes / 1024} KiB`,
        results.pass ? "pass" : "FAIL",
      ],
    ],
  };
  console.log(`${renderTable(table)}\n`);
  const resultsFile = nextResultsFile(`picture-${results.date}`);
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`results: ${resultsFile}`);
  if (!results.pass) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
