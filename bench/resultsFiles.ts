import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { RESULTS_SCHEMA, type BenchResults } from "./results.js";

export const RESULTS_DIR = join("bench", "results");

/** bench/results/<date>.json, or <date>.2.json, .3 … when the day already has a run. */
export function nextResultsFile(date: string, dir = RESULTS_DIR): string {
  for (let n = 1; ; n++) {
    const file = join(dir, n === 1 ? `${date}.json` : `${date}.${n}.json`);
    if (!existsSync(file)) return file;
  }
}

/** Orders result files by date, then by run number within the day. */
function runKey(file: string): [string, number] {
  const m = /^(\d{4}-\d{2}-\d{2})(?:\.(\d+))?\.json$/.exec(file);
  return [m?.[1] ?? "", Number(m?.[2] ?? 1)];
}

/** The most recent earlier run of the same mode and schema, for the run-to-run table. */
export function previousResults(
  mode: BenchResults["mode"],
  dir = RESULTS_DIR,
): { file: string; results: BenchResults } | null {
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir)
    .filter((f) => /^\d{4}-\d{2}-\d{2}(\.\d+)?\.json$/.test(f))
    .sort((a, b) => {
      const [da, na] = runKey(a);
      const [db, nb] = runKey(b);
      return da === db ? na - nb : da < db ? -1 : 1;
    })
    .reverse();
  for (const f of files) {
    const file = join(dir, f);
    const results = JSON.parse(readFileSync(file, "utf8")) as BenchResults;
    if (results.schema === RESULTS_SCHEMA && results.mode === mode) return { file, results };
  }
  return null;
}

export function writeResults(file: string, results: BenchResults): void {
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}
