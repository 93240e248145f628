import { describe, expect, it } from "vitest";
import { buildTimeline } from "../../src/timeline/build.js";
import { TimelineQueryError, timelineMessages } from "../../src/timeline/messages.js";
import { overlapsRange, prepareTimeline, queryTimeline } from "../../src/timeline/query.js";
import type { TimelineEvent } from "../../src/timeline/types.js";
import { makeArticle, makeCorpus } from "../fixtures/articles.js";

const events = buildTimeline(
  makeCorpus([
    makeArticle(
      [
        "In 2016, the administration expelled 35 diplomats and closed two compounds.",
        "Six properties were seized between 2016 and 2018, the spokeswoman said.",
        "In November, a newspaper reported that Russia had tapped Darchiev as ambassador.",
        "On February 27, diplomats met in Istanbul and discussed restoring direct flights.",
        "Last month, delegations met in Riyadh on grain exports.",
      ].join("\n\n"),
      { id: "a", published: "2025-04-10" },
    ),
  ]),
);

const dates = (query: Parameters<typeof queryTimeline>[1]): string[] =>
  queryTimeline(events, query).events.map((e) => e.date);

describe("querying the timeline", () => {
  it("the constructed corpus has five dated events", () => {
    expect(events.map((e) => e.date)).toEqual(["2016", "2016", "2024-11", "2025-02-27", "2025-03"]);
  });

  it("a topic keeps only the events that mention it", () => {
    expect(dates({ topic: "flights" })).toEqual(["2025-02-27"]);
  });

  it("a topic matches other forms of the word", () => {
    expect(dates({ topic: "property" })).toEqual(["2016"]);
    expect(dates({ topic: "flight" })).toEqual(["2025-02-27"]);
  });

  it("a person's name matches another transliteration", () => {
    expect(dates({ topic: "Darchiyev" })).toEqual(["2024-11"]);
  });

  it("a topic no event mentions matches nothing", () => {
    expect(dates({ topic: "submarines" })).toEqual([]);
  });

  it("a from date drops the older history", () => {
    expect(dates({ from: "2025-01-01" })).toEqual(["2025-02-27", "2025-03"]);
  });

  it("a month-precision event overlaps a range that covers part of the month", () => {
    expect(dates({ from: "2025-03-31", to: "2025-04-30" })).toEqual(["2025-03"]);
  });

  it("a year range overlaps a range inside it", () => {
    expect(dates({ from: "2017-06-01", to: "2017-06-30" })).toEqual(["2016"]);
  });

  it("topic and range combine", () => {
    expect(dates({ topic: "diplomats", to: "2020-01-01" })).toEqual(["2016"]);
  });

  it("a malformed date is a user error with a clear message", () => {
    expect(() => queryTimeline(events, { from: "2025-02-30" })).toThrowError(
      new TimelineQueryError(timelineMessages.badDate("--from", "2025-02-30")),
    );
  });

  it("a range that ends before it starts is a user error", () => {
    expect(() => queryTimeline(events, { from: "2025-03-01", to: "2025-01-01" })).toThrowError(
      timelineMessages.fromAfterTo("2025-03-01", "2025-01-01"),
    );
  });
});

describe("range overlap", () => {
  const event = (date: string, dateEnd?: string): TimelineEvent => ({
    date,
    ...(dateEnd ? { dateEnd } : {}),
    precision: date.length === 4 ? "year" : date.length === 7 ? "month" : "day",
    summary: "",
    status: "happened",
    sources: [],
  });

  it("a day outside the range does not overlap", () => {
    expect(overlapsRange(event("2024-12-31"), "2025-01-01")).toBe(false);
  });

  it("a month ending on the first day of the range overlaps", () => {
    expect(overlapsRange(event("2024-12"), undefined, "2024-12-01")).toBe(true);
  });
});

describe("prepared timelines", () => {
  const queries = [
    {},
    { topic: "flights" },
    { topic: "Darchiyev" },
    { from: "2025-01-01" },
    { topic: "diplomats", to: "2020-01-01" },
  ];

  it("answer as the events themselves do", () => {
    const prepared = prepareTimeline(events);
    for (const query of queries) {
      expect(queryTimeline(prepared, query)).toEqual(queryTimeline([...events], query));
    }
  });

  it("an array changed after a query is prepared again, not answered from the old one", () => {
    const list = events.slice(0, 2);
    expect(queryTimeline(list, { topic: "flights" }).events).toEqual([]);
    list.push(events[3]!);
    expect(queryTimeline(list, { topic: "flights" }).events.map((e) => e.date)).toEqual([
      "2025-02-27",
    ]);
    list[2] = events[4]!;
    expect(queryTimeline(list, { topic: "flights" }).events).toEqual([]);
  });
});
