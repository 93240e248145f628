import { describe, expect, it } from "vitest";
import type { SizeResult } from "../../bench/results.js";
import { checkTargets } from "../../bench/targets.js";

function size(passages: number, overrides: Partial<SizeResult> = {}): SizeResult {
  return {
    label: String(passages),
    targetPassages: passages,
    corpus: {
      passages,
      articles: 1,
      sentences: 1,
      seedPassages: 45,
      distractorArticles: 0,
      copies: 0,
    },
    build: null,
    coldStart: {
      samplesMs: [],
      medianMs: null,
      timedOut: false,
      lowerBoundMs: null,
      askPathMs: null,
      npmStart: { samplesMs: [], medianMs: null },
      breakdown: null,
      usedPrebuiltIndex: null,
    },
    ask: null,
    askFirstSeen: null,
    retrieve: null,
    askReps: 0,
    quality: null,
    timeline: null,
    peakRssMiB: null,
    peakRssAskMiB: null,
    retrievalStep: null,
    blind: null,
    baselines: { miniSearch: null, fuse: null, peakRssMiB: null },
    comparison: null,
    problems: [],
    wallMs: 0,
    loadAverage: [0, 0],
    ...overrides,
  };
}

const verdict = (sizes: SizeResult[], name: string) =>
  checkTargets(sizes).find((t) => t.name.startsWith(name))?.pass;

describe("checkTargets", () => {
  it("decides nothing below 200k passages", () => {
    const checks = checkTargets([
      size(0),
      size(10_000, { build: { ms: 1, indexBytes: 1, peakRssMiB: 1 } }),
    ]);
    expect(checks.every((c) => c.pass === null)).toBe(true);
  });

  it("fails a figure that could not be measured at scale, and says so", () => {
    const checks = checkTargets([size(0), size(200_000)]);
    const build = checks.find((c) => c.name.startsWith("index build"));
    expect(build).toMatchObject({ pass: false, measured: "not measured (see Problems)" });
  });

  it("fails a lower bound above the target and leaves one below it undecided", () => {
    const slow = size(200_000);
    slow.coldStart.lowerBoundMs = 90_000;
    expect(verdict([size(0), slow], "cold start")).toBe(false);
    const fast = size(200_000);
    fast.coldStart.lowerBoundMs = 1_000;
    expect(verdict([size(0), fast], "cold start")).toBeNull();
  });

  it("compares recall@3 at scale with the seeds-only figure", () => {
    const quality = (recallAt3: number) => ({
      recallAt3,
      answerable: 88,
      declinedPct: 100,
      notAnswerable: 34,
    });
    const seeds = size(0, { quality: quality(98) });
    expect(verdict([seeds, size(200_000, { quality: quality(96.5) })], "recall@3 with")).toBe(true);
    expect(verdict([seeds, size(200_000, { quality: quality(95.5) })], "recall@3 with")).toBe(
      false,
    );
  });

  it("fails the BM25 step when its results differ from the scorer it replaced, however fast", () => {
    const latency = (p50: number) => ({ n: 10, p50, p95: p50, p99: p50, max: p50, mean: p50 });
    const step = (identical: boolean) => ({
      questions: 10,
      samples: 10,
      impacts: latency(0.1),
      recomputed: latency(1),
      identical,
    });
    const at = (identical: boolean) => size(200_000, { retrievalStep: step(identical) });
    expect(verdict([size(0), at(true)], "BM25 step")).toBe(true);
    expect(verdict([size(0), at(false)], "BM25 step")).toBe(false);
  });

  it("fails the build's peak RSS when any size's build went over", () => {
    const build = (peakRssMiB: number) => ({ ms: 1, indexBytes: 1, peakRssMiB });
    const sizes = (largest: number) => [
      size(0, { build: build(300) }),
      size(10_000, { build: build(1500) }),
      size(200_000, { build: build(largest) }),
    ];
    expect(verdict(sizes(900), "peak RSS, index build")).toBe(false);
  });
});
