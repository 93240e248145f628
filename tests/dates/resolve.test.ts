import { describe, expect, it } from "vitest";
import { findTimeExpressions, findVagueTimeExpressions } from "../../src/dates/resolve.js";

/** The one mention in text, as [text, date, dateEnd?, precision]. */
function only(text: string, ref: string): [string, string, string | undefined, string] {
  const found = findTimeExpressions(text, ref);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  const m = found[0]!;
  return [m.text, m.date, m.dateEnd, m.precision];
}

describe("absolute dates without a year", () => {
  it("a past day earlier in the year falls in the publication year", () => {
    expect(only("The first meeting took place on February 27.", "2025-04-10")).toEqual([
      "February 27",
      "2025-02-27",
      undefined,
      "day",
    ]);
  });

  it("a past day later in the year than publication falls in the previous year", () => {
    expect(only("The envoy arrived on December 3.", "2025-02-28")[1]).toBe("2024-12-03");
  });

  it("a planned day earlier in the year than publication falls in the next year", () => {
    expect(only("The sides will meet again on January 15.", "2025-04-10")[1]).toBe("2026-01-15");
  });

  it("a planned day later in the same year stays in the publication year", () => {
    expect(only("The delegations will meet on May 5.", "2025-04-10")[1]).toBe("2025-05-05");
  });

  it("a day-first date is read the same as month-first", () => {
    expect(only("They met on 18 February in Riyadh.", "2025-04-08")[1]).toBe("2025-02-18");
  });

  it("a day written with its year keeps that year whatever the tense", () => {
    expect(only("They will look back at February 27, 2024.", "2025-04-10")[1]).toBe("2024-02-27");
  });

  it("an abbreviated month with a day is a day", () => {
    expect(only("Talks were held on Feb. 27 behind closed doors.", "2025-04-10")[1]).toBe(
      "2025-02-27",
    );
  });

  it("the same day as publication counts as past for a report", () => {
    expect(only("Delegations met in Istanbul on April 10.", "2025-04-10")[1]).toBe("2025-04-10");
  });
});

describe("months", () => {
  it("a past month after the publication month is last year's", () => {
    expect(only("In November, the newspaper reported the appointment.", "2025-02-28")).toEqual([
      "November",
      "2024-11",
      undefined,
      "month",
    ]);
  });

  it("a month in a reported plan ('said they would meet in September') is the one to come", () => {
    expect(
      only("The ministry said the sides would meet again in September.", "2024-06-14")[1],
    ).toBe("2024-09");
  });

  it("a past month before the publication month is this year's", () => {
    expect(only("Trump took office in January.", "2025-04-08")[1]).toBe("2025-01");
  });

  it("the publication month itself counts for a report", () => {
    expect(only("In February, he was director of the department.", "2025-02-28")[1]).toBe(
      "2025-02",
    );
  });

  it("a month with a written year is that month at month precision", () => {
    expect(only("The embassy reopened in April 2023.", "2025-04-10")).toEqual([
      "April 2023",
      "2023-04",
      undefined,
      "month",
    ]);
  });

  it("the end of a month is the month, not its last day", () => {
    const [, date, , precision] = only("The deal was signed at the end of March.", "2025-04-10");
    expect([date, precision]).toEqual(["2025-03", "month"]);
  });

  it("lower-case may and march are verbs, not months", () => {
    expect(findTimeExpressions("Russia may march ahead with the plan.", "2025-04-10")).toEqual([]);
  });

  it("an abbreviated month alone is not taken for a date", () => {
    expect(findTimeExpressions("Jan Kowalski said the talks were useful.", "2025-04-10")).toEqual(
      [],
    );
  });
});

describe("weekdays", () => {
  it("a past weekday is the latest such day before publication", () => {
    // 2025-02-28 is a Friday.
    expect(only("Diplomats held talks Thursday in Istanbul.", "2025-02-28")[1]).toBe("2025-02-27");
  });

  it("a past weekday equal to the publication weekday is the publication day", () => {
    expect(only("On Friday, the spokeswoman said officials agreed.", "2025-02-28")[1]).toBe(
      "2025-02-28",
    );
  });

  it("a planned weekday equal to the publication weekday is the publication day", () => {
    // 2025-04-10 is a Thursday.
    expect(only("Delegations will meet in Istanbul on Thursday.", "2025-04-10")[1]).toBe(
      "2025-04-10",
    );
  });

  it("a planned weekday is the next such day", () => {
    expect(only("The delegations will meet on Monday.", "2025-04-10")[1]).toBe("2025-04-14");
  });

  it("last Friday excludes the publication day itself", () => {
    expect(only("He spoke to reporters last Friday.", "2025-02-28")[1]).toBe("2025-02-21");
  });

  it("an attribution after a comma does not make a plan a report", () => {
    expect(
      only("Moscow will host the third round in early May, officials said.", "2025-04-16")[1],
    ).toBe("2025-05");
  });

  it("a future marker near the weekday beats a past one further away", () => {
    const found = findTimeExpressions(
      "The ministry confirmed that the delegations will meet on Tuesday.",
      "2025-04-10",
    );
    expect(found.map((m) => m.date)).toEqual(["2025-04-15"]);
  });

  it("habitual plurals are not days", () => {
    expect(findTimeExpressions("The consulate is closed on Sundays.", "2025-04-10")).toEqual([]);
  });
});

