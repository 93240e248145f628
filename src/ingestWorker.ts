import { parentPort, workerData } from "node:worker_threads";
import { ingest, type IngestOptions } from "./corpus/ingest.js";
import type { IngestMessage } from "./ingestOnThread.js";

/**
 * Ingest on a thread of its own (see ingestOnThread): progress and the report go back as
 * messages; the pages it held go with the thread when it ends.
 */
const options = workerData as Omit<IngestOptions, "onProgress">;
const post = (message: IngestMessage): void => parentPort?.postMessage(message);
try {
  const report = ingest({
    ...options,
    onProgress: (stage, done, total) => post({ type: "progress", stage, done, total }),
  });
  post({ type: "done", report });
} catch (error) {
  post({
    type: "failed",
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
}
