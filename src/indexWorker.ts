import { constants, setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { freshIndexFile } from "./openCorpus.js";
import { handOverOf, type IndexHandOver } from "./search/handOver.js";

/**
 * A reload's heavy half, on its own thread: read, split and index the articles and save the
 * index file (or find it already fresh), then read it back and check every byte of it. The
 * file's buffer is handed over whole, so the serving thread only wraps it and parses its
 * header in small steps, and the event loop keeps answering while a large corpus is read.
 */
export interface IndexJob {
  articlesDir: string;
  cacheDir: string | undefined;
  /** Cores the build leaves to the thread that keeps answering. */
  spareCores: number;
}

export type IndexJobResult =
  /** handOver null: no index file could be read back (unwritable cache directory). */
  { ok: true; file: string; handOver: IndexHandOver | null } | { ok: false; error: string };

/**
 * The build is background work: on a busy machine it must not take CPU from the thread that
 * answers. On Linux a nice value belongs to a thread (and the threads it starts), so this
 * lowers the build alone; elsewhere it would lower the whole process, so it is left alone.
 */
function yieldCpuToServing(): void {
  if (process.platform !== "linux") return;
  try {
    setPriority(constants.priority.PRIORITY_LOW);
  } catch {
    // Not allowed here: the build runs at the serving thread's priority, as before.
  }
}

const { articlesDir, cacheDir, spareCores } = workerData as IndexJob;
yieldCpuToServing();
try {
  const { file, checked } = freshIndexFile(articlesDir, cacheDir, { spareCores });
  const handing = checked && handOverOf(checked);
  const result: IndexJobResult = { ok: true, file, handOver: handing?.handOver ?? null };
  parentPort?.postMessage(result, handing?.transfer ?? []);
} catch (error) {
  const result: IndexJobResult = {
    ok: false,
    error: error instanceof Error ? error.message : String(error),
  };
  parentPort?.postMessage(result);
}
