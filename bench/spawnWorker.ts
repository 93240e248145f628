import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { READY } from "./workers/protocol.js";

export interface WorkerRun<T> {
  result: T | null;
  /** Spawn to exit, ms. */
  wallMs: number;
  /** Spawn to each READY line, ms, by label. */
  ready: Record<string, number>;
  timedOut: boolean;
  exitCode: number | null;
  /** The last line of an Error the worker died with ("TypeError: …"), for the problems list. */
  error: string | null;
}

/**
 * Env var telling a worker whether its stderr, piped through the parent, ends on a terminal:
 * the terminal's width in columns, or 0 when it does not.
 */
export const PROGRESS_TTY_ENV = "BENCH_PROGRESS_TTY";
const STDERR_TAIL_CHARS = 4000;

function errorLine(stderrTail: string): string | null {
  const lines = stderrTail.split("\n").map((l) => l.trim());
  return lines.find((l) => /^(?:[A-Z]\w*)?(?:Error|Exception)\b.*:/.test(l)) ?? null;
}

/**
 * Runs bench/workers/<name>.ts in a fresh `node --import tsx` process, as `npm start` runs the
 * bot: each size and each measurement gets its own heap, so peak RSS and cold start are not
 * coloured by what ran before. A worker past its time limit is killed and reported as such.
 */
export function runWorker<T>(
  name: string,
  input: Record<string, unknown> & { out: string },
  timeoutMs: number,
): Promise<WorkerRun<T>> {
  rmSync(input.out, { force: true });
  const script = join("bench", "workers", `${name}.ts`);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["--import", "tsx", script, JSON.stringify(input)], {
      // stderr is piped through, not inherited, so the error a worker dies with can be
      // reported; the worker is told whether the far end is a terminal, for its progress bars.
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        LOG_LEVEL: "warn",
        [PROGRESS_TTY_ENV]: String(process.stderr.isTTY ? process.stderr.columns || 100 : 0),
      },
    });
    let stderrTail = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      process.stderr.write(chunk);
      stderrTail = (stderrTail + chunk).slice(-STDERR_TAIL_CHARS);
    });
    const ready: Record<string, number> = {};
    let buffered = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      const now = performance.now();
      buffered += chunk;
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) {
        if (line.startsWith(`${READY} `)) ready[line.slice(READY.length + 1)] = now - started;
      }
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      // A worker writes its result as it goes: a killed one still leaves what it finished.
      const result = existsSync(input.out)
        ? (JSON.parse(readFileSync(input.out, "utf8")) as T)
        : null;
      const error = code === 0 ? null : errorLine(stderrTail);
      resolve({ result, wallMs, ready, timedOut, exitCode: code, error });
    });
  });
}
