import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { buildSearchIndex } from "../../src/search/build.js";
import { buildTimeline } from "../../src/timeline/build.js";
import { meaningFromIndex } from "../../src/timeline/meaning.js";
import { topicsOfEvents } from "../../src/timeline/topics.js";
import type { TimelineGold } from "../../src/timeline/gold.js";
import { prepareTimeline, queryTimeline } from "../../src/timeline/query.js";
import { loadTopicGold, runTopicEval, scoreTopics } from "../../src/timeline/topicEval.js";
import type { TimelineEvent } from "../../src/timeline/types.js";

const thresholds = JSON.parse(
  readFileSync(new URL("./timeline-topic-thresholds.json", import.meta.url), "utf8"),
) as { min: Record<string, number> };

describe("timeline topic eval on the corpus", () => {
  const corpus = loadCorpus();
  const index = buildSearchIndex(corpus);
  const { metrics, report } = runTopicEval(corpus, (events) => {
    const timeline = prepareTimeline(events, { expand: meaningFromIndex(index) });
    return (topic) => queryTimeline(timeline, { topic }).events;
  });

  it("the topic gold has at least 8 topics", () => {
    expect(loadTopicGold().topics.length).toBeGreaterThanOrEqual(8);
  });

  for (const [name, min] of Object.entries(thresholds.min)) {
    it(`${name} stays at or above ${min}`, () => {
      expect(metrics[name as keyof typeof metrics], report).toBeGreaterThanOrEqual(min);
    });
  }
});

describe("scoring topic filters", () => {
  const gold: TimelineGold = {
    events: [
      {
        id: "round",
        date: "2025-02-27",
        precision: "day",
        status: "happened",
        keywords: ["Istanbul"],
        articles: ["a"],
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
    junk: [],
  };
  const event = (date: string, summary: string): TimelineEvent => ({
    date,
    precision: "day",
    summary,
    status: "happened",
    sources: [],
  });
  const round = event("2025-02-27", "Met in Istanbul.");
  const riyadh = event("2025-02-18", "Met in Riyadh.");
  const topics = {
    topics: [
      { topic: "Istanbul", events: ["round"], acceptable: [] },
      { topic: "meetings", events: ["round", "riyadh"], acceptable: [] },
    ],
  };

  it("a filter returning exactly the gold scores full marks", () => {
    const filter = (t: string) => (t === "Istanbul" ? [round] : [round, riyadh]);
    const { metrics } = scoreTopics([round, riyadh], filter, topics, gold);
    expect(metrics).toMatchObject({ recall: 1, precision: 1 });
  });

  it("a missed event lowers recall and an event off the topic lowers precision", () => {
    const filter = (t: string) => (t === "Istanbul" ? [round, riyadh] : [round]);
    const { metrics, report } = scoreTopics([round, riyadh], filter, topics, gold);
    expect(metrics.recall).toBeCloseTo(2 / 3);
    expect(metrics.precision).toBeCloseTo(2 / 3);
    expect(report).toContain("missed: riyadh");
    expect(report).toContain("not about it: riyadh");
  });

  it("an acceptable event costs no precision and earns no recall", () => {
    const lenient = { topics: [{ topic: "Istanbul", events: ["round"], acceptable: ["riyadh"] }] };
    const { metrics } = scoreTopics([round, riyadh], () => [round, riyadh], lenient, gold);
    expect(metrics).toMatchObject({ recall: 1, precision: 1 });
  });
});

describe("autocomplete on the corpus", () => {
  const corpus = loadCorpus();
  const index = buildSearchIndex(corpus);
  const events = buildTimeline(corpus);
  const timeline = prepareTimeline(events, { expand: meaningFromIndex(index) });

  it("offers only topics that find events, and the topics of the gold among them", () => {
    const topics = topicsOfEvents(events);
    expect(topics.length).toBeGreaterThan(10);
    for (const topic of topics) {
      expect(queryTimeline(timeline, { topic }).events.length, topic).toBeGreaterThan(0);
    }
    const offered = topics.map((t) => t.toLowerCase());
    for (const word of ["flights", "propert", "sanctions", "visa", "darchiyev"]) {
      expect(
        offered.some((t) => t.includes(word)),
        word,
      ).toBe(true);
    }
  });
});
