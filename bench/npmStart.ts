import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, symlinkSync } from "node:fs";
import { join, resolve } from "node:path";

/**
 * `npm start` (the console) as a user runs it, timed from spawn to the first line of its
 * answer: npm itself, Node's start, the compiled code's imports, opening the prebuilt index
 * and answering. The bot reads corpus/articles and corpus/.cache from its working directory,
 * so it is started in a folder whose corpus/ points at the size's corpus.
 */
export function prepareNpmStart(root: string, articlesDir: string, cacheDir: string): string {
  const app = join(root, "npm-start");
  rmSync(app, { recursive: true, force: true });
  mkdirSync(join(app, "corpus"), { recursive: true });
  symlinkSync(resolve("package.json"), join(app, "package.json"));
  symlinkSync(resolve("scripts"), join(app, "scripts"));
  symlinkSync(resolve(articlesDir), join(app, "corpus", "articles"));
  symlinkSync(resolve(cacheDir), join(app, "corpus", ".cache"));
  return app;
}

/** Compiles the sources once, so no sample pays for a compile. */
export function compileOnce(): void {
  const run = spawnSync(process.execPath, ["scripts/run.mjs"], { stdio: "inherit" });
  if (run.status !== 0) throw new Error("compiling the sources for `npm start` failed");
}

export interface NpmStartSample {
  /** Spawn → first output on stdout (the answer), ms; null when none came. */
  firstAnswerMs: number | null;
  exitCode: number | null;
}

export function npmStartOnce(
  app: string,
  question: string,
  timeoutMs: number,
): Promise<NpmStartSample> {
  return new Promise((done) => {
    const started = performance.now();
    let firstAnswerMs: number | null = null;
    const child = spawn("npm", ["start", "--silent"], {
      cwd: app,
      stdio: ["pipe", "pipe", "ignore"],
      env: { ...process.env, LOG_LEVEL: "warn", DISCORD_TOKEN: "" },
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    // Piped, the console echoes the question ("> …") before answering: the answer is what
    // follows that first line.
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      if (firstAnswerMs !== null) return;
      output += chunk.toString();
      const newline = output.indexOf("\n");
      if (newline >= 0 && output.slice(newline + 1).trim()) {
        firstAnswerMs = performance.now() - started;
      }
    });
    child.on("close", (exitCode) => {
      clearTimeout(timer);
      done({ firstAnswerMs, exitCode });
    });
    child.stdin.end(`${question}\n`);
  });
}