describe("relative expressions", () => {
  it("last month is the previous calendar month at month precision", () => {
    expect(only("Since taking office last month, Trump sought a reset.", "2025-02-28")).toEqual([
      "last month",
      "2025-01",
      undefined,
      "month",
    ]);
  });

  it("last month in January is December of the year before", () => {
    expect(only("They met last month.", "2025-01-15")[1]).toBe("2024-12");
  });

  it("last week is the Monday-to-Sunday week before, a range of days", () => {
    // 2025-04-08 is a Tuesday.
    expect(only("Plans were first announced last week.", "2025-04-08")).toEqual([
      "last week",
      "2025-03-31",
      "2025-04-06",
      "day",
    ]);
  });

  it("yesterday is the day before publication", () => {
    expect(only("The talks ended yesterday.", "2025-03-01")[1]).toBe("2025-02-28");
  });

  it("a counted number of days ago is a day", () => {
    expect(only("The envoy arrived two days ago.", "2025-04-10")[1]).toBe("2025-04-08");
  });

  it("last year is the previous year at year precision", () => {
    expect(only("Relations worsened last year.", "2025-04-10")).toEqual([
      "last year",
      "2024",
      undefined,
      "year",
    ]);
  });

  it("the last year is a stretch of time, not the calendar year", () => {
    expect(findTimeExpressions("Ties improved over the last year.", "2025-04-10")).toEqual([]);
  });

  it("an approximate count ago is not dated", () => {
    expect(findTimeExpressions("They last met about three years ago.", "2025-04-10")).toEqual([]);
  });
});

describe("years and ranges", () => {
  it("a bare year after 'in' is a year", () => {
    expect(only("In 2016, the administration expelled 35 diplomats.", "2025-02-28")).toEqual([
      "2016",
      "2016",
      undefined,
      "year",
    ]);
  });

  it("between two years is a year range", () => {
    expect(only("Six properties were seized between 2016 and 2018.", "2025-02-28")).toEqual([
      "between 2016 and 2018",
      "2016",
      "2018",
      "year",
    ]);
  });

  it("a dashed short year range borrows the century", () => {
    expect(only("Staff were cut in 2016–18.", "2025-02-28").slice(1)).toEqual([
      "2016",
      "2018",
      "year",
    ]);
  });

  it("a decade is a ten-year range", () => {
    expect(only("Relations thawed in the 1990s.", "2025-02-28").slice(1)).toEqual([
      "1990",
      "1999",
      "year",
    ]);
  });

  it("a four-digit count is not a year", () => {
    expect(findTimeExpressions("The ministry employs about 2000 people.", "2025-02-28")).toEqual(
      [],
    );
  });

  it("money and percentages are not years", () => {
    expect(findTimeExpressions("It cost $2016 and rose 2020%.", "2025-02-28")).toEqual([]);
  });

  it("a year inside a full date is not counted again", () => {
    const found = findTimeExpressions("The story ran on February 28, 2025.", "2025-03-01");
    expect(found.map((m) => [m.text, m.date])).toEqual([["February 28, 2025", "2025-02-28"]]);
  });

  it("a day range inside one month keeps both days", () => {
    expect(only("Talks ran between February 18 and 27.", "2025-04-10")).toEqual([
      "between February 18 and 27",
      "2025-02-18",
      "2025-02-27",
      "day",
    ]);
  });

  it("a past day range across New Year ends in the publication year", () => {
    expect(only("Talks ran from December 28 to January 3.", "2025-02-10").slice(1, 3)).toEqual([
      "2024-12-28",
      "2025-01-03",
    ]);
  });
});

describe("vague expressions", () => {
  it("in the coming days names no date and points to the future", () => {
    const text = "The next round will take place in the coming days.";
    expect(findTimeExpressions(text, "2025-04-08")).toEqual([]);
    expect(findVagueTimeExpressions(text)).toEqual([
      {
        start: text.indexOf("in the"),
        end: text.indexOf("."),
        text: "in the coming days",
        direction: "future",
      },
    ]);
  });

  it("in the near term names no date", () => {
    expect(
      findTimeExpressions('They plan a follow-up meeting "in the near term".', "2025-02-28"),
    ).toEqual([]);
  });

  it("in recent years and over the past decade are stretches pointing back", () => {
    const text = "In recent years ties frayed; over the past decade staff were cut.";
    expect(findTimeExpressions(text, "2025-04-08")).toEqual([]);
    expect(findVagueTimeExpressions(text).map((v) => v.direction)).toEqual(["past", "past"]);
  });

  it("shortly after an event is not a plan", () => {
    expect(findVagueTimeExpressions("Flights were suspended shortly after the invasion.")).toEqual(
      [],
    );
  });
});

describe("reference date", () => {
  it("without a reference only self-dated expressions are placed", () => {
    const found = findTimeExpressions("In 2016 and on Thursday and in November they met.", "");
    expect(found.map((m) => m.date)).toEqual(["2016"]);
  });
});
