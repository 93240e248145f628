import { answerQuestion, retrieve } from "../../src/answer/answer.js";
import { openCorpus } from "../../src/openCorpus.js";
import type { SearchIndex } from "../../src/search/types.js";
import {
  prepareTimeline,
  queryTimeline,
  topicsOfEvents,
  type QueryableTimeline,
} from "../../src/timeline/timeline.js";
import type { TimelineQuery } from "../../src/timeline/types.js";
import {
  ASK_NEWEST_BLIND_FILE,
  canonicalGold,
  loadAskQuestions,
} from "../../src/eval/askQuestions.js";
import { runAskEval } from "../../src/eval/ask.js";
import type { Corpus } from "../../src/corpus/types.js";
import { peakRssMiB } from "../memory.js";
import { measureRetrievalStep, type RetrievalStepFigures } from "./retrievalStep.js";
import { startProgress } from "../progress.js";
import { answerable, loadQuestions, notAnswerable, type EvalQuestion } from "../questions.js";
import { RECALL_AT, recallAt3, shareDeclined } from "../quality.js";
import { median, summarize, timed, type LatencySummary } from "../stats.js";
import { signalReady, workerInput, writeOutput } from "./protocol.js";

export interface ServeInput {
  label: string;
  articlesDir: string;
  cacheDir: string;
  askReps: number;
  timelineReps: number;
  timelineQueries: TimelineQuery[];
  /** Stop repeating a phase after the repetition that crosses this many ms. */
  phaseBudgetMs: number;
  out: string;
}

export interface QuestionResult {
  status: string;
  /** Article ids of the first passages retrieve() ranks, best first. */
  top: string[];
  askMs: number;
  retrieveMs: number;
}

export interface ServeOutput {
  startup: {
    /** openCorpus on the prebuilt file: corpus, index (and, lazily, timeline) restored. */
    openMs: number;
    /** False when the saved index was rejected and rebuilt: then the figures are not a warm start. */
    usedPrebuiltIndex: boolean;
    firstAnswerMs: number;
    /** index.warmUp() after the first answer, as the bot does once it is up. */
    warmUpMs: number;
    /** Since this process's time origin: start → first answer on the /ask path alone. */
    askReadyMs: number;
  };
  /** Each question once, the first time this process sees it (after one warm-up answer). */
  askFirstSeen: LatencySummary;
  ask: LatencySummary;
  retrieve: LatencySummary;
  askReps: number;
  questions: Record<string, QuestionResult>;
  quality: { recallAt3: number; answerable: number; declinedPct: number; notAnswerable: number };
  peakRssAskMiB: number;
  /** The BM25 step alone, against the scorer it replaced, on the same queries. */
  retrievalStep: RetrievalStepFigures;
  blind: BlindFigures;
  timeline: {
    /** Decoding the timeline saved with the index and preparing it for queries (warmUp). */
    buildMs: number;
    /** topicsOfEvents on those events, as the first /timeline autocomplete does. */
    topicsMs: number;
    events: number;
    latency: LatencySummary;
    reps: number;
    perQuery: Array<{ query: TimelineQuery; medianMs: number; events: number }>;
  } | null;
  peakRssMiB: number;
}

/**
 * The blind question set, asked once each into the warm process: a stream of questions it has
 * never seen, and quality at this corpus size. Aggregates only: the set's individual misses
 * are not for reading while the work it judges goes on.
 */
export interface BlindFigures {
  questions: number;
  answerable: number;
  notAnswerable: number;
  /** /ask per question, each the first time the (warm) process sees it. */
  newInWarm: LatencySummary;
  answerAccuracyPct: number;
  answeredWronglyPct: number;
  /** Not-answerable questions declined. */
  declinedPct: number;
  recallAt3Pct: number;
}

function measureBlind(index: SearchIndex, corpus: Corpus): BlindFigures {
  const questions = canonicalGold(loadAskQuestions(ASK_NEWEST_BLIND_FILE), corpus);
  const { metrics, results } = runAskEval(index, questions);
  const pct = (x: number): number => Math.round(x * 1000) / 10;
  return {
    questions: questions.length,
    answerable: questions.filter((q) => q.expect === "answered").length,
    notAnswerable: questions.filter((q) => q.expect === "not_found").length,
    newInWarm: summarize(results.map((r) => r.ms)),
    answerAccuracyPct: pct(metrics.answerAccuracy),
    answeredWronglyPct: pct(metrics.answeredWrongly),
    declinedPct: pct(metrics.abstentionRecall),
    recallAt3Pct: pct(metrics.retrievalRecallAt3),
  };
}

/**
 * Timed repetitions over items, whole passes at a time, within a time budget. Each item runs
 * every probe in turn, so the probes see the same conditions (load from other processes, GC).
 */
