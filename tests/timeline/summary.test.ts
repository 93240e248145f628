import { describe, expect, it } from "vitest";
import { SUMMARY_MAX_CHARS, summarise } from "../../src/timeline/summary.js";

describe("summaries", () => {
  it("a short sentence is its own summary", () => {
    const s = "Diplomats met in Istanbul on February 27.";
    expect(summarise(s, s.indexOf("February"), s.indexOf("."))).toBe(s);
  });

  it("a long sentence is cut to the clause around the date, marked as cut, quoted exactly", () => {
    const filler = Array.from({ length: 30 }, (_, i) => `point ${i}`).join(", ");
    const s = `After long preparations, ${filler}, the sides met in Geneva on March 3, and they ${filler}.`;
    const start = s.indexOf("March 3");
    const summary = summarise(s, start, start + 7);
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_MAX_CHARS + 2);
    expect(summary).toContain("March 3");
    expect(summary.startsWith("…")).toBe(true);
    expect(s).toContain(summary.replace(/^…/, "").replace(/…$/, ""));
  });
});
