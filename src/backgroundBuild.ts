import { setImmediate as yieldToLoop } from "node:timers/promises";
import type { Corpus } from "./corpus/types.js";
import type { IndexJob, IndexJobResult } from "./indexWorker.js";
import { once, openCorpus, savedEvents, type OpenedCorpus } from "./openCorpus.js";
import { assembleIndex } from "./search/build.js";
import { savedIndexOf } from "./search/cache.js";
import { receiveHandOver } from "./search/handOver.js";
import { buildTimeline } from "./timeline/timeline.js";
import { timeSlices } from "./timeSlices.js";
import { tsWorker } from "./tsWorker.js";

/** Runs the index job on a worker thread; resolves with the index file it left fresh. */
function runIndexJob(job: IndexJob): Promise<IndexJobResult> {
  return new Promise((resolve) => {
    const worker = tsWorker(new URL("./indexWorker.ts", import.meta.url), { workerData: job });
    let settled = false;
    const settle = (result: IndexJobResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
      void worker.terminate();
    };
    worker.once("message", (result: IndexJobResult) => settle(result));
    worker.once("error", (error) => settle({ ok: false, error: error.stack ?? error.message }));
    worker.once("exit", (code) =>
      settle({ ok: false, error: `the index thread exited (code ${code}) without a result` }),
    );
  });
}

/**
 * Opens the articles directory without blocking the event loop for long: the worker builds
 * (or finds fresh) the index file, reads it and checks it, and hands its buffer over; this
 * thread parses the header a piece at a time and wraps the sections, yielding between steps.
 * When the file cannot be used (an unwritable cache directory), it falls back to opening on
 * this thread, which blocks.
 */
export async function openCorpusInBackground(
  articlesDir: string,
  cacheDir: string | undefined,
): Promise<OpenedCorpus & { blocking: boolean }> {
  const job = await runIndexJob({ articlesDir, cacheDir, spareCores: 1 });
  if (!job.ok) throw new Error(job.error);
  try {
    if (!job.handOver) throw new Error("no index file to restore");
    const pause = timeSlices();
    await yieldToLoop();
    const saved = savedIndexOf(await receiveHandOver(job.handOver, pause));
    await yieldToLoop();
    const corpus: Corpus = saved.corpus();
    await yieldToLoop();
    const index = assembleIndex(corpus, saved.parts);
    return {
      corpus,
      index,
      events: once(() => savedEvents(saved) ?? buildTimeline(corpus)),
      from: "cache",
      blocking: false,
    };
  } catch {
    // openCorpus names the fault, deletes a damaged file and builds again.
    return { ...openCorpus(articlesDir, cacheDir), blocking: true };
  }
}
