import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { answerQuestion } from "../../src/answer/answer.js";
import { log } from "../../src/log/log.js";
import { openCorpus } from "../../src/openCorpus.js";
import { assembleIndex } from "../../src/search/build.js";
import { checkIndexFile, INDEX_FILE, savedIndexOf } from "../../src/search/cache.js";
import { handOverOf, receiveHandOver } from "../../src/search/handOver.js";

function savedFile(): string {
  const cache = mkdtempSync(join(tmpdir(), "hand-over-"));
  vi.spyOn(log, "info").mockImplementation(() => undefined);
  openCorpus("corpus/articles", cache);
  vi.restoreAllMocks();
  return join(cache, INDEX_FILE);
}

describe("an index file handed to another thread", () => {
  it("moves its buffer rather than copying it, and comes back as the same index, a header piece per step", async () => {
    const read = checkIndexFile(savedFile());
    if (!read.ok) throw new Error(read.reason);
    const direct = savedIndexOf(read.checked);
    const question = "Where were the talks held?";
    const expected = answerQuestion(assembleIndex(direct.corpus(), direct.parts), question);

    const { handOver, transfer } = handOverOf(read.checked);
    const fileBytes = handOver.buffer.byteLength;
    // What postMessage does with it: the buffer moves, this side's copy is left empty.
    const received = structuredClone(handOver, { transfer });
    expect(handOver.buffer.byteLength).toBe(0);
    expect(received.buffer.byteLength).toBe(fileBytes);

    let pauses = 0;
    const checked = await receiveHandOver(received, async () => {
      pauses += 1;
    });
    expect(pauses).toBe(received.header.length);
    expect(pauses).toBeGreaterThan(10);
    expect(checked.header).toEqual(read.checked.header);
    const saved = savedIndexOf(checked);
    expect(saved.contentHash).toBe(direct.contentHash);
    const index = assembleIndex(saved.corpus(), saved.parts);
    expect(answerQuestion(index, question)).toEqual(expected);
  });
});
