import { availableParallelism } from "node:os";
import { MessageChannel, receiveMessageOnPort } from "node:worker_threads";
import { articleFiles } from "../corpus/load.js";
import {
  articleRanges,
  restoreCorpus,
  SnapshotBuilder,
  type ArticleRanges,
  type CorpusSnapshot,
} from "../corpus/snapshot.js";
import type { ArticleMeta, Corpus, LoadProblem } from "../corpus/types.js";
import { tsWorker } from "../tsWorker.js";
import { timelineFromMentions, type ArticleContext } from "../timeline/build.js";
import type { EventMention } from "../timeline/extract.js";
import type { TimelineEvent } from "../timeline/types.js";
import { analyseFiles, type AnalysedFiles } from "./analyseFiles.js";
import { combineAnalyses, type IndexAnalysis, type IndexParts } from "./build.js";
import { CorpusHasher } from "./cache.js";

export interface BuildRequest {
  articlesDir: string;
  files: string[];
}

/** What a build thread sends back: its articles as offsets, not as repeated text. */
export type BuildResult =
  ({ ok: true } & AnalysedFiles<ArticleRanges>) | { ok: false; error: string };

export interface BuiltCorpus {
  /** Restored from `snapshot`: an article's text is made when something reads it. */
  corpus: Corpus;
  /** The corpus as the index file saves it. */
  snapshot: CorpusSnapshot;
  /** corpusHash of the corpus. */
  contentHash: string;
  parts: IndexParts;
  events: TimelineEvent[];
}

/** Below this many files a build is quick on one thread, and starting threads costs more. */
export const PARALLEL_MIN_FILES = 2000;

function inThisThread({ articlesDir, files }: BuildRequest): AnalysedFiles<ArticleRanges> {
  return analyseFiles(articlesDir, files, articleRanges);
}

/**
 * Runs the requests on threads and waits for them without returning to the event loop, so
 * that opening the corpus stays one synchronous call (a start, a reload). Each thread leaves
 * its result on a port of its own and raises a flag; results are handed to `take` in order,
 * one at a time, so each can be reduced before the next is copied in. Threads run TypeScript
 * through tsx, which each registers for itself: a thread does not inherit its parent's loader
 * hooks.
 */
function onThreads(
  requests: BuildRequest[],
  take: (result: AnalysedFiles<ArticleRanges>) => void,
): void {
  const started = requests.map((request) => {
    const { port1, port2 } = new MessageChannel();
    const done = new Int32Array(new SharedArrayBuffer(4));
    const worker = tsWorker(new URL("./buildWorker.ts", import.meta.url), {
      workerData: { ...request, port: port2, done },
      transferList: [port2],
    });
    return { worker, port: port1, done };
  });
  try {
    for (const { worker, port, done } of started) {
      while (Atomics.load(done, 0) === 0) Atomics.wait(done, 0, 0, 1000);
      const result = receiveMessageOnPort(port)?.message as BuildResult | undefined;
      if (!result) throw new Error("an index build thread ended without a result");
      if (!result.ok) throw new Error(`an index build thread failed: ${result.error}`);
      // Its share is in hand: the thread's heap can go before the next share is copied in.
      void worker.terminate();
      take(result);
    }
  } finally {
    for (const { worker, port } of started) {
      port.close();
      void worker.terminate();
    }
  }
}

/** Consecutive runs of about equal size, so the corpus order is kept when they are joined. */
function runs<T>(items: T[], count: number): T[][] {
  const size = Math.max(1, Math.ceil(items.length / count));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length > 0 ? out : [[]];
}

/**
 * Reads, splits and indexes the articles of a directory and extracts their timeline, on as
 * many threads as the machine has cores (on this one below PARALLEL_MIN_FILES files). The
 * result is the same whatever the number of threads: the runs are consecutive and are joined
 * in corpus order. The corpus is kept as its snapshot (one block of text and offsets) rather
 * than as objects, which at 200,000 passages spared hundreds of megabytes.
 */
export function buildFromDirectory(
  articlesDir: string,
  threads?: number,
  /** Cores left to other work: a reload leaves one to the thread answering questions. */
  spareCores = 0,
): BuiltCorpus {
  const files = articleFiles(articlesDir);
  const count =
    threads ??
    (files.length >= PARALLEL_MIN_FILES ? Math.max(1, availableParallelism() - spareCores) : 1);
  const requests = runs(files, count).map((f) => ({ articlesDir, files: f }));
  const snapshot = new SnapshotBuilder();
  const hasher = new CorpusHasher();
  const analyses: IndexAnalysis[] = [];
  const duplicates: ArticleMeta[] = [];
  const problems: LoadProblem[] = [];
  const mentions: EventMention[] = [];
  const contexts = new Map<string, ArticleContext>();
  const take = (result: AnalysedFiles<ArticleRanges>): void => {
    for (const article of result.articles) {
      snapshot.add(article);
      hasher.add(article.meta, article.body);
    }
    for (const d of result.duplicates) duplicates.push(d);
    for (const p of result.problems) problems.push(p);
    for (const m of result.mentions) mentions.push(m);
    for (const [id, context] of result.contexts) contexts.set(id, context);
    analyses.push(result.analysis);
  };
  if (count > 1) onThreads(requests, take);
  else for (const request of requests) take(inThisThread(request));
  const saved = snapshot.finish(duplicates, problems);
  const corpus = restoreCorpus(saved);
  const parts = combineAnalyses(analyses);
  analyses.length = 0;
  return {
    corpus,
    snapshot: saved,
    contentHash: hasher.digest(),
    parts,
    events: timelineFromMentions(corpus, mentions, contexts),
  };
}
