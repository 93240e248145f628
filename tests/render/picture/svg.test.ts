import { describe, expect, it } from "vitest";
import { shortDateRange, timelineSvg } from "../../../src/render/picture/svg.js";
import { renderTimelinePicture } from "../../../src/render/picture/timelinePicture.js";
import type { TimelineEvent } from "../../../src/timeline/types.js";
import { pngProblems } from "../../e2e/png.js";

const source = {
  articleId: "a",
  title: "t",
  outlet: "RT",
  published: "2025-04-08",
  url: null,
  passage: "p",
};

function event(partial: Partial<TimelineEvent> & Pick<TimelineEvent, "date">): TimelineEvent {
  return {
    precision: "day",
    summary: "Delegations met in Istanbul.",
    status: "happened",
    sources: [source],
    ...partial,
  };
}

const count = (svg: string, pattern: RegExp) => (svg.match(pattern) ?? []).length;

describe("the timeline drawing", () => {
  it("draws a day as a dot, a range as a bar and a month or a year as a band", () => {
    const { svg } = timelineSvg(
      [
        event({ date: "2016", precision: "year", summary: "In 2016, diplomats were expelled." }),
        event({ date: "2016", dateEnd: "2018", precision: "year", summary: "Properties seized." }),
        event({ date: "2025-02-27", summary: "Talks in Istanbul." }),
      ],
      { title: "T" },
    );
    // One dot for the day (the legend draws two more circles).
    expect(count(svg, /<circle /g)).toBe(3);
    expect(count(svg, /height="8" rx="4"/g)).toBe(2); // the range bar and the legend's
    expect(count(svg, /height="20" rx="3"/g)).toBe(1); // the year band
  });

  it("draws a scheduled event hollow and dashed, labelled as scheduled", () => {
    const { svg, texts } = timelineSvg(
      [event({ date: "2025-05", precision: "month", status: "scheduled" })],
      { title: "T" },
    );
    expect(count(svg, /stroke-dasharray="3 2"/g)).toBe(2); // the event and the legend's sample
    expect(texts).toContain("Scheduled: Delegations met in Istanbul.");
  });

  it("shows the date, the number of sources and the topic", () => {
    const { texts } = timelineSvg(
      [event({ date: "2025-04-10", sources: [source, { ...source, articleId: "b" }] })],
      { title: "T", about: "about flights" },
    );
    expect(texts).toEqual(
      expect.arrayContaining(["10 Apr 2025", "2 sources", "1 event about flights"]),
    );
  });

  it("draws corpus and user text as outlines only, without control characters", () => {
    const { svg, texts } = timelineSvg(
      [event({ date: "2025-04-10", summary: "A <b> & \u0000 done" })],
      { title: "T", about: "about <script>&\u0007" },
    );
    expect(svg).not.toMatch(/<text|<b>|<script>/);
    expect(svg.includes("\u0000") || svg.includes("\u0007")).toBe(false);
    expect(texts).toEqual(expect.arrayContaining(["A <b> & done", "1 event about <script>&"]));
  });

  it("says which events of how many it shows when given a page", () => {
    const { texts } = timelineSvg([event({ date: "2025-04-10" })], {
      title: "T",
      count: "Events 6–10 of 12",
      about: "about flights",
    });
    expect(texts).toContain("Events 6–10 of 12 about flights");
  });

  it("says a range's shared year once", () => {
    expect(shortDateRange("2025-03-31", "2025-04-06")).toBe("31 Mar – 6 Apr 2025");
    expect(shortDateRange("2016", "2018")).toBe("2016 – 2018");
    expect(shortDateRange("2024-12", "2025-01")).toBe("Dec 2024 – Jan 2025");
  });
});

describe("the timeline picture", () => {
  it("is a valid PNG under 1 MB with alt text within Discord's limit, even for 100 events", () => {
    const events = Array.from({ length: 100 }, (_, i) =>
      event({
        date: `20${String(10 + (i % 15)).padStart(2, "0")}-0${1 + (i % 9)}-1${i % 10}`,
        summary: `Event number ${i} with a long description of what the delegations discussed and agreed in Istanbul.`,
      }),
    );
    const picture = renderTimelinePicture(events, { about: "about everything" });
    expect(pngProblems(picture.png).problems).toEqual([]);
    expect(picture.png.length).toBeLessThan(1024 * 1024);
    expect(picture.description.length).toBeLessThanOrEqual(1024);
    expect(picture.description).toMatch(/^Timeline chart of 100 events about everything, /);
  });

  it("with no events is still a picture that says so", () => {
    const picture = renderTimelinePicture([], {});
    expect(pngProblems(picture.png).problems).toEqual([]);
    expect(picture.description).toBe("Timeline chart: no events.");
  });
});
