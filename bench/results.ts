import type { LatencySummary } from "./stats.js";
import type { Machine } from "./machine.js";
import type { TimelineQuery } from "../src/timeline/types.js";
import type { BenchPlan } from "./sizes.js";
import type { RetrievalStepFigures } from "./workers/retrievalStep.js";
import type { BlindFigures } from "./workers/serve.js";

/** Bump when the shape below changes; BENCHMARKS.md and comparisons read old files by it. */
export const RESULTS_SCHEMA = 1;

export interface CorpusFacts {
  passages: number;
  articles: number;
  sentences: number;
  seedPassages: number;
  distractorArticles: number;
  copies: number;
}

export interface ColdStart {
  /** `openService` + one answer in a fresh process, spawn → answer, ms per sample. */
  samplesMs: number[];
  medianMs: number | null;
  /** True when a sample was killed at the worker time limit (then samplesMs is empty). */
  timedOut: boolean;
  /**
   * When no sample was taken (or it was killed): what openService is known to take at least,
   * the serving process's spawn → first answer, which does less work than openService.
   */
  lowerBoundMs: number | null;
  /** The /ask path only (saved corpus and index + first answer, no timeline), spawn → answer. */
  askPathMs: number | null;
  /** `npm start` (console, compiled code) with one piped question: spawn → first answer line. */
  npmStart: { samplesMs: number[]; medianMs: number | null };
  /** Phases of start-up, timed inside the serving process. */
  breakdown: {
    /** openCorpus: the corpus, its index and its timeline from the saved file. */
    openMs: number;
    firstAnswerMs: number;
    /** index.warmUp(): what the bot makes once it is up (spelling lexicons, vector matrix). */
    warmUpMs?: number;
    timelineBuildMs: number | null;
    topicsMs: number | null;
  } | null;
  usedPrebuiltIndex: boolean | null;
}

export interface BaselineFigures {
  buildMs: number;
  latency: LatencySummary;
  /** Questions timed (fuse.js: the fixed subset); latency.n is the timed calls. */
  queries: number;
  /** Threads timing at once (fuse.js: the questions dealt out between them). */
  threads?: number;
  recallAt3: number;
}

/** Bot against the baselines on identical questions (the fuse.js subset for fuse.js). */
export interface Comparison {
  subsetQueries: number;
  botSubsetP50Ms: number;
  botRetrieveSubsetP50Ms: number;
  fuseSubsetP50Ms: number | null;
  /** How many times faster the bot's /ask is than fuse.js's search alone, at the median. */
  fuseOverBot: number | null;
  /** The same for the bot's retrieval step only (analysis, expansion, BM25). */
  fuseOverBotRetrieval: number | null;
  botRecallSubset: number;
  fuseRecallSubset: number | null;
  /** Bot /ask latency over MiniSearch-alone search latency, full question set. */
  botOverMiniSearchP50: number | null;
  botOverMiniSearchP99: number | null;
  /** The same for the bot's retrieval step only, the like-for-like comparison. */
  retrieveOverMiniSearchP50: number | null;
  retrieveOverMiniSearchP99: number | null;
}

export interface SizeResult {
  label: string;
  targetPassages: number;
  corpus: CorpusFacts | null;
  build: { ms: number; indexBytes: number; peakRssMiB: number } | null;
  coldStart: ColdStart;
  ask: LatencySummary | null;
  /** Each question once, first time the process sees it: includes spelling-correction misses. */
  askFirstSeen: LatencySummary | null;
  retrieve: LatencySummary | null;
  askReps: number;
  quality: {
    recallAt3: number;
    answerable: number;
    declinedPct: number;
    notAnswerable: number;
  } | null;
  timeline: {
    buildMs: number;
    events: number;
    latency: LatencySummary;
    reps: number;
    perQuery: Array<{ query: TimelineQuery; medianMs: number; events: number }>;
  } | null;
  /** Peak RSS of the serving process (corpus, index, timeline, measurement), MiB. */
  peakRssMiB: number | null;
  /** The same before the timeline is built (corpus, index, /ask): a lower bound for the bot. */
  peakRssAskMiB: number | null;
  /** The BM25 step alone, with precomputed impacts and with the scorer they replaced. */
  retrievalStep: RetrievalStepFigures | null;
  /** The blind question set at this size: quality, and latency as new questions to a warm process. */
  blind: BlindFigures | null;
  baselines: {
    miniSearch: BaselineFigures | null;
    fuse: BaselineFigures | null;
    peakRssMiB: number | null;
  };
  comparison: Comparison | null;
  /** Workers that failed or timed out, in words. */
  problems: string[];
  wallMs: number;
  /**
   * 1-minute load average before and after the size: above the core count, other work shared
   * the machine and the timings are inflated.
   */
  loadAverage: [number, number];
}

export interface TargetCheck {
  name: string;
  target: string;
  measured: string;
  pass: boolean | null;
}

export interface BenchResults {
  schema: number;
  date: string;
  startedAt: string;
  mode: "full" | "quick";
  command: string;
  seed: number;
  /** Diagnosis only: words masked in the distractors; empty for a real run. */
  maskWords: string[];
  /** Repetitions, budgets and time limits the run used. */
  plan: BenchPlan;
  machine: Machine;
  questions: { file: string; total: number; answerable: number; notAnswerable: number };
  sizes: SizeResult[];
  targets: TargetCheck[];
  wallSeconds: number;
}
