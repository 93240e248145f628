import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";

// Resolved from this file, not from the working directory: `npm start` may run elsewhere.
const TSX_API = pathToFileURL(
  createRequire(import.meta.url)
    .resolve("tsx/esm/api")
    .replace(/\.cjs$/, ".mjs"),
).href;

/** Running compiled (dist/, see scripts/run.mjs): threads run the compiled modules too. */
const COMPILED = import.meta.url.endsWith(".js");

/**
 * A worker thread running a TypeScript module. From source, threads do not inherit the
 * parent's loader hooks, so each registers tsx for itself before importing its entry; compiled,
 * the thread imports the entry's compiled .js beside it.
 */
export function tsWorker(entry: URL, options: WorkerOptions = {}): Worker {
  if (COMPILED) {
    const compiled = entry.href.replace(/\.ts$/, ".js");
    return new Worker(`await import(${JSON.stringify(compiled)});`, { ...options, eval: true });
  }
  const boot = `import { register } from ${JSON.stringify(TSX_API)}; register(); await import(${JSON.stringify(entry.href)});`;
  return new Worker(boot, { ...options, eval: true });
}
