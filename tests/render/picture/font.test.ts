import { describe, expect, it } from "vitest";
import { fitText, textWidth, wrapText } from "../../../src/render/picture/font.js";

describe("measuring text in the shipped font", () => {
  it("wider text measures wider, and bold wider than regular", () => {
    expect(textWidth("Istanbul talks", 12)).toBeGreaterThan(textWidth("Istanbul", 12));
    expect(textWidth("Istanbul", 12, "bold")).toBeGreaterThan(textWidth("Istanbul", 12));
    expect(textWidth("Istanbul", 24)).toBeCloseTo(2 * textWidth("Istanbul", 12), 5);
  });

  it("text that fits is kept whole; text that does not is cut at a word and ends with …", () => {
    expect(fitText("Direct flights", 400, 12)).toBe("Direct flights");
    const cut = fitText("Russian diplomats proposed the restoration of direct flights", 150, 12);
    expect(cut.endsWith("…")).toBe(true);
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(150);
    expect("Russian diplomats proposed the restoration".startsWith(cut.slice(0, -1))).toBe(true);
  });

  it("wrapping keeps every line within the width and at most the lines asked for", () => {
    const text =
      "Specifically, Moscow is seeking the return of six Russian-owned properties seized between 2016 and 2018, Zakharova said.";
    const lines = wrapText(text, 200, 12, 2);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(200);
    expect(lines[1]!.endsWith("…")).toBe(true);
    expect(wrapText("Short.", 200, 12, 2)).toEqual(["Short."]);
  });
});