function repeat<T>(
  label: string,
  items: T[],
  reps: number,
  budgetMs: number,
  probes: Array<(item: T) => void>,
): { samples: number[][][]; reps: number } {
  const samples = probes.map(() => items.map((): number[] => []));
  const progress = startProgress(label, reps * items.length, "items");
  const started = performance.now();
  let done = 0;
  for (let r = 0; r < reps; r++) {
    items.forEach((item, i) => {
      probes.forEach((probe, p) => {
        const t = performance.now();
        probe(item);
        samples[p]?.[i]?.push(performance.now() - t);
      });
      progress.update(r * items.length + i + 1);
    });
    done++;
    if (performance.now() - started > budgetMs) break;
  }
  progress.stop();
  return { samples, reps: done };
}

function measureAsk(index: SearchIndex, questions: EvalQuestion[], input: ServeInput) {
  // A first pass records quality and times each question the first time the process sees it:
  // the bot caches spelling corrections per word, so a repeated question never pays for a
  // fuse.js search over the vocabulary again, while a new misspelt word from a user does.
  const results: Record<string, QuestionResult> = {};
  const firstSeen: number[] = [];
  for (const q of questions) {
    const t = performance.now();
    const answer = answerQuestion(index, q.question);
    firstSeen.push(performance.now() - t);
    const hits = retrieve(index, q.question).hits;
    results[q.id] = {
      status: answer.status,
      top: hits.slice(0, RECALL_AT).map((h) => h.passage.article.id),
      askMs: Number.NaN,
      retrieveMs: Number.NaN,
    };
  }
  const run = repeat(`ask ${input.label}`, questions, input.askReps, input.phaseBudgetMs, [
    (q) => answerQuestion(index, q.question),
    (q) => retrieve(index, q.question),
  ]);
  const [askSamples = [], retrieveSamples = []] = run.samples;
  questions.forEach((q, i) => {
    const r = results[q.id];
    if (!r) return;
    r.askMs = median(askSamples[i] ?? []);
    r.retrieveMs = median(retrieveSamples[i] ?? []);
  });
  const top = (question: string): string[] =>
    results[questions.find((q) => q.question === question)?.id ?? ""]?.top ?? [];
  const status = (question: string): string =>
    results[questions.find((q) => q.question === question)?.id ?? ""]?.status ?? "";
  return {
    askFirstSeen: summarize(firstSeen),
    ask: summarize(askSamples.flat()),
    retrieve: summarize(retrieveSamples.flat()),
    askReps: run.reps,
    questions: results,
    quality: {
      recallAt3: recallAt3(answerable(questions), top),
      answerable: answerable(questions).length,
      declinedPct: shareDeclined(notAnswerable(questions), (q) => status(q) === "not_found"),
      notAnswerable: notAnswerable(questions).length,
    },
  };
}

function measureTimeline(events: QueryableTimeline, input: ServeInput) {
  for (const query of input.timelineQueries) queryTimeline(events, query);
  const run = repeat(
    `timeline ${input.label}`,
    input.timelineQueries,
    input.timelineReps,
    input.phaseBudgetMs,
    [(query) => queryTimeline(events, query)],
  );
  const [samples = []] = run.samples;
  return {
    latency: summarize(samples.flat()),
    reps: run.reps,
    perQuery: input.timelineQueries.map((query, i) => ({
      query,
      medianMs: median(samples[i] ?? []),
      events: queryTimeline(events, query).events.length,
    })),
  };
}

/**
 * The bot as it serves: corpus, index and timeline from the prebuilt file, as openService opens them.
 * Start-up phases are timed one by one (the breakdown of cold start), then warm latency and
 * quality. The result is written after /ask and again after /timeline, so a timeline that
 * does not finish in time still leaves the /ask figures.
 */
function main(): void {
  const input = workerInput<ServeInput>();
  const questions = loadQuestions();
  const opened = timed(() => openCorpus(input.articlesDir, input.cacheDir));
  const index = opened.value.index;
  const first = timed(() => answerQuestion(index, questions[0]?.question ?? ""));
  const askReadyMs = performance.now();
  signalReady("answer");
  // What the bot does once it is up (service.warmUp): the first-seen figures below are those
  // of a running bot, not of its first seconds; the warm-up's own time is reported beside them.
  const warm = timed(() => index.warmUp());
  const output: ServeOutput = {
    startup: {
      openMs: opened.ms,
      usedPrebuiltIndex: opened.value.from === "cache",
      firstAnswerMs: first.ms,
      warmUpMs: warm.ms,
      askReadyMs,
    },
    ...measureAsk(index, questions, input),
    peakRssAskMiB: peakRssMiB(),
    retrievalStep: measureRetrievalStep(
      index,
      questions.map((q) => q.question),
      input.askReps,
    ),
    blind: measureBlind(index, opened.value.corpus),
    timeline: null,
    peakRssMiB: peakRssMiB(),
  };
  writeOutput(input.out, output);
  const events = timed(() => prepareTimeline(opened.value.events()));
  const topics = timed(() => topicsOfEvents([...events.value.events]));
  output.timeline = {
    buildMs: events.ms,
    topicsMs: topics.ms,
    events: events.value.events.length,
    ...measureTimeline(events.value, input),
  };
  output.peakRssMiB = peakRssMiB();
  writeOutput(input.out, output);
}

main();
