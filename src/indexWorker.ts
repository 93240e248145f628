import { parentPort, workerData } from "node:worker_threads";
import { buildIndexFile } from "./openCorpus.js";

/**
 * A reload's heavy half, on its own thread: read, split and index the articles and save the
 * index file (or find it already fresh). The serving thread then restores from the file in
 * short steps, so the event loop keeps answering while a large corpus is read.
 */
export interface IndexJob {
  articlesDir: string;
  cacheDir: string | undefined;
  /** Cores the build leaves to the thread that keeps answering. */
  spareCores: number;
}

export type IndexJobResult = { ok: true; file: string } | { ok: false; error: string };

const { articlesDir, cacheDir, spareCores } = workerData as IndexJob;
let result: IndexJobResult;
try {
  result = { ok: true, file: buildIndexFile(articlesDir, cacheDir, { spareCores }).file };
} catch (error) {
  result = {
    ok: false,
    error: error instanceof Error ? error.message : String(error),
  };
}
parentPort?.postMessage(result);
