import { tsWorker } from "../../src/tsWorker.js";
import type { PassageText } from "./types.js";

export interface FuseThreadInput {
  passages: PassageText[];
  questions: Array<{ id: string; question: string }>;
  reps: number;
  /** Repetitions after the first stop once this many ms have gone by on the thread. */
  budgetMs: number;
  limit: number;
}

export type FuseThreadMessage =
  { kind: "built"; ms: number } | { kind: "query"; id: string; ms: number; top: string[] };

export interface FuseTimings {
  /** The slowest thread's Fuse construction, ms (they build at the same time). */
  buildMs: number;
  /** Per question id: one sample per repetition, and the passage ids of its last search. */
  samples: Map<string, number[]>;
  top: Map<string, string[]>;
  threads: number;
}

/**
 * Deals items out to `shares` lists in turn (0, 1, …, 0, 1, …), so each list gets every
 * shares-th item and the lists differ in length by at most one.
 */
export function dealOut<T>(items: readonly T[], shares: number): T[][] {
  const out = Array.from({ length: Math.max(1, Math.min(shares, items.length)) }, (): T[] => []);
  items.forEach((item, i) => out[i % out.length]?.push(item));
  return out;
}

/**
 * fuse.js timed on `threads` threads at once, each with its own Fuse over every passage and a
 * share of the questions. One query over 200k passages takes tens of seconds on one core, and
 * token search cannot be split by passage (its scores use corpus-wide statistics, which is why
 * fuse.js's own FuseWorker refuses it), so the questions are split instead: each query is still
 * one search on one thread, timed as such.
 */
export async function timeFuseOnThreads(
  input: FuseThreadInput,
  threads: number,
  onQuery: () => void,
): Promise<FuseTimings> {
  const timings: FuseTimings = { buildMs: 0, samples: new Map(), top: new Map(), threads: 0 };
  const shares = dealOut(input.questions, threads);
  timings.threads = shares.length;
  await Promise.all(
    shares.map(
      (questions) =>
        new Promise<void>((resolve, reject) => {
          const worker = tsWorker(new URL("../workers/fuseThread.ts", import.meta.url), {
            workerData: { ...input, questions } satisfies FuseThreadInput,
          });
          worker.on("message", (message: FuseThreadMessage) => {
            if (message.kind === "built") {
              timings.buildMs = Math.max(timings.buildMs, message.ms);
              return;
            }
            const samples = timings.samples.get(message.id) ?? [];
            samples.push(message.ms);
            timings.samples.set(message.id, samples);
            timings.top.set(message.id, message.top);
            onQuery();
          });
          worker.on("error", reject);
          worker.on("exit", (code) =>
            code === 0 ? resolve() : reject(new Error(`fuse.js thread exited with code ${code}`)),
          );
        }),
    ),
  );
  return timings;
}
