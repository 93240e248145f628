/**
 * `npm run load:reload`: a reload of a corpus of over 2,000 articles while /ask arrives at 20
 * a second through the fake Discord, against the real bot in its own process. Reports what
 * the issue of reloads asks: interactions left unacknowledged, the longest gap between two
 * answers, the bot's event-loop delay during the reload. Exits 1 when a check fails.
 * Options: --rate N (20 /ask per second), --before S and --after S (seconds of load around
 * the reload, 3 and 3).
 *
 * The fake Discord asks for a heartbeat every second (Discord asks every ~41 s, longer than the
 * whole run): a heartbeat arriving more than half an interval late (1.5 intervals after the one
 * before) is counted late: Discord drops a session whose heartbeats stop coming in time.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { benchCorpus } from "../../bench/corpora/benchCorpus.js";
import { writeArticles } from "../../bench/corpora/writeArticles.js";
import { buildIndexFile } from "../../src/openCorpus.js";
import { ROOT, startFake } from "../e2e/env.js";
import type { InteractionRecord } from "../e2e/fakeDiscord.js";
import { BotProcess } from "./load.js";

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

const RATE = option("rate", 20);
const BEFORE_S = option("before", 3);
const AFTER_S = option("after", 3);
/** About 2,000 generated articles beside the seed ones. */
const PASSAGES = 21_500;
const HEARTBEAT_MS = 1000;
const WORK = join(ROOT, "bench/.work/reload");
const ARTICLES = join(WORK, "articles");
const CACHE = join(WORK, "cache");
const QUESTIONS = [
  "Who led the Russian delegation?",
  "When did the first round take place?",
  "Did they discuss direct flights?",
  "Where were the talks held?",
];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const generated = benchCorpus("reload", PASSAGES, 1, join(ROOT, "bench/.work"));
writeArticles(generated.corpus, ARTICLES, "reload");
// The reload adds one article to a corpus whose index file is fresh, as after an ingest.
for (const f of readdirSync(ARTICLES)) if (f.startsWith("added-")) rmSync(join(ARTICLES, f));
buildIndexFile(ARTICLES, CACHE);
const articleCount = readdirSync(ARTICLES).filter((f) => f.endsWith(".md")).length;
console.error(`corpus: ${articleCount} articles, ${generated.passages} passages`);

const fake = await startFake({ heartbeatIntervalMs: HEARTBEAT_MS });
const { bot, startupMs } = await BotProcess.start(fake, {
  TALKS_ARTICLES_DIR: ARTICLES,
  TALKS_CACHE_DIR: CACHE,
  LOG_LEVEL: "warn",
});
console.error(`bot ready in ${(startupMs / 1000).toFixed(1)} s`);

const records: InteractionRecord[] = [];
let sending = true;
const sender = (async () => {
  const started = performance.now();
  for (let n = 0; sending; n++) {
    const user = { id: String(600000000000000000n + BigInt(n)) };
    records.push(fake.sendCommand("ask", { question: QUESTIONS[n % QUESTIONS.length]! }, user));
    // Paced against the clock, so a slow turn does not lower the rate.
    await sleep(Math.max(0, started + ((n + 1) * 1000) / RATE - performance.now()));
  }
})();

// The same load without a reload first: what the event loop's delay is on this machine anyway.
const idle = await bot.ask({ type: "idle", ms: BEFORE_S * 1000 });
if (idle.type !== "idle") throw new Error(`unexpected ${JSON.stringify(idle)}`);
const seed = readdirSync(ARTICLES).find((f) => f.endsWith(".md"))!;
const added = `added-${Date.now()}`;
writeFileSync(
  join(ARTICLES, `${added}.md`),
  readFileSync(join(ARTICLES, seed), "utf8").replace(/^id: .*$/m, `id: ${added}`),
);
const reloadStart = performance.now();
const heartbeatsBefore = fake.heartbeats.length;
const reloaded = await bot.ask({ type: "reload" }, 300_000);
const reloadWall = performance.now() - reloadStart;
// Heartbeats from the last one before the reload to the first one after it.
const afterReload = fake.heartbeats.length;
await sleep(AFTER_S * 1000);
sending = false;
await sender;
await sleep(3000);
await bot.stop();
await fake.close();
if (reloaded.type !== "reloaded") throw new Error(`unexpected ${JSON.stringify(reloaded)}`);

const aroundReload = fake.heartbeats.slice(Math.max(0, heartbeatsBefore - 1), afterReload + 1);
const heartbeatGaps = aroundReload.slice(1).map((h, i) => h.at - aroundReload[i]!.at);
const heartbeatMax = Math.max(0, ...heartbeatGaps);
const lateHeartbeats = heartbeatGaps.filter((g) => g > HEARTBEAT_MS * 1.5).length;

const acked = (r: InteractionRecord) =>
  r.responses.find((x) => x.kind === "callback" && x.status < 300);
const answeredAt = (r: InteractionRecord) =>
  r.responses.find(
    (x) => (x.kind === "edit" || x.kind === "callback") && x.status < 300 && x.type !== 5,
  )?.at;
const unacked = records.filter((r) => {
  const ack = acked(r);
  return !ack || ack.at - r.sentAt > 3000;
}).length;
const unanswered = records.filter((r) => answeredAt(r) === undefined).length;
const times = records
  .map(answeredAt)
  .filter((t): t is number => t !== undefined)
  .sort((a, b) => a - b);
let gap = 0;
for (let i = 1; i < times.length; i++) gap = Math.max(gap, times[i]! - times[i - 1]!);
const latencies = records.map((r) => (answeredAt(r) ?? Infinity) - r.sentAt).sort((a, b) => a - b);
const p99 = latencies[Math.ceil(0.99 * latencies.length) - 1] ?? 0;

console.log(`Reload of ${articleCount} articles (one added) under ${RATE} /ask per second`);
console.log(
  `  reload: ${reloaded.ok ? "ok" : "FAILED"} in ${(reloaded.ms / 1000).toFixed(1)} s (${(reloadWall / 1000).toFixed(1)} s with the timeline prepared)`,
);
console.log(
  `  event loop during the reload: max ${reloaded.loopMaxMs.toFixed(0)} ms, p99 ${reloaded.loopP99Ms.toFixed(0)} ms`,
);
console.log(
  `  event loop over ${BEFORE_S} s of the same load before it, no reload: max ${idle.loopMaxMs.toFixed(0)} ms, p99 ${idle.loopP99Ms.toFixed(0)} ms`,
);
console.log(
  `  /ask sent ${records.length}; unacknowledged within 3 s ${unacked}; unanswered ${unanswered}`,
);
console.log(
  `  heartbeats (every ${HEARTBEAT_MS} ms) around the reload ${heartbeatGaps.length}; longest gap ${heartbeatMax.toFixed(0)} ms; late ${lateHeartbeats}`,
);
console.log(
  `  longest gap between two answers ${gap.toFixed(0)} ms; answer latency p99 ${p99.toFixed(0)} ms`,
);
const failures = [
  !reloaded.ok && "the reload failed",
  unacked > 0 && `${unacked} unacknowledged`,
  unanswered > 0 && `${unanswered} unanswered`,
  gap > 1000 && `an answer gap of ${gap.toFixed(0)} ms`,
  lateHeartbeats > 0 && `${lateHeartbeats} late heartbeats`,
].filter(Boolean);
if (failures.length > 0) {
  console.log(`FAILED: ${failures.join(", ")}`);
  process.exitCode = 1;
}
