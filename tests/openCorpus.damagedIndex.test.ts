import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { answerQuestion } from "../src/answer/answer.js";
import { log } from "../src/log/log.js";
import { freshIndexFile, openCorpus } from "../src/openCorpus.js";
import { layoutOf, readBinaryFile, writeBinaryFile } from "../src/search/binaryFile.js";
import {
  INDEX_FILE,
  INDEX_FORMAT_VERSION,
  readIndexFile,
  savedIndexOf,
} from "../src/search/cache.js";
import { assembleIndex } from "../src/search/build.js";
import { searchMessages } from "../src/search/messages.js";

/**
 * Every way the index file can be damaged (a flipped bit anywhere, a cut-off copy, data that no
 * longer matches its header, a hand edit of the stored text, another version) must end the
 * same way: a warning, the file deleted and rebuilt from the articles, the right answers.
 */

const ARTICLES = "corpus/articles";
let valid: Buffer;
let layout: ReturnType<typeof layoutOf>;

beforeAll(() => {
  const cache = mkdtempSync(join(tmpdir(), "damaged-index-"));
  vi.spyOn(log, "info").mockImplementation(() => undefined);
  openCorpus(ARTICLES, cache);
  vi.restoreAllMocks();
  valid = readFileSync(join(cache, INDEX_FILE));
  layout = layoutOf(join(cache, INDEX_FILE));
});

afterEach(() => vi.restoreAllMocks());

/** A cache directory holding `bytes` as its index file. */
function cacheWith(bytes: Uint8Array): { cache: string; file: string } {
  const cache = mkdtempSync(join(tmpdir(), "damaged-index-"));
  const file = join(cache, INDEX_FILE);
  writeFileSync(file, bytes);
  return { cache, file };
}

function flipped(at: number): Buffer {
  const copy = Buffer.from(valid);
  copy[at] = copy[at]! ^ 0x01;
  return copy;
}

/** The valid file rewritten with valid checksums around a changed header or section. */
function rewritten(
  change: (header: Record<string, unknown>, sections: Map<string, unknown>) => void,
) {
  const { file } = cacheWith(valid);
  const saved = readBinaryFile(file);
  const header = { ...(saved.header as Record<string, unknown>) };
  const sections = new Map([...saved.sections].map(([name, s]) => [name, s.slice()] as const));
  change(header, sections);
  writeBinaryFile(file, header, Object.fromEntries(sections));
  return readFileSync(file);
}

const QUESTION = "Where were the talks held?";

/**
 * What the serving process's worker thread makes of the damaged file (freshIndexFile, before
 * it hands the file over): the same warning, the file rebuilt, and what it hands over is the
 * rebuilt file. Returns the index the serving thread would assemble from it.
 */
function expectRebuiltByWorker(bytes: Uint8Array, reason: string) {
  const { cache, file } = cacheWith(bytes);
  const warn = vi.spyOn(log, "warn").mockImplementation(() => undefined);
  const { checked } = freshIndexFile(ARTICLES, cache);
  expect(warn).toHaveBeenCalledWith(
    expect.objectContaining({ file, reason }),
    searchMessages.cacheRebuilt,
  );
  expect(checked).not.toBeNull();
  expect(readFileSync(file).equals(Buffer.from(bytes))).toBe(false);
  warn.mockClear();
  expect(freshIndexFile(ARTICLES, cache).checked).not.toBeNull();
  expect(warn).not.toHaveBeenCalled();
  warn.mockRestore();
  const saved = savedIndexOf(checked!);
  return assembleIndex(saved.corpus(), saved.parts);
}

/**
 * Opens the damaged file, on the serving thread (openCorpus) and as the worker thread does,
 * and checks the outcome every kind of damage must have on both.
 */
function expectRebuilt(bytes: Uint8Array, reason: string = searchMessages.cacheCorrupt) {
  const byWorker = expectRebuiltByWorker(bytes, reason);
  const { cache, file } = cacheWith(bytes);
  const warn = vi.spyOn(log, "warn").mockImplementation(() => undefined);
  const opened = openCorpus(ARTICLES, cache);
  expect(opened.from).toBe("articles");
  expect(warn).toHaveBeenCalledWith(
    expect.objectContaining({ file, reason }),
    searchMessages.cacheRebuilt,
  );
  // Rebuilt and saved: the next start reads it without a word.
  expect(readIndexFile(file).ok).toBe(true);
  warn.mockClear();
  expect(openCorpus(ARTICLES, cache).from).toBe("cache");
  expect(warn).not.toHaveBeenCalled();
  return { opened, byWorker };
}

