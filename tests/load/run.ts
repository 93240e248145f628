/**
 * `npm run load`: /ask interactions in bursts of 200 through the fake Discord against the real
 * bot on the real corpus: the figures after the first 1,000, then on to 10,000 to check that
 * memory stays flat (RSS after GC within 20 % of the 1,000 mark). Exits 1 when a check fails.
 * Options: --interactions N (10000), --burst N (200), --baseline N (1000), --shards N (1: the
 * gateway shards the fake Discord asks for and the bot opens, questions from a guild on each).
 */
import { mb, runLoad, type Checkpoint, type LoadResult } from "./load.js";

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) {
    console.error(`--${name} must be a positive whole number`);
    process.exit(2);
  }
  return value;
}

const interactions = option("interactions", 10_000);
const burst = option("burst", 200);
const baseline = Math.min(option("baseline", 1000), interactions);
const shards = option("shards", 1);
const MAX_GROWTH = 0.2;

function failures(result: LoadResult, start?: Checkpoint, end?: Checkpoint): string[] {
  const out: string[] = [];
  if (result.answered !== result.interactions)
    out.push(`${result.interactions - result.answered} interactions not answered cleanly`);
  if (result.lost) out.push(`${result.lost} lost`);
  if (result.duplicated) out.push(`${result.duplicated} answered twice`);
  if (result.late) out.push(`${result.late} first callbacks later than 3 s`);
  if (result.tokenInLogs) out.push(`the token appears in ${result.tokenInLogs} log lines`);
  if ((result.logLines.error ?? 0) + (result.logLines.fatal ?? 0) > 0)
    out.push("the bot logged errors");
  if (start && end && end !== start && end.rss > start.rss * (1 + MAX_GROWTH)) {
    out.push(
      `RSS grew from ${mb(start.rss)} after ${start.after} to ${mb(end.rss)} after ${end.after} (> ${MAX_GROWTH * 100} %)`,
    );
  }
  return out;
}

const ms = (n: number) => `${n.toFixed(0)} ms`;
const pct = (a: number, b: number) => `${(((b - a) / a) * 100).toFixed(1)} %`;

const result = await runLoad({
  interactions,
  burst,
  checkpoints: [baseline, interactions],
  shards,
  onProgress: (line) => console.error(line),
});
const start = result.checkpoints.find((c) => c.after === baseline);
const end = result.checkpoints.find((c) => c.after === result.interactions);

console.log(
  `Load: ${result.interactions} /ask interactions in bursts of ${result.burst}, each from a distinct user, real corpus${shards > 1 ? `, ${shards} shards` : ""}`,
);
console.log(
  `  answered cleanly ${result.answered}/${result.interactions}; lost ${result.lost}, answered twice ${result.duplicated}, first callback over 3 s ${result.late}`,
);
for (const c of result.checkpoints) {
  console.log(`  after ${c.after}:
    throughput        ${c.throughput.toFixed(1)} answers/s
    first callback    p50 ${ms(c.firstCallbackMs.p50)}, p99 ${ms(c.firstCallbackMs.p99)}, max ${ms(c.firstCallbackMs.max)}
    answer visible    p50 ${ms(c.replyMs.p50)}, p99 ${ms(c.replyMs.p99)}, max ${ms(c.replyMs.max)}
    RSS after GC      ${mb(c.rss)} (heap ${mb(c.heapUsed)}, ${c.restHandlers} REST queues); peak RSS so far ${mb(c.maxRss)}`);
}
if (start && end && start !== end) {
  console.log(
    `  RSS after GC, ${end.after} vs ${start.after}: ${pct(start.rss, end.rss)} (limit +${MAX_GROWTH * 100} %); heap ${pct(start.heapUsed, end.heapUsed)}`,
  );
}
console.log(
  `  peak RSS ${mb(result.peakRss)}; bot started in ${(result.startupMs / 1000).toFixed(1)} s`,
);
console.log(
  `  bot log lines: ${Object.entries(result.logLines)
    .map(([level, n]) => `${level} ${n}`)
    .join(", ")}; token in logs: ${result.tokenInLogs}`,
);
for (const problem of result.problems) console.log(`  problem: ${problem}`);
for (const line of result.logSamples) console.log(`  bot log: ${line.slice(0, 300)}`);

const failed = failures(result, start, end);
for (const f of failed) console.error(`FAIL: ${f}`);
console.log(failed.length === 0 ? "PASS" : "FAIL");
process.exitCode = failed.length === 0 ? 0 : 1;
