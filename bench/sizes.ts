import { availableParallelism } from "node:os";
import type { TimelineQuery } from "../src/timeline/types.js";

/** One corpus size and how hard to measure it. */
export interface SizePlan {
  label: string;
  /** Passages wanted; 0 means the seeds alone. */
  passages: number;
  askReps: number;
  /** How many questions of the fixed fuse.js subset to time (fuse.js is slow at scale: 20 but on the seeds). */
  fuseQueries: number;
  fuseReps: number;
  coldStarts: number;
}

/** Per-process time limits (ms): a worker still running then is killed and reported so. */
export interface TimeLimits {
  /** Corpus and index build: everything else at the size needs the index, so the most time. */
  prepare: number;
  coldStart: number;
  serve: number;
  baselines: number;
}

export interface BenchPlan {
  mode: "full" | "quick";
  seed: number;
  sizes: SizePlan[];
  timelineReps: number;
  timelineQueries: TimelineQuery[];
  /** A repeated phase stops after the repetition that crosses this (ms). */
  phaseBudgetMs: number;
  /**
   * fuse.js repetitions after the first stop once a timing thread has spent this (ms); every
   * question of the subset is always timed once.
   */
  fuseBudgetMs: number;
  /** Threads fuse.js is timed on at once (see bench/baselines/fuseThreads.ts). */
  fuseThreads: number;
  /**
   * Cold start is sampled in its own processes only when the serving process reached its first
   * answer within this (ms); a slower start is reported as a lower bound from that process.
   */
  sampleColdStartUnderMs: number;
  /** Cold-start samples stop early once one takes longer than this (ms). */
  slowColdStartMs: number;
  limits: TimeLimits;
  /** Diagnosis only: words replaced in the distractors (see maskDistractors). */
  maskWords: string[];
}

/** Topic, person (another spelling) and date-range filters, as people use /timeline. */
const TIMELINE_QUERIES: TimelineQuery[] = [
  {},
  { topic: "flights" },
  { topic: "property" },
  { topic: "Darchiyev" },
  { from: "2025-01-01" },
  { topic: "embassy", from: "2016-01-01", to: "2025-12-31" },
];

export const SEED = 2025;

/**
 * Questions every baseline is timed on at every size. fuse.js takes ~25 s a query at 200k on
 * one core, so it gets exactly this many there (each once), on two threads: ~4.5 min.
 */
export const BASELINE_QUESTIONS = 20;

/** Two timing threads for fuse.js, or one on a single-core machine. */
const FUSE_THREADS = Math.min(2, availableParallelism());

export function benchPlan(quick: boolean, maskWords: string[] = []): BenchPlan {
  const common = {
    seed: SEED,
    timelineQueries: TIMELINE_QUERIES,
    slowColdStartMs: 15_000,
    maskWords,
  };
  if (quick) {
    return {
      ...common,
      mode: "quick",
      sizes: [
        { label: "seeds", passages: 0, askReps: 3, fuseQueries: 1000, fuseReps: 2, coldStarts: 1 },
        { label: "10k", passages: 10_000, askReps: 3, fuseQueries: 4, fuseReps: 1, coldStarts: 1 },
      ],
      timelineReps: 2,
      phaseBudgetMs: 5_000,
      fuseBudgetMs: 8_000,
      fuseThreads: FUSE_THREADS,
      sampleColdStartUnderMs: 5_000,
      limits: { prepare: 120_000, coldStart: 60_000, serve: 120_000, baselines: 120_000 },
    };
  }
  return {
    ...common,
    mode: "full",
    sizes: [
      { label: "seeds", passages: 0, askReps: 20, fuseQueries: 1000, fuseReps: 5, coldStarts: 3 },
      {
        label: "10k",
        passages: 10_000,
        askReps: 10,
        fuseQueries: BASELINE_QUESTIONS,
        fuseReps: 1,
        coldStarts: 3,
      },
      {
        label: "50k",
        passages: 50_000,
        askReps: 10,
        fuseQueries: BASELINE_QUESTIONS,
        fuseReps: 1,
        coldStarts: 3,
      },
      {
        label: "200k",
        passages: 200_000,
        askReps: 10,
        fuseQueries: BASELINE_QUESTIONS,
        fuseReps: 1,
        coldStarts: 3,
      },
    ],
    timelineReps: 5,
    phaseBudgetMs: 45_000,
    fuseBudgetMs: 30_000,
    fuseThreads: FUSE_THREADS,
    sampleColdStartUnderMs: 20_000,
    // baselines: fuse.js's 20 queries at 200k on two busy cores can take ~10 min.
    limits: { prepare: 600_000, coldStart: 120_000, serve: 300_000, baselines: 1_200_000 },
  };
}
