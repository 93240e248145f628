import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import { articleRanges } from "../corpus/snapshot.js";
import { analyseFiles } from "./analyseFiles.js";
import type { BuildRequest, BuildResult } from "./parallelBuild.js";

/**
 * One thread's share of a build: read and analyse its run of article files, and hand the
 * result to the waiting parent through its port, then wake it. The postings' numbers are
 * transferred, not copied.
 */
const { articlesDir, files, port, done } = workerData as BuildRequest & {
  port: MessagePort;
  done: Int32Array;
};
let result: BuildResult;
let transfer: ArrayBuffer[] = [];
try {
  const analysed = analyseFiles(articlesDir, files, articleRanges);
  result = { ok: true, ...analysed };
  const { postings, articlePostings, dates } = analysed.analysis;
  transfer = [postings, articlePostings].flatMap((p) => [
    p.lengths.buffer as ArrayBuffer,
    p.entries.buffer as ArrayBuffer,
  ]);
  transfer.push(dates.sentenceStems.buffer as ArrayBuffer);
} catch (error) {
  result = {
    ok: false,
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  };
}
port.postMessage(result, transfer);
Atomics.store(done, 0, 1);
Atomics.notify(done, 0);
parentPort?.close();
