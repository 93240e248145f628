import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { answerQuestion } from "../src/answer/answer.js";
import { openCorpusInBackground } from "../src/backgroundBuild.js";
import { log } from "../src/log/log.js";
import { openCorpus } from "../src/openCorpus.js";
import { readBinaryFile, writeBinaryFile } from "../src/search/binaryFile.js";
import { INDEX_FILE, readIndexFile } from "../src/search/cache.js";

const ARTICLES = "corpus/articles";
const QUESTION = "Where were the talks held?";

function freshCache(): { cache: string; file: string } {
  const cache = mkdtempSync(join(tmpdir(), "background-"));
  vi.spyOn(log, "info").mockImplementation(() => undefined);
  openCorpus(ARTICLES, cache);
  vi.restoreAllMocks();
  return { cache, file: join(cache, INDEX_FILE) };
}

describe("opening the corpus on a worker thread", () => {
  it("restores the file the worker checked and handed over, answering as the serving thread would", async () => {
    const { cache } = freshCache();
    const opened = await openCorpusInBackground(ARTICLES, cache);
    expect(opened).toMatchObject({ from: "cache", blocking: false });
    const direct = openCorpus(ARTICLES, cache);
    expect(answerQuestion(opened.index, QUESTION)).toEqual(answerQuestion(direct.index, QUESTION));
  });

  it("given a file whose checksums hold but whose sentences run past their article, rebuilds it on the worker without blocking", async () => {
    const { cache, file } = freshCache();
    const saved = readBinaryFile(file);
    const sections = new Map([...saved.sections].map(([name, s]) => [name, s.slice()] as const));
    (sections.get("corpus.sentenceRanges") as Uint32Array).fill(0xfffffff0);
    writeBinaryFile(file, saved.header, Object.fromEntries(sections));
    const damaged = readFileSync(file);

    const opened = await openCorpusInBackground(ARTICLES, cache);
    expect(opened.blocking).toBe(false);
    expect(readFileSync(file).equals(damaged)).toBe(false);
    expect(readIndexFile(file).ok).toBe(true);
    expect(JSON.stringify(answerQuestion(opened.index, QUESTION))).toContain("Istanbul");
  });
});
