import { Writable } from "node:stream";
import cliProgress from "cli-progress";
import { PROGRESS_TTY_ENV } from "./spawnWorker.js";

/** Phases shorter than this show nothing: a bar that flashes for 50 ms is noise. */
const SHOW_AFTER_MS = 1500;
/** Without a terminal, a plain line at most this often. */
const LINE_EVERY_MS = 5000;

/**
 * Where bars can be drawn: stderr when it is a terminal. A worker's stderr is a pipe to the
 * orchestrator, which forwards it to the terminal and says so (with its width) in an env var;
 * cli-progress only moves the cursor on a stream that says it is a TTY, hence the wrapper.
 */
function terminalStream(): NodeJS.WritableStream | null {
  const forwarded = process.env[PROGRESS_TTY_ENV];
  if (forwarded === undefined) return process.stderr.isTTY ? process.stderr : null;
  const columns = Number(forwarded);
  if (!(columns > 0)) return null;
  const stream = new Writable({
    // Calls back at once: stderr writes are synchronous for pipes and terminals, and the
    // loops being reported never yield, so a deferred callback would hold every later frame.
    write(chunk: Buffer | string, _encoding, callback) {
      process.stderr.write(chunk);
      callback();
    },
  });
  return Object.assign(stream, { isTTY: true, columns });
}

export interface Progress {
  update(value: number): void;
  /** Ends the phase; prints its duration when it was long enough to have shown progress. */
  stop(): void;
}

/**
 * Progress for a loop over `total` units: a cli-progress bar on stderr when stderr is a
 * terminal, plain lines when it is a pipe or a file (CI logs, `| tee`), nothing for short
 * phases. Synchronous loops never yield to a timer, so the bar is redrawn from update().
 */
export function startProgress(label: string, total: number, unit: string): Progress {
  const started = performance.now();
  const terminal = terminalStream();
  const tty = terminal !== null;
  let bar: cliProgress.SingleBar | null = null;
  let lastLine = started;
  let value = 0;
  return {
    update(v) {
      value = v;
      const now = performance.now();
      if (now - started < SHOW_AFTER_MS) return;
      if (tty) {
        if (!bar) {
          bar = new cliProgress.SingleBar(
            {
              format: `${label.padEnd(28)} [{bar}] {percentage}% | {value}/{total} ${unit} | {duration}s`,
              stream: terminal ?? process.stderr,
              hideCursor: true,
              clearOnComplete: false,
              etaBuffer: 50,
            },
            cliProgress.Presets.shades_classic,
          );
          bar.start(total, 0);
        }
        bar.update(Math.min(v, total));
      } else if (now - lastLine >= LINE_EVERY_MS) {
        lastLine = now;
        process.stderr.write(`${label}: ${Math.min(v, total)}/${total} ${unit}\n`);
      }
    },
    stop() {
      const seconds = (performance.now() - started) / 1000;
      if (bar) {
        bar.update(Math.min(value, total));
        bar.stop();
      } else if (seconds * 1000 >= SHOW_AFTER_MS) {
        process.stderr.write(
          `${label}: ${Math.min(value, total)}/${total} ${unit} in ${seconds.toFixed(1)} s\n`,
        );
      }
    },
  };
}

/** A phase with no inner loop to report on (one library call): a line before and after. */
export function step<T>(label: string, fn: () => T): { value: T; ms: number } {
  process.stderr.write(`${label}…\n`);
  const start = performance.now();
  const value = fn();
  const ms = performance.now() - start;
  process.stderr.write(`${label}: ${(ms / 1000).toFixed(2)} s\n`);
  return { value, ms };
}
