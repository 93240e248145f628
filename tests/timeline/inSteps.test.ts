import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import {
  prepareTimeline,
  prepareTimelineInSteps,
  queryTimeline,
  topicText,
} from "../../src/timeline/query.js";
import { buildTimeline } from "../../src/timeline/timeline.js";
import { topicsOfEvents, topicsOfEventsInSteps } from "../../src/timeline/topics.js";
import { MeaningMatcher } from "../../src/timeline/topicMatch.js";
import { timeSlices } from "../../src/timeSlices.js";

const events = buildTimeline(loadCorpus("corpus/articles"));
const TOPICS = [
  "flights",
  "Darchiev",
  "Darchiyev",
  "Istambul",
  "embasy",
  "banking and financing",
  "Istanbul talks",
  "visas",
  "zzzz",
];

/** A pause that counts its calls and never yields: the result must not depend on yielding. */
function counting(): { pause: () => Promise<void>; calls: () => number } {
  let n = 0;
  return { pause: () => ((n += 1), Promise.resolve()), calls: () => n };
}

describe("preparing the timeline in steps", () => {
  it("matches every topic as the timeline prepared at once does, pausing after each event", async () => {
    const { pause, calls } = counting();
    const stepped = await prepareTimelineInSteps(events, pause);
    const whole = prepareTimeline(events);
    for (const topic of TOPICS) {
      expect(queryTimeline(stepped, { topic }).events, topic).toEqual(
        queryTimeline(whole, { topic }).events,
      );
    }
    // Misspelt: found through the close spellings of the texts.
    expect(queryTimeline(stepped, { topic: "Istambul" }).events.length).toBeGreaterThan(0);
    expect(calls()).toBeGreaterThanOrEqual(events.length * 3);
  });

  it("builds the same meaning matcher with the answer engine's senses", async () => {
    const texts = events.map(topicText);
    const expand = (word: string) => (word === "air" ? [{ stem: "flight", weight: 0.9 }] : []);
    const stepped = await MeaningMatcher.inSteps(texts, expand, counting().pause);
    const whole = new MeaningMatcher(texts, expand);
    for (const topic of [...TOPICS, "air"]) {
      expect(stepped.matching(topic), topic).toEqual(whole.matching(topic));
    }
  });

  it("finds the same topics, in the same order, as topicsOfEvents", async () => {
    const { pause, calls } = counting();
    expect(await topicsOfEventsInSteps(events, pause)).toEqual(topicsOfEvents(events));
    expect(calls()).toBe(events.length);
  });
});

describe("time slices", () => {
  it("let other work run at a pause once the slice is used up", async () => {
    const pause = timeSlices(0);
    let ranBetween = false;
    setImmediate(() => (ranBetween = true));
    await pause();
    expect(ranBetween).toBe(true);
  });

  it("keep working without yielding while the slice lasts", async () => {
    const pause = timeSlices(60_000);
    let ranBetween = false;
    setImmediate(() => (ranBetween = true));
    for (let i = 0; i < 100; i++) await pause();
    expect(ranBetween).toBe(false);
  });
});
