import { describe, expect, it } from "vitest";
import { buildAxis, daySpan, epochDay } from "../../../src/render/picture/axis.js";

const span = (date: string, dateEnd?: string) => daySpan(date, dateEnd)!;

describe("the picture's date axis", () => {
  it("a year, a month and a day span the days they cover", () => {
    expect(span("2016").end - span("2016").start).toBe(366);
    expect(span("2025-02").end - span("2025-02").start).toBe(28);
    expect(span("2025-02-27").end - span("2025-02-27").start).toBe(1);
    expect(span("2016", "2018").end - span("2016").start).toBe(366 + 365 + 365);
  });

  it("breaks across a long empty gap and gives a dense cluster room", () => {
    const spans = [
      span("2016"),
      span("2025-02-18"),
      span("2025-02-27"),
      span("2025-03-10"),
      span("2025-04-10"),
    ];
    const axis = buildAxis(spans, 0, 1000);
    expect(axis.stretches).toHaveLength(2);
    expect(axis.breaks).toHaveLength(1);
    // Two days nine days apart are far enough apart to tell from each other.
    const gap = axis.x(epochDay("2025-02-27")) - axis.x(epochDay("2025-02-18"));
    expect(gap).toBeGreaterThan(20);
  });

  it("keeps one linear axis when the events are evenly spread", () => {
    const spans = ["2025-01-05", "2025-02-05", "2025-03-05", "2025-04-05"].map((d) => span(d));
    const axis = buildAxis(spans, 0, 1000);
    expect(axis.breaks).toEqual([]);
    const xs = spans.map((s) => axis.x(s.start));
    expect(xs[1]! - xs[0]!).toBeCloseTo(xs[3]! - xs[2]!, -1);
  });

  it("places later days further right, within the bounds, with ticks inside them", () => {
    const spans = [span("2016"), span("2022"), span("2024-10"), span("2025-04-10")];
    const axis = buildAxis(spans, 100, 900);
    const days = [
      span("2016").start,
      span("2022").start,
      span("2024-10").start,
      span("2025-04-10").end,
    ];
    const xs = days.map((d) => axis.x(d));
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    for (const x of [...xs, ...axis.ticks.map((t) => t.x)]) {
      expect(x).toBeGreaterThanOrEqual(100);
      expect(x).toBeLessThanOrEqual(900);
    }
    expect(axis.ticks.length).toBeGreaterThanOrEqual(3);
  });

  it("a single day is widened to a readable stretch rather than a point", () => {
    const axis = buildAxis([span("2025-04-10")], 0, 500);
    const s = axis.stretches[0]!;
    expect(s.end - s.start).toBeGreaterThanOrEqual(21);
    expect(axis.x(epochDay("2025-04-10"))).toBeGreaterThan(100);
    expect(axis.x(epochDay("2025-04-10"))).toBeLessThan(400);
  });
});
