import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { runTimelineEval, scoreTimeline } from "../../src/timeline/eval.js";
import type { TimelineGold } from "../../src/timeline/gold.js";
import type { TimelineEvent } from "../../src/timeline/types.js";

const thresholds = JSON.parse(
  readFileSync(new URL("./timeline-thresholds.json", import.meta.url), "utf8"),
) as {
  min: Record<string, number>;
  max: Record<string, number>;
};

describe("timeline eval on the corpus", () => {
  const { metrics, report } = runTimelineEval(loadCorpus());

  it("the gold timeline has at least 14 events", () => {
    expect(metrics.goldEvents).toBeGreaterThanOrEqual(14);
  });

  for (const [name, min] of Object.entries(thresholds.min)) {
    it(`${name} stays at or above ${min}`, () => {
      expect(metrics[name], report).toBeGreaterThanOrEqual(min);
    });
  }

  for (const [name, max] of Object.entries(thresholds.max)) {
    it(`${name} stays at or below ${max}`, () => {
      expect(metrics[name], report).toBeLessThanOrEqual(max);
    });
  }
});

describe("scoring a timeline", () => {
  const gold: TimelineGold = {
    events: [
      {
        id: "round",
        date: "2025-02-27",
        precision: "day",
        status: "happened",
        keywords: ["Istanbul"],
        articles: ["a", "b"],
      },
      {
        id: "riyadh",
        date: "2025-02-18",
        precision: "day",
        status: "happened",
        keywords: ["Riyadh"],
        articles: ["a"],
      },
    ],
    acceptable: [],
    junk: ["Unlimited Portal Access"],
  };
  const source = (articleId: string, passage: string) => ({
    articleId,
    title: "",
    outlet: "",
    published: "2025-04-10",
    url: null,
    passage,
  });
  const event = (
    date: string,
    summary: string,
    ids: string[],
    precision: TimelineEvent["precision"] = "day",
  ): TimelineEvent => ({
    date,
    precision,
    summary,
    status: "happened",
    sources: ids.map((id) => source(id, summary)),
  });
  const ids = { stemOf: (id: string) => id, copies: new Set(["copy-of-a"]) };

  it("a perfect timeline scores full marks", () => {
    const { metrics } = scoreTimeline(
      [
        event("2025-02-18", "Met in Riyadh.", ["a"]),
        event("2025-02-27", "Met in Istanbul.", ["a", "b"]),
      ],
      gold,
      ids,
    );
    expect(metrics).toMatchObject({
      recall: 1,
      precision: 1,
      duplicates: 0,
      sourceRecall: 1,
      statusAccuracy: 1,
    });
  });

  it("the same event twice is a duplicate, and a coarser restatement is one too", () => {
    const { metrics } = scoreTimeline(
      [
        event("2025-02-27", "Met in Istanbul.", ["a"]),
        event("2025-02-27", "Talks in Istanbul.", ["b"]),
        event("2025-02", "The February round in Istanbul.", ["a"], "month"),
      ],
      gold,
      ids,
    );
    expect(metrics.duplicates).toBe(2);
    expect(metrics.recall).toBe(0.5);
  });

  it("a wrong precision is a miss and an entry the gold lacks", () => {
    const { metrics } = scoreTimeline(
      [event("2025-02", "Met in Riyadh.", ["a"], "month")],
      gold,
      ids,
    );
    expect(metrics.recall).toBe(0);
    expect(metrics.precision).toBe(0);
  });

  it("junk quoted and copies cited are counted", () => {
    const { metrics } = scoreTimeline(
      [event("2025-02-27", "Met in Istanbul. Unlimited Portal Access", ["a", "copy-of-a", "a"])],
      gold,
      ids,
    );
    expect(metrics.junkEvents).toBe(1);
    expect(metrics.duplicateSources).toBe(2);
  });
});
