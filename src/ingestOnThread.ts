import type { IngestOptions, IngestReport, IngestStage } from "./corpus/ingest.js";
import { tsWorker } from "./tsWorker.js";

export type IngestMessage =
  | { type: "progress"; stage: IngestStage; done: number; total: number }
  | { type: "done"; report: IngestReport }
  | { type: "failed"; error: string };

/**
 * Runs ingest on a worker thread and resolves with its report once the thread has ended. A
 * thread's heap is released whole when it ends, while garbage on the main thread stays
 * resident until the engine happens to return it: so the index build that follows an
 * ingest does not stack its memory on every page ingest held (at 20,000 pages the two
 * together passed 1 GiB).
 */
export function ingestOnThread(options: IngestOptions): Promise<IngestReport> {
  const { onProgress, ...data } = options;
  const worker = tsWorker(new URL("./ingestWorker.ts", import.meta.url), { workerData: data });
  return new Promise((resolve, reject) => {
    let outcome: IngestMessage | null = null;
    worker.on("message", (message: IngestMessage) => {
      if (message.type === "progress") onProgress?.(message.stage, message.done, message.total);
      else outcome = message;
    });
    worker.on("error", reject);
    worker.on("exit", (code) => {
      const result = outcome as IngestMessage | null;
      if (result?.type === "done") resolve(result.report);
      else if (result?.type === "failed") reject(new Error(result.error));
      else reject(new Error(`ingest thread stopped (exit code ${code}) before it finished`));
    });
  });
}
