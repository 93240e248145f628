import { describe, expect, it } from "vitest";
import { buildTimeline } from "../../src/timeline/build.js";
import { queryTimeline } from "../../src/timeline/query.js";
import type { TimelineEvent } from "../../src/timeline/types.js";
import { makeArticle, makeCorpus } from "../fixtures/articles.js";

const friday = { published: "2025-02-28" }; // day after Thursday 27 February
const april = { published: "2025-04-10" };

describe("building the timeline", () => {
  it("the same meeting reported by two articles in different words is one entry citing both", () => {
    const corpus = makeCorpus([
      makeArticle("Russian and U.S. diplomats held talks Thursday in Istanbul.", {
        id: "a",
        ...friday,
      }),
      makeArticle("A previous round of talks was held on February 27 in Istanbul.", {
        id: "b",
        ...april,
      }),
    ]);
    const timeline = buildTimeline(corpus);
    expect(timeline).toHaveLength(1);
    expect(timeline[0]).toMatchObject({ date: "2025-02-27", precision: "day", status: "happened" });
    expect(timeline[0]!.sources.map((s) => s.articleId)).toEqual(["a", "b"]);
  });

  it("a duplicate copy of a story never adds a source", () => {
    const text = "Russian and U.S. diplomats held talks Thursday in Istanbul.";
    const original = makeArticle(text, { id: "orig", ...friday });
    const copy = makeArticle(text, { id: "copy", duplicateOf: "orig", ...friday });
    const timeline = buildTimeline({
      articles: [original, copy],
      duplicates: [copy],
      problems: [],
    });
    expect(timeline).toHaveLength(1);
    expect(timeline[0]!.sources.map((s) => s.articleId)).toEqual(["orig"]);
  });

  it("an article reporting the same meeting twice is cited once", () => {
    const corpus = makeCorpus([
      makeArticle(
        "Diplomats met in Istanbul on February 27. The February 27 meeting in Istanbul lasted six hours.",
        { id: "a", ...april },
      ),
    ]);
    const timeline = buildTimeline(corpus);
    expect(timeline).toHaveLength(1);
    expect(timeline[0]!.sources).toHaveLength(1);
  });

  it("a coarser mention of the same meeting joins the precise entry instead of adding one", () => {
    const corpus = makeCorpus([
      makeArticle("Diplomats met in Istanbul on February 27.", { id: "a", ...april }),
      makeArticle("The February round was held at the consul's residence in Istanbul.", {
        id: "b",
        ...april,
      }),
    ]);
    const timeline = buildTimeline(corpus);
    expect(timeline.map((e) => [e.date, e.precision])).toEqual([["2025-02-27", "day"]]);
    expect(timeline[0]!.sources.map((s) => s.articleId)).toEqual(["a", "b"]);
  });

  it("meetings on the same day in different places stay apart", () => {
    const corpus = makeCorpus([
      makeArticle("Delegations met in Riyadh on February 18.", { id: "a", ...april }),
      makeArticle("Grain negotiators met in Geneva on February 18.", { id: "b", ...april }),
    ]);
    expect(buildTimeline(corpus)).toHaveLength(2);
  });

  it("unrelated happenings on the same day stay apart", () => {
    const corpus = makeCorpus([
      makeArticle("Antonov returned to Moscow in October.", { id: "a", ...friday }),
      makeArticle("A court jailed a blogger in October.", { id: "b", ...friday }),
    ]);
    expect(buildTimeline(corpus)).toHaveLength(2);
  });

  it("a plan later reported as held is one happened entry summarised by the report", () => {
    const corpus = makeCorpus([
      makeArticle("Delegations will meet in Istanbul on Thursday for a second round.", {
        id: "plan",
        ...april,
      }),
      makeArticle("Delegations met in Istanbul on April 10 for closed-door talks.", {
        id: "held",
        ...april,
      }),
    ]);
    const [event] = buildTimeline(corpus);
    expect(event).toMatchObject({ date: "2025-04-10", status: "happened" });
    expect(event!.summary).toBe("Delegations met in Istanbul on April 10 for closed-door talks.");
    expect(event!.sources.map((s) => s.articleId).sort()).toEqual(["held", "plan"]);
  });

  it("a plan reported only as a plan stays scheduled", () => {
    const corpus = makeCorpus([
      makeArticle("Delegations will meet in Istanbul on Thursday for a second round.", {
        id: "plan",
        ...april,
      }),
    ]);
    expect(buildTimeline(corpus)[0]!.status).toBe("scheduled");
  });

  it("events are in date order, a year before a month before a day that start together", () => {
    const corpus = makeCorpus([
      makeArticle(
        "On January 1, the embassy reopened its consular section. In January, the ministry expelled two attachés. In 2025, the consulate issued new visas.",
        { id: "a", published: "2025-03-01" },
      ),
      makeArticle("In 2016, the administration expelled 35 diplomats.", {
        id: "b",
        published: "2025-03-01",
      }),
    ]);
    expect(buildTimeline(corpus).map((e) => e.date)).toEqual([
      "2016",
      "2025",
      "2025-01",
      "2025-01-01",
    ]);
  });

  it("sources quote the exact sentence and carry the article's metadata", () => {
    const body =
      "Background first.\n\nDiplomats held talks Thursday in Istanbul on embassy staffing. More later.";
    const article = makeArticle(body, {
      id: "mt",
      title: "Talks",
      outlet: "The Moscow Times",
      ...friday,
    });
    const [event] = buildTimeline(makeCorpus([article]));
    expect(event!.sources).toEqual([
      {
        articleId: "mt",
        title: "Talks",
        outlet: "The Moscow Times",
        published: "2025-02-28",
        url: "https://example.test/mt",
        passage: "Diplomats held talks Thursday in Istanbul on embassy staffing.",
      },
    ]);
    expect(body).toContain(event!.summary);
  });
});

describe("saving the timeline", () => {
  it("events read back from JSON are the events, and answer queries alike", () => {
    const corpus = makeCorpus([
      makeArticle(
        [
          "Six properties were seized between 2016 and 2018, the spokeswoman said.",
          "Russian and U.S. diplomats held talks Thursday in Istanbul on direct flights.",
          "Delegations will meet in Istanbul on Thursday for a second round.",
        ].join("\n\n"),
        { id: "a", ...friday, url: null },
      ),
    ]);
    const events = buildTimeline(corpus);
    expect(events.some((e) => e.dateEnd !== undefined)).toBe(true);
    const saved: TimelineEvent[] = JSON.parse(JSON.stringify(events)) as TimelineEvent[];
    expect(saved).toStrictEqual(events);
    for (const query of [{}, { topic: "flights" }, { from: "2025-01-01" }]) {
      expect(queryTimeline(saved, query)).toStrictEqual(queryTimeline(events, query));
    }
  });
});
