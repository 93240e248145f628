import { availableParallelism } from "node:os";
import { MessageChannel, receiveMessageOnPort } from "node:worker_threads";
import { articleFiles, loadArticleFiles } from "../corpus/load.js";
import { articleFromRanges, type ArticleRanges } from "../corpus/snapshot.js";
import type { Article, ArticleMeta, Corpus, LoadProblem } from "../corpus/types.js";
import { tsWorker } from "../tsWorker.js";
import { timelineFromMentions } from "../timeline/build.js";
import { extractEvents, type EventMention } from "../timeline/extract.js";
import type { TimelineEvent } from "../timeline/types.js";
import { analyseArticles, combineAnalyses, type IndexAnalysis, type IndexParts } from "./build.js";

export interface BuildRequest {
  articlesDir: string;
  files: string[];
}

/** What a build thread sends back: its articles as offsets, not as repeated text. */
export type BuildResult =
  | {
      ok: true;
      articles: ArticleRanges[];
      duplicates: ArticleMeta[];
      problems: LoadProblem[];
      analysis: IndexAnalysis;
      mentions: EventMention[];
    }
  | { ok: false; error: string };

interface Run {
  articles: Article[];
  duplicates: ArticleMeta[];
  problems: LoadProblem[];
  analysis: IndexAnalysis;
  mentions: EventMention[];
}

export interface BuiltCorpus {
  corpus: Corpus;
  parts: IndexParts;
  events: TimelineEvent[];
}

/** Below this many files a build is quick on one thread, and starting threads costs more. */
export const PARALLEL_MIN_FILES = 2000;

function inThisThread({ articlesDir, files }: BuildRequest): Run {
  const corpus = loadArticleFiles(articlesDir, files);
  return {
    articles: corpus.articles,
    duplicates: corpus.duplicates,
    problems: corpus.problems,
    analysis: analyseArticles(corpus.articles),
    mentions: corpus.articles.flatMap(extractEvents),
  };
}

/**
 * Runs the requests on threads and waits for them without returning to the event loop, so
 * that opening the corpus stays one synchronous call (a start, a reload). Each thread leaves
 * its result on a port of its own and raises a flag. Threads run TypeScript through tsx,
 * which each registers for itself: a thread does not inherit its parent's loader hooks.
 */
function onThreads(requests: BuildRequest[]): Run[] {
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
    return started.map(({ port, done }) => {
      while (Atomics.load(done, 0) === 0) Atomics.wait(done, 0, 0, 1000);
      const result = receiveMessageOnPort(port)?.message as BuildResult | undefined;
      if (!result) throw new Error("an index build thread ended without a result");
      if (!result.ok) throw new Error(`an index build thread failed: ${result.error}`);
      return { ...result, articles: result.articles.map(articleFromRanges) };
    });
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
 * in corpus order.
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
  const results = count > 1 ? onThreads(requests) : requests.map(inThisThread);
  const corpus: Corpus = {
    articles: results.flatMap((r) => r.articles),
    duplicates: results.flatMap((r) => r.duplicates),
    problems: results.flatMap((r) => r.problems),
  };
  return {
    corpus,
    parts: combineAnalyses(results.map((r) => r.analysis)),
    events: timelineFromMentions(
      corpus,
      results.flatMap((r) => r.mentions),
    ),
  };
}
