import { timeFuseOnThreads } from "../baselines/fuseThreads.js";
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
  /** fuse.js repetitions after the first stop once a thread has spent this many ms. */
  fuseBudgetMs: number;
  /** Threads fuse.js is timed on at once, the questions dealt out between them. */
  fuseThreads: number;
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
  /** Threads timing at once (fuse.js); 1 when absent. */
  threads?: number;
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
): Omit<BaselineResult, "buildMs"> {
  const samples = questions.map((): number[] => []);
  const top: string[][] = [];
  const progress = startProgress(label, reps * questions.length, "queries");
  for (let r = 0; r < reps; r++) {
    for (const [i, q] of questions.entries()) {
      const t = performance.now();
      const ids = baseline.search(q.question, RECALL_AT);
      samples[i]?.push(performance.now() - t);
      top[i] = ids.map((id) => articleOf.get(id) ?? "");
      progress.update(r * questions.length + i + 1);
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
 * question, fuse.js alone on a fixed subset, on several threads (see timeFuseOnThreads).
 */
async function main(): Promise<void> {
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

  const subset = input.fuseQuestionIds.flatMap((id) => questions.filter((q) => q.id === id));
  const progress = startProgress(
    `fuse.js ${input.label}`,
    subset.length * input.fuseReps,
    "queries",
  );
  let done = 0;
  const fuse = await timeFuseOnThreads(
    {
      passages,
      questions: subset.map((q) => ({ id: q.id, question: q.question })),
      reps: input.fuseReps,
      budgetMs: input.fuseBudgetMs,
      limit: RECALL_AT,
    },
    input.fuseThreads,
    () => progress.update(++done),
  );
  progress.stop();
  const asked = subset.filter((q) => fuse.samples.has(q.id));
  output.fuse = {
    buildMs: fuse.buildMs,
    latency: summarize(asked.flatMap((q) => fuse.samples.get(q.id) ?? [])),
    reps: Math.max(0, ...asked.map((q) => fuse.samples.get(q.id)?.length ?? 0)),
    threads: fuse.threads,
    questions: Object.fromEntries(
      asked.map((q) => [
        q.id,
        {
          ms: median(fuse.samples.get(q.id) ?? []),
          top: (fuse.top.get(q.id) ?? []).map((id) => articleOf.get(id) ?? ""),
        },
      ]),
    ),
  };
  output.peakRssMiB = peakRssMiB();
  writeOutput(input.out, output);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
