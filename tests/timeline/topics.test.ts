import { describe, expect, it } from "vitest";
import { MAX_SUGGESTIONS, suggestTopics, topicsOfEvents } from "../../src/timeline/topics.js";
import { buildTimeline } from "../../src/timeline/build.js";
import type { TimelineEvent } from "../../src/timeline/types.js";
import { makeArticle, makeCorpus } from "../fixtures/articles.js";

const corpus = makeCorpus([
  makeArticle(
    [
      "Russian Foreign Minister Sergey Lavrov announced the talks last week.",
      "On February 27, diplomats met in Istanbul and discussed direct flights.",
      "Last month, delegations met in Saudi Arabia on the Black Sea Grain Initiative.",
      "In November, the newspaper Kommersant reported that Russia had tapped Darchiyev.",
    ].join("\n\n"),
    { id: "a", published: "2025-04-10" },
  ),
]);

describe("timeline topics", () => {
  const topics = topicsOfEvents(buildTimeline(corpus));

  it("people, places and subjects named in events are topics", () => {
    expect(topics).toEqual(
      expect.arrayContaining([
        "Sergey Lavrov",
        "Istanbul",
        "Saudi Arabia",
        "Black Sea Grain Initiative",
        "Kommersant",
        "Darchiyev",
        "flights",
      ]),
    );
  });

  it("titles and sentence openers are not topics", () => {
    for (const t of [
      "Russian Foreign Minister Sergey Lavrov",
      "Minister",
      "On",
      "Last",
      "February",
    ]) {
      expect(topics).not.toContain(t);
    }
  });

  it("suggestions start with topics that have a word beginning with the typed text", () => {
    expect(suggestTopics(topics, "lav", 5)[0]).toBe("Sergey Lavrov");
  });

  it("a misspelled name still finds its topic", () => {
    expect(suggestTopics(topics, "Darchiev", 5)).toContain("Darchiyev");
  });

  it("an empty entry offers topics up to the limit", () => {
    expect(suggestTopics(topics, "", 3)).toEqual(topics.slice(0, 3));
  });

  it("never more than Discord's 25 choices, and none for a non-positive limit", () => {
    const many = Array.from({ length: 60 }, (_, i) => `Topic ${i}`);
    expect(suggestTopics(many, "topic", 100)).toHaveLength(MAX_SUGGESTIONS);
    expect(suggestTopics(many, "topic", 0)).toEqual([]);
    expect(suggestTopics(many, "topic", -3)).toEqual([]);
  });
});

describe("topics of events", () => {
  const event = (summary: string): TimelineEvent => ({
    date: "2025-02-27",
    precision: "day",
    summary,
    status: "happened",
    sources: [],
  });

  it("a surname is counted with the first full name ending in it, most frequent first", () => {
    const topics = topicsOfEvents([
      event("Spokeswoman Maria Zakharova said so."),
      event("Spokeswoman Anna Zakharova said so."),
      event("Zakharova said it again."),
      event("Kommersant reported it in Istanbul."),
      event("Istanbul hosted the talks."),
      event("They met in Türkiye."),
      event("They met in Turkiye."),
      event("They met in Turkiye."),
    ]);
    expect(topics).toEqual([
      "Turkiye",
      "Istanbul",
      "Maria Zakharova",
      "Anna Zakharova",
      "Kommersant",
    ]);
  });

  it("takes the events as they are, without building the timeline again", () => {
    expect(topicsOfEvents([])).toEqual([]);
  });
});
