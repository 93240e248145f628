import { describe, expect, it } from "vitest";
import { dateInterval, parseDay, precisionOf, shiftMonth } from "../../src/dates/calendar.js";

describe("calendar", () => {
  it("an impossible day is rejected", () => {
    expect(parseDay("2025-02-29")).toBeNull();
    expect(parseDay("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it("shifting back a month from January lands in December of the year before", () => {
    expect(shiftMonth(2025, 1, -1)).toEqual({ year: 2024, month: 12 });
  });

  it("a month covers its first to its last day", () => {
    expect(dateInterval("2024-02")).toEqual({ first: "2024-02-01", last: "2024-02-29" });
    expect(dateInterval("2016")).toEqual({ first: "2016-01-01", last: "2016-12-31" });
  });

  it("precision is read from the shape of the date", () => {
    expect(["2016", "2025-02", "2025-02-27", "2025-13", "27 Feb"].map(precisionOf)).toEqual([
      "year",
      "month",
      "day",
      null,
      null,
    ]);
  });
});
