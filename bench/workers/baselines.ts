import { fuseBaseline } from "../baselines/fuse.js";
import { miniSearchBaseline } from "../baselines/minisearch.js";
import type { Baseline, PassageText } from "../baselines/types.js";
import { benchCorpus } from "../corpora/benchCorpus.js";
import { peakRssMiB } from "../memory.js";
import { startProgress, step } from "../progress.js";
import { RECALL_AT } from "../quality.js";
import { loadQuestions, type EvalQuestion } from "../questions.js";
import { median, summarize, type LatencySummary } from "../stats.js";
import { WORK_DIR } from "./paths.js";
import { workerInput, writeOutput } from "./protocol.js";

export interface BaselinesInput {
  label: string;
  passages: number;
  seed: number;
  maskWords: string[];
  reps: number;
  /** Questions fuse.js is timed on: a fixed subset, since one query can take seconds. */
  fuseQuestionIds: string[];
  fuseReps: number;
  /** fuse.js queries stop after the one that crosses this many ms. */
  fuseBudgetMs: number;
  out: string;
}

export interface BaselineQuestion {
  /** Median over repetitions, ms. */
  ms: number;
  /** Article ids of the first passages, best first. */
  top: string[];
}

export interface BaselineResult {
  buildMs: number;
  latency: LatencySummary;
  reps: number;
  questions: Record<string, BaselineQuestion>;
}

export interface BaselinesOutput {
  miniSearch: BaselineResult;
  fuse: BaselineResult | null;
  peakRssMiB: number;
}

function measure(
  label: string,
  baseline: Baseline,
  questions: EvalQuestion[],
  reps: number,
  articleOf: Map<string, string>,
  budgetMs = Infinity,
): Omit<BaselineResult, "buildMs"> {
  const samples = questions.map((): number[] => []);
  const top: string[][] = [];
  const progress = startProgress(label, reps * questions.length, "queries");
  const started = performance.now();
  outer: for (let r = 0; r < reps; r++) {
    for (const [i, q] of questions.entries()) {
      const t = performance.now();
      const ids = baseline.search(q.question, RECALL_AT);
      samples[i]?.push(performance.now() - t);
      top[i] = ids.map((id) => articleOf.get(id) ?? "");
      progress.update(r * questions.length + i + 1);
      if (performance.now() - started > budgetMs) break outer;
    }
  }
  progress.stop();
  const asked = questions.filter((_, i) => (samples[i]?.length ?? 0) > 0);
  return {
    latency: summarize(samples.flat()),
    reps,
    questions: Object.fromEntries(
      asked.map((q) => {
        const i = questions.indexOf(q);
        return [q.id, { ms: median(samples[i] ?? []), top: top[i] ?? [] }];
      }),
    ),
  };
}

/**
 * The two alternatives on the same corpus and questions as the bot: MiniSearch alone on every
 * question, fuse.js alone on a fixed subset (a query over 200k passages takes tens of seconds).
 */
function main(): void {
  const input = workerInput<BaselinesInput>();
  const questions = loadQuestions();
  const { corpus } = benchCorpus(
    input.label,
    input.passages,
    input.seed,
    WORK_DIR,
    input.maskWords,
  );
  const passages: PassageText[] = corpus.articles.flatMap((a) =>
    a.passages.map((p) => ({ id: p.id, articleId: a.id, text: p.text })),
  );
  const articleOf = new Map(passages.map((p) => [p.id, p.articleId]));

  const mini = step(`MiniSearch build ${input.label}`, () => miniSearchBaseline(passages));
  mini.value.search(questions[0]?.question ?? "", RECALL_AT);
  const output: BaselinesOutput = {
    miniSearch: {
      buildMs: mini.ms,
      ...measure(`MiniSearch ${input.label}`, mini.value, questions, input.reps, articleOf),
    },
    fuse: null,
    peakRssMiB: peakRssMiB(),
  };
  writeOutput(input.out, output);

  const fuse = step(`fuse.js build ${input.label}`, () => fuseBaseline(passages));
  // One cheap single-word query first, so the timed ones do not pay for JIT warm-up.
  fuse.value.search("embassy", RECALL_AT);
  const subset = input.fuseQuestionIds.flatMap((id) => questions.filter((q) => q.id === id));
  output.fuse = {
    buildMs: fuse.ms,
    ...measure(
      `fuse.js ${input.label}`,
      fuse.value,
      subset,
      input.fuseReps,
      articleOf,
      input.fuseBudgetMs,
    ),
  };
  output.peakRssMiB = peakRssMiB();
  writeOutput(input.out, output);
}

main();