describe("a damaged index file", () => {
  it("has sections to damage, the stored text among them", () => {
    expect(layout.sections.map((s) => s.name)).toContain("corpus.bodies");
    expect(layout.sections.length).toBeGreaterThan(10);
  });

  it("with one byte flipped in its header is rebuilt with a warning", () => {
    expectRebuilt(flipped(Math.floor((layout.header.start + layout.header.end) / 2)));
  });

  it("with one byte flipped in any section is rebuilt with a warning", () => {
    const damaged = layout.sections.filter((s) => s.end > s.start);
    for (const section of damaged) {
      expectRebuilt(flipped(Math.floor((section.start + section.end) / 2)));
    }
  });

  it.each([
    ["inside the fixed prefix", () => 10],
    ["inside the header", () => Math.floor((layout.header.start + layout.header.end) / 2)],
    ["inside the data", () => Math.floor((layout.header.end + valid.length) / 2)],
    ["one byte short", () => valid.length - 1],
    ["emptied", () => 0],
  ])("cut short %s is rebuilt with a warning", (_where, at) => {
    expectRebuilt(valid.subarray(0, at()));
  });

  it("whose header is intact but whose data was replaced is rebuilt with a warning", () => {
    const zeroed = Buffer.from(valid);
    zeroed.fill(0, layout.header.end);
    expectRebuilt(zeroed);
    const shifted = Buffer.concat([
      valid.subarray(0, layout.header.end + 8),
      valid.subarray(layout.header.end),
    ]);
    expectRebuilt(shifted.subarray(0, valid.length));
  });

  it("with a word of the stored text changed never quotes the changed word", () => {
    const bodies = layout.sections.find((s) => s.name === "corpus.bodies")!;
    const text = valid.subarray(bodies.start, bodies.end);
    const edited = Buffer.from(valid);
    let at = text.indexOf("Istanbul");
    expect(at).toBeGreaterThanOrEqual(0);
    for (; at >= 0; at = text.indexOf("Istanbul", at + 1)) {
      edited.write("Ankaraaa", bodies.start + at, "latin1");
    }
    const { opened, byWorker } = expectRebuilt(edited);
    for (const index of [opened.index, byWorker]) {
      const answer = answerQuestion(index, QUESTION);
      expect(JSON.stringify(answer)).toContain("Istanbul");
      expect(JSON.stringify(answer)).not.toContain("Ankaraaa");
    }
  });

  it("saved by another format version is rebuilt with a warning naming both", () => {
    const other = rewritten((header) => (header.formatVersion = INDEX_FORMAT_VERSION + 1));
    expectRebuilt(
      other,
      searchMessages.cacheVersion(INDEX_FORMAT_VERSION + 1, INDEX_FORMAT_VERSION),
    );
  });

  it("whose checksums hold but whose sentence offsets run past their article is rebuilt, not crashed on later", () => {
    const outOfRange = rewritten((_header, sections) => {
      (sections.get("corpus.sentenceRanges") as Uint32Array).fill(0xfffffff0);
    });
    expectRebuilt(outOfRange);
  });

  it("whose checksums hold but whose passages do not fit the sentences is rebuilt", () => {
    const misfit = rewritten((_header, sections) => {
      (sections.get("corpus.passageSizes") as Uint16Array).fill(0);
    });
    expectRebuilt(misfit);
  });

  it("is deleted even when the rebuilt one cannot be saved, so no later start reads it", () => {
    const bodies = layout.sections.find((s) => s.name === "corpus.bodies")!;
    const { cache, file } = cacheWith(flipped(bodies.start + 5));
    // A directory where the save's temporary file would go makes the save fail.
    mkdirSync(`${file}.${process.pid}.tmp`);
    const warn = vi.spyOn(log, "warn").mockImplementation(() => undefined);
    expect(openCorpus(ARTICLES, cache).from).toBe("articles");
    expect(existsSync(file)).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.anything(), searchMessages.cacheNotSaved);
  });

  it("that cannot be saved again leaves the worker nothing to hand over, and is deleted", () => {
    const bodies = layout.sections.find((s) => s.name === "corpus.bodies")!;
    const { cache, file } = cacheWith(flipped(bodies.start + 5));
    mkdirSync(`${file}.${process.pid}.tmp`);
    const warn = vi.spyOn(log, "warn").mockImplementation(() => undefined);
    // The serving thread then opens the articles itself (openCorpusInBackground).
    expect(freshIndexFile(ARTICLES, cache).checked).toBeNull();
    expect(existsSync(file)).toBe(false);
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({ file, reason: searchMessages.cacheCorrupt }),
      searchMessages.cacheRebuilt,
    );
  });
});

describe("temporary files of an interrupted save", () => {
  it("are removed at start when their writer is gone, and left when it still runs", () => {
    const { cache } = cacheWith(valid);
    const dead = `${INDEX_FILE}.2147483646.tmp`;
    const running = `${INDEX_FILE}.${process.ppid}.tmp`;
    for (const name of [dead, running]) copyFileSync(join(cache, INDEX_FILE), join(cache, name));
    vi.spyOn(log, "info").mockImplementation(() => undefined);
    expect(openCorpus(ARTICLES, cache).from).toBe("cache");
    expect(readdirSync(cache).sort()).toEqual([INDEX_FILE, running].sort());
  });
});
