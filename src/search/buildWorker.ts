import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import { loadArticleFiles } from "../corpus/load.js";
import { articleRanges } from "../corpus/snapshot.js";
import { extractEvents } from "../timeline/extract.js";
import { analyseArticles } from "./build.js";
import type { BuildRequest, BuildResult } from "./parallelBuild.js";

/**
 * One thread's share of a build: load its run of article files, analyse them, and hand the
 * result to the waiting parent through its port, then wake it.
 */
const { articlesDir, files, port, done } = workerData as BuildRequest & {
  port: MessagePort;
  done: Int32Array;
};
let result: BuildResult;
try {
  const corpus = loadArticleFiles(articlesDir, files);
  result = {
    ok: true,
    articles: corpus.articles.map(articleRanges),
    duplicates: corpus.duplicates,
    problems: corpus.problems,
    analysis: analyseArticles(corpus.articles),
    mentions: corpus.articles.flatMap(extractEvents),
  };
} catch (error) {
  result = {
    ok: false,
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  };
}
port.postMessage(result);
Atomics.store(done, 0, 1);
Atomics.notify(done, 0);
parentPort?.close();
