import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Corpus } from "./corpus/types.js";
import { log } from "./log/log.js";
import { removeStaleTemporaries } from "./search/binaryFile.js";
import { assembleIndex } from "./search/build.js";
import { buildFromDirectory, type BuiltCorpus } from "./search/parallelBuild.js";
import {
  checkIndexFile,
  INDEX_FILE,
  INDEX_FORMAT_VERSION,
  readIndexFile,
  saveQuietly,
  savedIndexOf,
  type CheckedIndexFile,
  type ReadResult,
  type SavedIndex,
} from "./search/cache.js";
import { searchMessages } from "./search/messages.js";
import type { SearchIndex } from "./search/types.js";
import { buildTimeline } from "./timeline/timeline.js";
import type { TimelineEvent } from "./timeline/types.js";

export const DEFAULT_CACHE_DIR = "corpus/.cache";

/** The corpus, its index and its timeline, as the service serves them. */
export interface OpenedCorpus {
  corpus: Corpus;
  index: SearchIndex;
  /** Decoded on first use: /ask never waits for the timeline. */
  events(): TimelineEvent[];
  /** How the corpus was obtained: the saved snapshot, or the .md files read again. */
  from: "cache" | "articles";
}

/**
 * A hash of every article file's name and content: an edit shows even when it keeps the
 * file's size and modification time (a copy with preserved times, a fixed typo). One pass of
 * reading and hashing, much cheaper than the parsing a saved index spares.
 */
export function articlesFingerprint(articlesDir: string): string {
  const hash = createHash("sha256").update(`format ${INDEX_FORMAT_VERSION}\n`);
  const files = readdirSync(articlesDir)
    .filter((f) => f.endsWith(".md"))
    .sort();
  for (const file of files) {
    const content = createHash("sha256").update(readFileSync(join(articlesDir, file)));
    hash.update(`${file}\u0000${content.digest("hex")}\n`);
  }
  return hash.digest("hex");
}

const decoder = new TextDecoder();

export function savedEvents(saved: SavedIndex): TimelineEvent[] | null {
  const block = saved.extra("timeline");
  if (!block) return null;
  try {
    return JSON.parse(decoder.decode(block)) as TimelineEvent[];
  } catch {
    return null;
  }
}

export function once<T>(compute: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: compute() }).v;
}

/**
 * Opens the articles directory through the cache: when the files are the ones the saved index
 * was built from, the corpus, the index and the timeline all come from one file and no article
 * is parsed; otherwise the articles are read and everything is built again (on several threads
 * for a large corpus) and saved for the next start.
 */
export function openCorpus(articlesDir: string, cacheDir = DEFAULT_CACHE_DIR): OpenedCorpus {
  const file = prepareCacheFile(cacheDir);
  const sourceKey = articlesFingerprint(articlesDir);
  let loaded = readIndexFile(file);
  if (loaded.ok && loaded.saved.sourceKey === sourceKey) {
    const { saved } = loaded;
    try {
      const corpus = saved.corpus();
      return {
        corpus,
        index: assembleIndex(corpus, saved.parts),
        events: once(() => savedEvents(saved) ?? buildTimeline(corpus)),
        from: "cache",
      };
    } catch (error) {
      loaded = { ok: false, reason: searchMessages.cacheCorrupt, detail: String(error) };
    }
  }
  discardDamaged(file, loaded);
  const { corpus, parts, events, contentHash } = buildAndSave(articlesDir, cacheDir, sourceKey);
  // Files copied or touched without a change of text: the same index, nothing to warn about.
  if (!(loaded.ok && loaded.saved.contentHash === contentHash)) {
    const reason = loaded.ok ? searchMessages.cacheStale : loaded.reason;
    const detail = loaded.ok ? undefined : loaded.detail;
    if (reason === searchMessages.cacheMissing) log.info({ file }, reason);
    else log.warn({ file, reason, detail }, searchMessages.cacheRebuilt);
  }
  return { corpus, index: assembleIndex(corpus, parts), events: () => events, from: "articles" };
}

