import { parentPort, workerData } from "node:worker_threads";
import { fuseBaseline } from "../baselines/fuse.js";
import type { FuseThreadInput, FuseThreadMessage } from "../baselines/fuseThreads.js";

/**
 * One fuse.js timing thread: its own Fuse over every passage, then its share of the questions,
 * each timed alone on this thread. A message per query, so the parent keeps what finished if
 * the run is cut short.
 */
function main(): void {
  const input = workerData as FuseThreadInput;
  const post = (message: FuseThreadMessage): void => parentPort?.postMessage(message);
  const started = performance.now();
  const fuse = fuseBaseline(input.passages);
  post({ kind: "built", ms: performance.now() - started });
  // One cheap single-word query first, so the timed ones do not pay for JIT warm-up.
  fuse.search("embassy", input.limit);
  const timing = performance.now();
  for (let r = 0; r < input.reps; r++) {
    // Every question once; further repetitions only while within the budget.
    if (r > 0 && performance.now() - timing > input.budgetMs) break;
    for (const q of input.questions) {
      const t = performance.now();
      const ids = fuse.search(q.question, input.limit);
      post({ kind: "query", id: q.id, ms: performance.now() - t, top: ids });
    }
  }
}

main();
