import type { BenchResults, SizeResult } from "../results.js";
import { DASH, ms, pct } from "./format.js";
import type { Table } from "./table.js";

interface Metric {
  name: string;
  get: (s: SizeResult) => number | null | undefined;
  /** Percent-point metrics are compared by difference, the rest by ratio. */
  points?: boolean;
  format: (v: number | null | undefined) => string;
}

const METRICS: Metric[] = [
  { name: "build ms", get: (s) => s.build?.ms, format: ms },
  { name: "cold start ms", get: (s) => s.coldStart.medianMs, format: ms },
  { name: "npm start ms", get: (s) => s.coldStart.npmStart?.medianMs, format: ms },
  { name: "1st-seen p99 ms", get: (s) => s.askFirstSeen?.p99, format: ms },
  { name: "new in warm p99 ms", get: (s) => s.blind?.newInWarm.p99, format: ms },
  { name: "BM25 step p50 ms", get: (s) => s.retrievalStep?.impacts.p50, format: ms },
  { name: "build peak RSS MiB", get: (s) => s.build?.peakRssMiB, format: ms },
  { name: "/ask p50 ms", get: (s) => s.ask?.p50, format: ms },
  { name: "/ask p99 ms", get: (s) => s.ask?.p99, format: ms },
  { name: "retrieve p50 ms", get: (s) => s.retrieve?.p50, format: ms },
  { name: "retrieve p99 ms", get: (s) => s.retrieve?.p99, format: ms },
  { name: "timeline p50 ms", get: (s) => s.timeline?.latency.p50, format: ms },
  { name: "peak RSS MiB", get: (s) => s.peakRssMiB, format: ms },
  { name: "MiniSearch p50 ms", get: (s) => s.baselines.miniSearch?.latency.p50, format: ms },
  { name: "MiniSearch p99 ms", get: (s) => s.baselines.miniSearch?.latency.p99, format: ms },
  { name: "fuse.js p50 ms", get: (s) => s.baselines.fuse?.latency.p50, format: ms },
  { name: "recall@3 %", get: (s) => s.quality?.recallAt3, points: true, format: pct },
  { name: "declined %", get: (s) => s.quality?.declinedPct, points: true, format: pct },
  { name: "blind accuracy %", get: (s) => s.blind?.answerAccuracyPct, points: true, format: pct },
  { name: "blind recall@3 %", get: (s) => s.blind?.recallAt3Pct, points: true, format: pct },
];

function change(metric: Metric, before: number, now: number): string {
  if (metric.points) {
    const d = now - before;
    return `${d >= 0 ? "+" : ""}${d.toFixed(1)} pt`;
  }
  if (before === 0) return DASH;
  const d = (100 * (now - before)) / before;
  return `${d >= 0 ? "+" : ""}${d.toFixed(0)} %`;
}

/** This run against the previous run of the same mode: the check that a rerun reproduces. */
export function reproducibilityTable(now: BenchResults, before: BenchResults, file: string): Table {
  const rows: string[][] = [];
  for (const size of now.sizes) {
    const old = before.sizes.find((s) => s.label === size.label);
    if (!old) continue;
    for (const metric of METRICS) {
      const a = metric.get(old);
      const b = metric.get(size);
      if (a === null || a === undefined || b === null || b === undefined) continue;
      rows.push([
        size.label,
        metric.name,
        metric.format(a),
        metric.format(b),
        change(metric, a, b),
      ]);
    }
  }
  return {
    title: `Run to run: this run against ${file} (${before.startedAt})`,
    headers: ["size", "metric", "previous", "this run", "change"],
    rows,
  };
}
