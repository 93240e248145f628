import cliProgress from "cli-progress";

/** Below this many files ingest is over in a few seconds, and a bar would only flicker. */
export const PROGRESS_MIN_FILES = 500;

export interface StageProgress {
  /** Moves the bar of `stage` to `done` of `total`, starting it (and ending the last) if new. */
  update(stage: string, done: number, total: number): void;
  /** A step with nothing to count: its name on a line of its own, while it runs. */
  note(text: string): void;
  stop(): void;
}

const silent: StageProgress = { update: () => {}, note: () => {}, stop: () => {} };

/**
 * A cli-progress bar per stage on stderr, for a large corpus in a terminal; nothing otherwise
 * (a pipe or a log file gets the summary line alone). stdout is left to the summary.
 */
export function stageProgress(
  files: number,
  stream: NodeJS.WriteStream = process.stderr,
): StageProgress {
  if (!stream.isTTY || files < PROGRESS_MIN_FILES) return silent;
  let bar: cliProgress.SingleBar | null = null;
  let current = "";
  const stop = () => {
    bar?.stop();
    bar = null;
    current = "";
  };
  return {
    update(stage, done, total) {
      if (stage !== current) {
        stop();
        current = stage;
        bar = new cliProgress.SingleBar(
          {
            format: `${stage.padEnd(10)} [{bar}] {percentage}% | {value}/{total} files | {duration}s`,
            stream,
            hideCursor: true,
            // Synchronous loops never yield to cli-progress's timer: redraw on update instead.
            noTTYOutput: false,
            fps: 10,
            synchronousUpdate: true,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0);
      }
      bar?.update(done);
    },
    note(text) {
      stop();
      stream.write(`${text}\n`);
    },
    stop,
  };
}
