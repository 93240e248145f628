import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { PROGRESS_MIN_FILES, stageProgress } from "../../src/cli/progress.js";

/** A stream that records what is written to it, saying it is a terminal or not. */
function stream(isTTY: boolean): { output: () => string; stream: NodeJS.WriteStream } {
  let text = "";
  const s = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      text += chunk.toString();
      callback();
    },
  });
  return {
    output: () => text,
    stream: Object.assign(s, { isTTY, columns: 100 }) as unknown as NodeJS.WriteStream,
  };
}

function runStages(files: number, target: NodeJS.WriteStream): void {
  const progress = stageProgress(files, target);
  for (let i = 0; i <= files; i++) progress.update("cleaning", i, files);
  progress.note("building the search index…");
  progress.stop();
}

describe("stageProgress", () => {
  it("draws a bar per stage on a terminal for a large corpus", () => {
    const terminal = stream(true);
    runStages(PROGRESS_MIN_FILES, terminal.stream);
    expect(terminal.output()).toContain("cleaning");
    expect(terminal.output()).toContain(`${PROGRESS_MIN_FILES}/${PROGRESS_MIN_FILES} files`);
    expect(terminal.output()).toContain("building the search index…");
  });

  it("writes nothing to a pipe, nor for a corpus too small to wait for", () => {
    const pipe = stream(false);
    runStages(PROGRESS_MIN_FILES * 2, pipe.stream);
    const small = stream(true);
    runStages(PROGRESS_MIN_FILES - 1, small.stream);
    expect(pipe.output()).toBe("");
    expect(small.output()).toBe("");
  });
});
