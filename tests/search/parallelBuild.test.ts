import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { buildIndexParts } from "../../src/search/build.js";
import { buildFromDirectory } from "../../src/search/parallelBuild.js";
import { buildTimeline } from "../../src/timeline/timeline.js";

function articlesWithAProblem(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "parallel-build-")), "articles");
  cpSync("corpus/articles", dir, { recursive: true });
  writeFileSync(join(dir, "002_broken.md"), "---\nid: [unclosed\n---\nbody\n");
  return dir;
}

describe("buildFromDirectory", () => {
  const dir = articlesWithAProblem();
  const oneThread = buildFromDirectory(dir, 1);

  it("on one thread gives what loading, indexing and the timeline give separately", () => {
    const corpus = loadCorpus(dir);
    expect(oneThread.corpus).toEqual(corpus);
    expect(oneThread.parts).toEqual(buildIndexParts(corpus));
    expect(oneThread.events).toEqual(buildTimeline(corpus));
  });

  it("on three threads gives exactly what one thread gives, the malformed file still named", () => {
    const threads = buildFromDirectory(dir, 3);
    expect(threads.corpus).toEqual(oneThread.corpus);
    expect(threads.parts).toEqual(oneThread.parts);
    expect(threads.events).toEqual(oneThread.events);
    expect(threads.corpus.problems.map((p) => p.file)).toEqual(["002_broken.md"]);
  });
});
