import { join } from "node:path";
import { parseArgs } from "node:util";
import { answerQuestion } from "../src/answer/answer.js";
import { openCorpus } from "../src/openCorpus.js";
import { benchCorpus } from "./corpora/benchCorpus.js";
import { writeArticles } from "./corpora/writeArticles.js";
import { loadQuestions } from "./questions.js";
import { SEED } from "./sizes.js";
import { timed } from "./stats.js";
import { measureRetrievalStep } from "./workers/retrievalStep.js";

const USAGE = `npm run bench:retrieval -- [--passages 200000] [--dir DIR] [--reps 10] [--runs 1]
  The BM25 step alone (bench/workers/retrievalStep.ts), against the scorer it replaced, on the
  bench's generated corpus; corpus and index are kept in DIR (default bench/.work/retrieval-<n>)
  so a second run starts in seconds. For working on src/search/postings.ts; npm run bench
  gives the figures of record.`;

/** Generates (once) the bench corpus of that size and opens its index, building it on a miss. */
function openBenchIndex(passages: number, dir: string) {
  const articlesDir = join(dir, "articles");
  const cacheDir = join(dir, "cache");
  const generated = timed(() => benchCorpus(`${passages}`, passages, SEED, dir));
  writeArticles(generated.value.corpus, articlesDir, `${passages}`);
  const opened = timed(() => openCorpus(articlesDir, cacheDir));
  process.stderr.write(
    `corpus ${(generated.ms / 1000).toFixed(1)} s, index (${opened.value.from}) ${(opened.ms / 1000).toFixed(1)} s\n`,
  );
  return opened.value.index;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      passages: { type: "string", default: "200000" },
      dir: { type: "string" },
      reps: { type: "string", default: "10" },
      runs: { type: "string", default: "1" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const passages = Number(values.passages);
  const index = openBenchIndex(
    passages,
    values.dir ?? join("bench", ".work", `retrieval-${passages}`),
  );
  const questions = loadQuestions().map((q) => q.question);
  // As in the serving process: the step is measured after every question was answered once.
  index.warmUp();
  for (const q of questions) answerQuestion(index, q);
  for (let run = 0; run < Number(values.runs); run++) {
    const step = measureRetrievalStep(index, questions, Number(values.reps));
    const ratio = step.recomputed.p50 / step.impacts.p50;
    console.log(
      `${step.samples} samples: impacts p50 ${step.impacts.p50.toFixed(4)} ms (p99 ${step.impacts.p99.toFixed(3)}), ` +
        `recomputed p50 ${step.recomputed.p50.toFixed(4)} ms, ratio ${ratio.toFixed(2)}x, ` +
        `identical ${step.identical}`,
    );
  }
}

main();
