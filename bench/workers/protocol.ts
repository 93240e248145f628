import { renameSync, writeFileSync } from "node:fs";

/**
 * How the orchestrator and its workers talk: the input is one JSON argument, the result one
 * JSON file, and stdout carries only READY lines, whose arrival time the parent records (cold
 * start is measured from outside the process, spawn to READY). Progress and logs use stderr.
 */
export const READY = "READY";

export function workerInput<T>(): T {
  const arg = process.argv[2];
  if (!arg) throw new Error("worker started without its JSON input argument");
  return JSON.parse(arg) as T;
}

export function signalReady(label: string): void {
  process.stdout.write(`${READY} ${label}\n`);
}

/** Temp file + rename: a worker killed mid-write leaves the previous result, never half a file. */
export function writeOutput(file: string, value: unknown): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(tmp, file);
}
