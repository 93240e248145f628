/**
 * Runs one of the project's TypeScript entry points as compiled JavaScript:
 * `node scripts/run.mjs src/cli/start.ts [args…]`. The sources are compiled to dist/ (esbuild,
 * file by file, no bundling: about a second) by `npm install`'s prepare step, and again here
 * whenever a source file is newer than the last compile, so an edited tree never runs stale
 * code. Plain JavaScript itself, so it needs no compiling; tsx stays for development and tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const OUT = join(ROOT, "dist");
const STAMP = join(OUT, "build-stamp.json");
/** What the entry points import: their sources are compiled, everything else is left alone. */
const SOURCES = ["src", "commands"];

/** Every .ts source with its modification time, walked in a few milliseconds. */
function sources() {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts")) found.push(path);
    }
  };
  for (const dir of SOURCES) if (existsSync(join(ROOT, dir))) walk(join(ROOT, dir));
  return found.sort();
}

/** A summary of the sources that changes when any file is edited, added or removed. */
function fingerprint(files) {
  let newest = 0;
  for (const f of files) newest = Math.max(newest, statSync(f).mtimeMs);
  return { files: files.length, newest };
}

function upToDate(current) {
  try {
    const saved = JSON.parse(readFileSync(STAMP, "utf8"));
    return saved.files === current.files && saved.newest === current.newest;
  } catch {
    return false;
  }
}

/** Compiles the sources to dist/ (the same tree: dist/src/…), replacing what was there. */
async function compile(files = sources()) {
  const { build } = await import("esbuild");
  const { renameSync, rmSync, writeFileSync } = await import("node:fs");
  const current = fingerprint(files);
  // Built aside and swapped in, so a process starting meanwhile never sees half a tree.
  const next = `${OUT}.tmp-${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  await build({
    entryPoints: files,
    outdir: next,
    outbase: ROOT,
    format: "esm",
    platform: "node",
    target: "node20",
    bundle: false,
    // Linked maps: `node --enable-source-maps` shows stack traces in the .ts sources.
    sourcemap: "linked",
    logLevel: "warning",
  });
  writeFileSync(join(next, "build-stamp.json"), `${JSON.stringify(current)}\n`);
  rmSync(OUT, { recursive: true, force: true });
  renameSync(next, OUT);
}

async function main() {
  const [entry, ...rest] = process.argv.slice(2);
  const files = sources();
  if (!upToDate(fingerprint(files))) await compile(files);
  if (!entry) return; // `node scripts/run.mjs` alone: compile only (the prepare step).
  // Entry points are named from the project root, whatever the working directory.
  const target = join(OUT, relative(ROOT, resolve(ROOT, entry)).replace(/\.ts$/, ".js"));
  if (!existsSync(target)) throw new Error(`no compiled entry point for ${entry}`);
  // The entry point sees the arguments it would see run directly.
  process.argv = [process.argv[0], target, ...rest];
  await import(pathToFileURL(target).href);
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
