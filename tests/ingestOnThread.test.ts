import { cpSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingest, type IngestStage } from "../src/corpus/ingest.js";
import { ingestOnThread } from "../src/ingestOnThread.js";

function seedDirs(): { raw: string; out: string; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), "ingest-thread-"));
  const raw = join(dir, "raw");
  cpSync("corpus/raw", raw, { recursive: true });
  return { raw, out: join(dir, "articles"), cache: join(dir, "cache") };
}

const files = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), "utf8")]));

describe("ingestOnThread", () => {
  it("writes the same articles and reports the same as ingest in this thread", async () => {
    const here = seedDirs();
    const there = seedDirs();
    const expected = ingest({ rawDir: here.raw, articlesDir: here.out, cacheDir: here.cache });
    const stages = new Set<IngestStage>();
    const report = await ingestOnThread({
      rawDir: there.raw,
      articlesDir: there.out,
      cacheDir: there.cache,
      onProgress: (stage) => stages.add(stage),
    });
    const relative = (paths: string[], root: string) => paths.map((p) => p.slice(root.length));
    expect(relative(report.written, there.out)).toEqual(relative(expected.written, here.out));
    expect({ ...report, written: [] }).toEqual({ ...expected, written: [] });
    expect(files(there.out)).toEqual(files(here.out));
    expect([...stages]).toEqual(["clean", "write"]);
  });

  it("rejects with the thread's error when ingest fails", async () => {
    const { out } = seedDirs();
    await expect(
      ingestOnThread({ rawDir: join(out, "no-such-folder"), articlesDir: out }),
    ).rejects.toThrow(/no-such-folder/);
  });
});
