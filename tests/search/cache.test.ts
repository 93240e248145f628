import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { answerQuestion } from "../../src/answer/answer.js";
import { log } from "../../src/log/log.js";
import { readBinaryFile, writeBinaryFile } from "../../src/search/binaryFile.js";
import { assembleIndex, buildIndexParts, buildSearchIndex } from "../../src/search/build.js";
import {
  corpusHash,
  INDEX_FILE,
  INDEX_FORMAT_VERSION,
  readIndexFile,
  saveQuietly,
  writeIndexFile,
} from "../../src/search/cache.js";
import { searchMessages } from "../../src/search/messages.js";
import { makeArticle, makeCorpus } from "../fixtures/articles.js";

const corpus = makeCorpus([
  makeArticle("The Ruritanian delegation was led by Ivan Petrovsky, deputy foreign minister.", {
    id: "a1",
  }),
  makeArticle("The talks in Geneva lasted about four hours, officials said.", { id: "a2" }),
]);

function savedFile(extras?: Record<string, Uint8Array>): string {
  const file = join(mkdtempSync(join(tmpdir(), "ask-cache-")), INDEX_FILE);
  const parts = buildIndexParts(corpus);
  writeIndexFile(file, {
    contentHash: corpusHash(corpus),
    sourceKey: "dir",
    corpus,
    parts,
    extras,
  });
  return file;
}

afterEach(() => vi.restoreAllMocks());

describe("the index file", () => {
  it("reads back the parts, the corpus, the keys and extra blocks it was written with", () => {
    const file = savedFile({ timeline: Buffer.from("[]") });
    const read = readIndexFile(file);
    if (!read.ok) throw new Error(read.reason);
    expect(read.saved.contentHash).toBe(corpusHash(corpus));
    expect(read.saved.sourceKey).toBe("dir");
    expect(read.saved.parts).toEqual(buildIndexParts(corpus));
    expect(read.saved.corpus()).toEqual(corpus);
    expect(Buffer.from(read.saved.extra("timeline")!).toString()).toBe("[]");
    expect(readBinaryFile(file).header).toMatchObject({ formatVersion: INDEX_FORMAT_VERSION });
  });

  it("answers, once read back, exactly as the index built from the corpus", () => {
    const read = readIndexFile(savedFile());
    if (!read.ok) throw new Error(read.reason);
    const restored = read.saved.corpus();
    const question = "How long did the talks in Geneva last?";
    expect(answerQuestion(assembleIndex(restored, read.saved.parts), question)).toEqual(
      answerQuestion(buildSearchIndex(corpus), question),
    );
  });

  it("is reported missing when there is none", () => {
    expect(readIndexFile(join(tmpdir(), "no-such-dir", INDEX_FILE))).toEqual({
      ok: false,
      reason: searchMessages.cacheMissing,
    });
  });

  it("is rejected when not an index, cut short or emptied, instead of read past its end", () => {
    const file = savedFile();
    const bytes = readFileSync(file);
    for (const broken of [Buffer.from("{ not an index"), bytes.subarray(0, -16), Buffer.alloc(0)]) {
      writeFileSync(file, broken);
      expect(readIndexFile(file)).toMatchObject({ ok: false, reason: searchMessages.cacheCorrupt });
    }
    writeFileSync(file, bytes);
    expect(readIndexFile(file).ok).toBe(true);
  });

  it("is rejected when written by another format version, naming both", () => {
    const file = savedFile();
    const saved = readBinaryFile(file);
    const header = { ...(saved.header as object), formatVersion: INDEX_FORMAT_VERSION + 1 };
    writeBinaryFile(file, header, Object.fromEntries(saved.sections));
    expect(readIndexFile(file)).toEqual({
      ok: false,
      reason: searchMessages.cacheVersion(INDEX_FORMAT_VERSION + 1, INDEX_FORMAT_VERSION),
    });
  });

  it("is rejected when its header has the wrong shape", () => {
    const file = savedFile();
    writeBinaryFile(file, { formatVersion: INDEX_FORMAT_VERSION, contentHash: 7 }, {});
    expect(readIndexFile(file)).toMatchObject({ ok: false, reason: searchMessages.cacheCorrupt });
  });

  it("that cannot be written costs a warning, not the answer", () => {
    const dir = mkdtempSync(join(tmpdir(), "ask-cache-"));
    const blocked = join(dir, "a-file");
    writeFileSync(blocked, "");
    chmodSync(blocked, 0o444);
    const warn = vi.spyOn(log, "warn").mockImplementation(() => undefined);
    const cacheDir = join(blocked, "cache");
    saveQuietly(cacheDir, join(cacheDir, INDEX_FILE), {
      contentHash: corpusHash(corpus),
      sourceKey: null,
      corpus,
      parts: buildIndexParts(corpus),
    });
    expect(warn).toHaveBeenCalledWith(expect.anything(), searchMessages.cacheNotSaved);
  });
});
