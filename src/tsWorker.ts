import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";

// Resolved from this file, not from the working directory: `npm start` may run elsewhere.
const TSX_API = pathToFileURL(
  createRequire(import.meta.url)
    .resolve("tsx/esm/api")
    .replace(/\.cjs$/, ".mjs"),
).href;

/**
 * A worker thread running a TypeScript module. Threads do not inherit the parent's loader
 * hooks, so each registers tsx for itself before importing its entry.
 */
export function tsWorker(entry: URL, options: WorkerOptions = {}): Worker {
  const boot = `import { register } from ${JSON.stringify(TSX_API)}; register(); await import(${JSON.stringify(entry.href)});`;
  return new Worker(boot, { ...options, eval: true });
}