/** The index file's path, once the temporary files of writes killed half way are gone. */
function prepareCacheFile(cacheDir: string): string {
  const file = join(cacheDir, INDEX_FILE);
  const removed = removeStaleTemporaries(file);
  if (removed.length > 0) log.info({ removed }, searchMessages.temporariesRemoved);
  return file;
}

/**
 * A file that could not be read is deleted before the rebuild: should saving the new one fail
 * (a full disk), the next start must not find the damaged one again.
 */
function discardDamaged(file: string, loaded: ReadResult): void {
  if (loaded.ok || loaded.reason === searchMessages.cacheMissing) return;
  try {
    rmSync(file, { force: true });
  } catch (error) {
    log.warn({ file, error: String(error) }, searchMessages.cacheNotDeleted);
  }
}

/** Reads, splits and indexes the articles and saves the index file for the next start. */
function buildAndSave(
  articlesDir: string,
  cacheDir: string,
  sourceKey: string,
  spareCores = 0,
): BuiltCorpus {
  const built = buildFromDirectory(articlesDir, undefined, spareCores);
  const { corpus, snapshot, parts, events, contentHash } = built;
  saveQuietly(cacheDir, join(cacheDir, INDEX_FILE), {
    contentHash,
    sourceKey,
    corpus,
    snapshot,
    parts,
    extras: { timeline: Buffer.from(JSON.stringify(events), "utf8") },
  });
  return built;
}

export type IndexFileResult =
  | { built: false; file: string }
  | { built: true; file: string; articles: number; problems: number };

/**
 * What `npm run ingest` ends with: the index file the serving process opens, built now when
 * the articles are not the ones it was built from, so that the first question after an ingest
 * does not wait for it. Changed articles are expected here, so a stale file is no warning.
 */
export function buildIndexFile(
  articlesDir: string,
  cacheDir = DEFAULT_CACHE_DIR,
  { spareCores = 0 } = {},
): IndexFileResult {
  const file = prepareCacheFile(cacheDir);
  const sourceKey = articlesFingerprint(articlesDir);
  const loaded = readIndexFile(file);
  if (loaded.ok && loaded.saved.sourceKey === sourceKey) return { built: false, file };
  if (!loaded.ok && loaded.reason !== searchMessages.cacheMissing) {
    log.warn({ file, reason: loaded.reason, detail: loaded.detail }, searchMessages.cacheRebuilt);
  }
  discardDamaged(file, loaded);
  const { corpus } = buildAndSave(articlesDir, cacheDir, sourceKey, spareCores);
  return {
    built: true,
    file,
    articles: corpus.articles.length + corpus.duplicates.length,
    problems: corpus.problems.length,
  };
}

/**
 * What a reload's worker thread does: the index file made fresh (built when the articles
 * changed), then read back whole and checked, every checksum and the corpus it restores, so
 * that the serving thread is handed something it only has to wrap. A file whose parts do not
 * fit together is deleted with a warning and built again; when none could be read back even
 * after building it (an unwritable cache directory), `checked` is null and the caller opens
 * the articles itself.
 */
export function freshIndexFile(
  articlesDir: string,
  cacheDir = DEFAULT_CACHE_DIR,
  { spareCores = 0 } = {},
): { file: string; checked: CheckedIndexFile | null } {
  for (;;) {
    const made = buildIndexFile(articlesDir, cacheDir, { spareCores });
    const { file } = made;
    const read = checkIndexFile(file);
    let failed: ReadResult & { ok: false };
    if (read.ok) {
      try {
        const saved = savedIndexOf(read.checked);
        assembleIndex(saved.corpus(), saved.parts);
        return { file, checked: read.checked };
      } catch (error) {
        failed = { ok: false, reason: searchMessages.cacheCorrupt, detail: String(error) };
      }
    } else {
      failed = read;
    }
    // Just built and still unreadable: building again would end the same way.
    if (made.built) return { file, checked: null };
    log.warn({ file, reason: failed.reason, detail: failed.detail }, searchMessages.cacheRebuilt);
    discardDamaged(file, failed);
  }
}
