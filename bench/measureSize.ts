import { mkdirSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { compare } from "./compare.js";
import { answerable, fuseSubset, loadQuestions } from "./questions.js";
import { recallFromTop } from "./quality.js";
import type { BaselineFigures, ColdStart, SizeResult } from "./results.js";
import type { BenchPlan, SizePlan } from "./sizes.js";
import { runWorker, type WorkerRun } from "./spawnWorker.js";
import { median } from "./stats.js";
import { npmStartOnce, prepareNpmStart } from "./npmStart.js";
import type { BaselineResult, BaselinesInput, BaselinesOutput } from "./workers/baselines.js";
import type { ColdStartInput, ColdStartOutput } from "./workers/coldStart.js";
import { sizePaths } from "./workers/paths.js";
import type { BuildInput, BuildOutput } from "./workers/build.js";
import type { PrepareInput, PrepareOutput } from "./workers/prepare.js";
import type { ServeInput, ServeOutput } from "./workers/serve.js";

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Why a worker gave no result, in words for the problems list. */
function failure(run: WorkerRun<unknown>, limitMs: number): string {
  if (run.timedOut) return `killed at its time limit, ${seconds(limitMs)}`;
  return run.error ?? `exit code ${run.exitCode}`;
}

async function coldStarts(
  plan: BenchPlan,
  size: SizePlan,
  input: Omit<ColdStartInput, "out">,
  outDir: string,
): Promise<Pick<ColdStart, "samplesMs" | "medianMs" | "timedOut"> & { problems: string[] }> {
  const samplesMs: number[] = [];
  const problems: string[] = [];
  let timedOut = false;
  for (let i = 0; i < size.coldStarts; i++) {
    process.stderr.write(`cold start ${size.label} ${i + 1}/${size.coldStarts}…\n`);
    const run = await runWorker<ColdStartOutput>(
      "coldStart",
      { ...input, out: join(outDir, "coldStart.json") },
      plan.limits.coldStart,
    );
    const ms = run.ready.answer;
    if (run.timedOut) {
      timedOut = true;
      problems.push(`cold start ${failure(run, plan.limits.coldStart)}`);
      break;
    }
    if (ms === undefined) {
      problems.push(`cold start gave no answer: ${failure(run, plan.limits.coldStart)}`);
      break;
    }
    samplesMs.push(ms);
    process.stderr.write(`cold start ${size.label}: ${seconds(ms)}\n`);
    // A start-up this slow says all it has to say in one sample; repeating it only costs time.
    if (ms > plan.slowColdStartMs) break;
  }
  return { samplesMs, medianMs: samplesMs.length ? median(samplesMs) : null, timedOut, problems };
}

function baselineFigures(
  result: BaselineResult | null,
  questions: ReturnType<typeof loadQuestions>,
): BaselineFigures | null {
  if (!result) return null;
  const asked = questions.filter((q) => result.questions[q.id] !== undefined);
  return {
    buildMs: result.buildMs,
    latency: result.latency,
    queries: asked.length,
    threads: result.threads ?? 1,
    recallAt3: recallFromTop(answerable(asked), result.questions),
  };
}

/**
 * All measurements of one corpus size, each in its own process: prepare (corpus, index build),
 * cold starts, the serving process (latency, quality, timeline, peak RSS), the baselines.
 */
export async function measureSize(plan: BenchPlan, size: SizePlan): Promise<SizeResult> {
  const started = performance.now();
  const loadBefore = loadavg()[0] ?? Number.NaN;
  const questions = loadQuestions();
  const paths = sizePaths(size.label);
  mkdirSync(paths.outDir, { recursive: true });
  const problems: string[] = [];

  const prepareInput: PrepareInput = {
    label: size.label,
    passages: size.passages,
    seed: plan.seed,
    maskWords: plan.maskWords,
    articlesDir: paths.articlesDir,
    cacheDir: paths.cacheDir,
    out: join(paths.outDir, "prepare.json"),
  };
  const prepare = await runWorker<PrepareOutput>(
    "prepare",
    { ...prepareInput },
    plan.limits.prepare,
  );
  const facts = prepare.exitCode === 0 ? prepare.result : null;
  if (!facts) problems.push(`corpus generation failed: ${failure(prepare, plan.limits.prepare)}`);
  const buildInput: BuildInput = {
    label: size.label,
    articlesDir: paths.articlesDir,
    cacheDir: paths.cacheDir,
    out: join(paths.outDir, "build.json"),
  };
  const build = facts
    ? await runWorker<BuildOutput>("build", { ...buildInput }, plan.limits.prepare)
    : null;
  const prepared = build?.result && build.exitCode === 0 ? build.result : null;
  if (facts && !prepared) {
    problems.push(`index build failed: ${build ? failure(build, plan.limits.prepare) : ""}`);
  }

  const serveInput: ServeInput = {
    label: size.label,
    articlesDir: paths.articlesDir,
    cacheDir: paths.cacheDir,
    askReps: size.askReps,
    timelineReps: plan.timelineReps,
    timelineQueries: plan.timelineQueries,
    phaseBudgetMs: plan.phaseBudgetMs,
    out: join(paths.outDir, "serve.json"),
  };
  const serve = prepared
    ? await runWorker<ServeOutput>("serve", { ...serveInput }, plan.limits.serve)
    : null;
  const served = serve?.result ?? null;
  if (serve && !served) {
    problems.push(`serving process gave no result: ${failure(serve, plan.limits.serve)}`);
  }
  if (serve && served && serve.exitCode !== 0) {
    problems.push(`serving process stopped after /ask: ${failure(serve, plan.limits.serve)}`);
  }
  if (served && !served.timeline) problems.push("timeline not measured (see the line above)");

  // openService does everything the serving process did before its first answer, and more:
  // when that alone was slow, separate samples would only confirm it at great cost.
  const askReadyMs = serve?.ready.answer;
  const sample =
    prepared !== null && askReadyMs !== undefined && askReadyMs < plan.sampleColdStartUnderMs;
  const firstQuestion = answerable(questions)[0]?.question ?? "";
  const cold = sample
    ? await coldStarts(
        plan,
        size,
        { articlesDir: paths.articlesDir, cacheDir: paths.cacheDir, question: firstQuestion },
        paths.outDir,
      )
    : { samplesMs: [], medianMs: null, timedOut: false, problems: [] };
  problems.push(...cold.problems);
  const npmStart = { samplesMs: [] as number[], medianMs: null as number | null };
  if (prepared) {
    const app = prepareNpmStart(paths.outDir, paths.articlesDir, paths.cacheDir);
    for (let i = 0; i < size.coldStarts; i++) {
      const run = await npmStartOnce(app, firstQuestion, plan.limits.coldStart);
      if (run.firstAnswerMs === null) {
        problems.push(`npm start gave no answer (exit code ${run.exitCode})`);
        break;
      }
      npmStart.samplesMs.push(run.firstAnswerMs);
      process.stderr.write(`npm start ${size.label}: ${seconds(run.firstAnswerMs)}\n`);
    }
    npmStart.medianMs = npmStart.samplesMs.length ? median(npmStart.samplesMs) : null;
  }
  if (prepared && !sample && askReadyMs !== undefined) {
    problems.push(
      `cold start not sampled: the serving process alone took ${seconds(askReadyMs)} to its first answer`,
    );
  }

  const subset = fuseSubset(questions, size.fuseQueries, plan.seed);
  const baselinesInput: BaselinesInput = {
    label: size.label,
    passages: size.passages,
    seed: plan.seed,
    maskWords: plan.maskWords,
    reps: size.askReps,
    fuseQuestionIds: subset.map((q) => q.id),
    fuseReps: size.fuseReps,
    fuseBudgetMs: plan.fuseBudgetMs,
    fuseThreads: plan.fuseThreads,
    out: join(paths.outDir, "baselines.json"),
  };
  const limit = plan.limits.baselines;
  const baselines = await runWorker<BaselinesOutput>("baselines", { ...baselinesInput }, limit);
  const base = baselines.result;
  if (!base) problems.push(`baselines gave no result: ${failure(baselines, limit)}`);
  if (base && !base.fuse) {
    problems.push(`fuse.js baseline did not finish: ${failure(baselines, limit)}`);
  }

  const coldStart: ColdStart = {
    samplesMs: cold.samplesMs,
    medianMs: cold.medianMs,
    timedOut: cold.timedOut,
    lowerBoundMs: cold.medianMs === null ? (askReadyMs ?? null) : null,
    askPathMs: askReadyMs ?? null,
    npmStart,
    breakdown: served
      ? {
          openMs: served.startup.openMs,
          firstAnswerMs: served.startup.firstAnswerMs,
          warmUpMs: served.startup.warmUpMs,
          timelineBuildMs: served.timeline?.buildMs ?? null,
          topicsMs: served.timeline?.topicsMs ?? null,
        }
      : null,
    usedPrebuiltIndex: served?.startup.usedPrebuiltIndex ?? null,
  };
  if (served && !served.startup.usedPrebuiltIndex) {
    problems.push("the serving process rebuilt the index: the saved one was rejected");
  }
  return {
    label: size.label,
    targetPassages: size.passages,
    corpus: facts
      ? {
          passages: facts.passages,
          articles: facts.articles,
          sentences: facts.sentences,
          seedPassages: facts.seedPassages,
          distractorArticles: facts.distractorArticles,
          copies: facts.copies,
        }
      : null,
    build: prepared
      ? { ms: prepared.buildMs, indexBytes: prepared.indexBytes, peakRssMiB: prepared.peakRssMiB }
      : null,
    coldStart,
    ask: served?.ask ?? null,
    askFirstSeen: served?.askFirstSeen ?? null,
    retrieve: served?.retrieve ?? null,
    askReps: served?.askReps ?? 0,
    quality: served?.quality ?? null,
    timeline: served?.timeline
      ? {
          buildMs: served.timeline.buildMs,
          events: served.timeline.events,
          latency: served.timeline.latency,
          reps: served.timeline.reps,
          perQuery: served.timeline.perQuery,
        }
      : null,
    peakRssMiB: served?.timeline ? served.peakRssMiB : null,
    peakRssAskMiB: served?.peakRssAskMiB ?? null,
    retrievalStep: served?.retrievalStep ?? null,
    blind: served?.blind ?? null,
    baselines: {
      miniSearch: baselineFigures(base?.miniSearch ?? null, questions),
      fuse: baselineFigures(base?.fuse ?? null, questions),
      peakRssMiB: base?.peakRssMiB ?? null,
    },
    comparison: served && base ? compare(subset, served, base) : null,
    problems,
    wallMs: performance.now() - started,
    loadAverage: [loadBefore, loadavg()[0] ?? Number.NaN],
  };
}
