import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { answerQuestion } from "../../src/answer/answer.js";
import { log } from "../../src/log.js";
import { buildSearchIndex } from "../../src/search/build.js";
import { readBinaryFile, writeBinaryFile } from "../../src/search/binaryFile.js";
import {
  corpusHash,
  INDEX_FILE,
  INDEX_FORMAT_VERSION,
  loadOrBuildIndex,
  readIndexFile,
} from "../../src/search/cache.js";
import { searchMessages } from "../../src/search/messages.js";
import { makeArticle, makeCorpus } from "../fixtures/articles.js";

const corpus = makeCorpus([
  makeArticle("The Ruritanian delegation was led by Ivan Petrovsky, deputy foreign minister.", {
    id: "a1",
  }),
  makeArticle("The talks in Geneva lasted about four hours, officials said.", { id: "a2" }),
]);

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "ask-cache-"));
}

afterEach(() => vi.restoreAllMocks());

describe("loadOrBuildIndex", () => {
  it("saves the index with its format version and the articles' hash", () => {
    const dir = tempDir();
    loadOrBuildIndex(corpus, dir);
    const saved = readIndexFile(join(dir, INDEX_FILE));
    expect(saved.ok && saved.saved.contentHash).toBe(corpusHash(corpus));
    expect(readBinaryFile(join(dir, INDEX_FILE)).header).toMatchObject({
      formatVersion: INDEX_FORMAT_VERSION,
    });
  });

  it("loads a matching saved index without rebuilding or warning", () => {
    const dir = tempDir();
    loadOrBuildIndex(corpus, dir);
    const before = statSync(join(dir, INDEX_FILE)).mtimeMs;
    const warn = vi.spyOn(log, "warn").mockImplementation(() => undefined);
    const index = loadOrBuildIndex(corpus, dir);
    expect(warn).not.toHaveBeenCalled();
    expect(statSync(join(dir, INDEX_FILE)).mtimeMs).toBe(before);
    expect(answerQuestion(index, "How long did the talks in Geneva last?").answer).toBe(
      answerQuestion(buildSearchIndex(corpus), "How long did the talks in Geneva last?").answer,
    );
  });

  it("rebuilds a corrupt cache with a warning instead of crashing", () => {
    const dir = tempDir();
    loadOrBuildIndex(corpus, dir);
    writeFileSync(join(dir, INDEX_FILE), "{ not json");
    const warn = vi.spyOn(log, "warn").mockImplementation(() => undefined);
    const index = loadOrBuildIndex(corpus, dir);
    expect(index.postings.documentCount).toBe(2);
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({ reason: searchMessages.cacheCorrupt }),
      searchMessages.cacheRebuilt,
    );
    expect(readIndexFile(join(dir, INDEX_FILE)).ok).toBe(true);
  });

  it("rebuilds a cache saved from other articles", () => {
    const dir = tempDir();
    loadOrBuildIndex(corpus, dir);
    const changed = makeCorpus([
      ...corpus.articles,
      makeArticle("A third article about barley.", { id: "a3" }),
    ]);
    const warn = vi.spyOn(log, "warn").mockImplementation(() => undefined);
    const index = loadOrBuildIndex(changed, dir);
    expect(index.postings.documentCount).toBe(3);
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({ reason: searchMessages.cacheStale }),
      searchMessages.cacheRebuilt,
    );
  });

  it("rebuilds a cache of another format version", () => {
    const dir = tempDir();
    loadOrBuildIndex(corpus, dir);
    const file = join(dir, INDEX_FILE);
    const saved = readBinaryFile(file);
    writeBinaryFile(
      file,
      { ...(saved.header as object), formatVersion: INDEX_FORMAT_VERSION + 1 },
      Object.fromEntries(saved.sections),
    );
    const warn = vi.spyOn(log, "warn").mockImplementation(() => undefined);
    loadOrBuildIndex(corpus, dir);
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({
        reason: searchMessages.cacheVersion(INDEX_FORMAT_VERSION + 1, INDEX_FORMAT_VERSION),
      }),
      searchMessages.cacheRebuilt,
    );
  });

  it("rebuilds a cache whose fields have the wrong shape", () => {
    const dir = tempDir();
    writeBinaryFile(
      join(dir, INDEX_FILE),
      { formatVersion: INDEX_FORMAT_VERSION, contentHash: 7 },
      {},
    );
    const warn = vi.spyOn(log, "warn").mockImplementation(() => undefined);
    expect(loadOrBuildIndex(corpus, dir).postings.documentCount).toBe(2);
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({ reason: searchMessages.cacheCorrupt }),
      searchMessages.cacheRebuilt,
    );
  });

  it("still answers when the cache cannot be written", () => {
    const dir = tempDir();
    const blocked = join(dir, "a-file");
    writeFileSync(blocked, "");
    chmodSync(blocked, 0o444);
    const warn = vi.spyOn(log, "warn").mockImplementation(() => undefined);
    const index = loadOrBuildIndex(corpus, join(blocked, "cache"));
    expect(index.postings.documentCount).toBe(2);
    expect(warn).toHaveBeenCalledWith(expect.anything(), searchMessages.cacheNotSaved);
  });
});

describe("the index file", () => {
  it("rejects a file cut short or emptied instead of reading past its end", () => {
    const dir = tempDir();
    loadOrBuildIndex(corpus, dir);
    const file = join(dir, INDEX_FILE);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length - 16));
    expect(readIndexFile(file)).toEqual({ ok: false, reason: searchMessages.cacheCorrupt });
    writeFileSync(file, Buffer.alloc(0));
    expect(readIndexFile(file)).toEqual({ ok: false, reason: searchMessages.cacheCorrupt });
    writeFileSync(file, bytes);
    expect(readIndexFile(file).ok).toBe(true);
  });

  it("restores the corpus exactly as it was saved", () => {
    const dir = tempDir();
    loadOrBuildIndex(corpus, dir);
    const saved = readIndexFile(join(dir, INDEX_FILE));
    expect(saved.ok && saved.saved.corpus()).toEqual(corpus);
  });
});
