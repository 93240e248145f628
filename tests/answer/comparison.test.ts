import { describe, expect, it } from "vitest";
import { comparisonAsked } from "../../src/answer/comparison.js";
import { askerOver } from "./kinds/helpers.js";

const rounds = [
  {
    id: "m1",
    outlet: "Harbour News",
    body: "The March round of the fisheries talks was held at the Harbour Hall in Bergen.",
  },
  {
    id: "m2",
    outlet: "Harbour News",
    body: "The June round of the fisheries talks was held at the Ruritanian consulate in Bergen.",
  },
];

describe("questions comparing two events", () => {
  it("reads the compared thing, the two events and the event noun", () => {
    expect(comparisonAsked("Was the June round held at the same venue as the March one?")).toEqual({
      attribute: "where",
      events: ["June", "March"],
      noun: "round",
      questions: ["Where was the June round held?", "Where was the March round held?"],
    });
    expect(
      comparisonAsked("Did the date of the second Oslo round change from the first?")?.noun,
    ).toBe("round");
  });

  it("is no comparison without two events or without something compared", () => {
    expect(comparisonAsked("Was the June round held at the same venue?")).toBeNull();
    expect(comparisonAsked("Were the March and June talks the same?")).toBeNull();
    expect(comparisonAsked("Where was the June round held?")).toBeNull();
  });

  it("says no, with each event's answer and source, when the two differ", () => {
    const a = askerOver(rounds)("Was the June round held at the same venue as the March one?");
    expect(a.short).toBe("No");
    expect(a.answer).toContain("Harbour Hall");
    expect(a.answer).toContain("Ruritanian consulate");
  });

  it("says the sources differ when an article reports no change against the others", () => {
    const a = askerOver([
      ...rounds,
      {
        id: "m3",
        outlet: "Daily Courier",
        body: "The venue of the June round of the fisheries talks will remain unchanged from March, officials said.",
      },
    ])("Did the venue of the fisheries talks change between March and June?");
    expect(a.short).toBe("The sources differ");
    expect(a.sources.map((s) => s.outlet)).toContain("Daily Courier");
  });
});

describe("one event's venue against an article saying it stayed as before", () => {
  const articles = [
    ...rounds,
    {
      id: "m3",
      outlet: "Daily Courier",
      body: "The venue and format of the June round will remain unchanged from a previous round in March, the ministry said.",
    },
  ];

  it("shows both versions when the earlier event was held elsewhere", () => {
    const a = askerOver(articles)("Where was the June round held?");
    expect(a.short).toBe("The sources differ");
    expect(a.answer).toContain("Ruritanian consulate");
    expect(a.answer).toContain("remain unchanged from a previous round in March");
    expect(a.answer).toContain("Harbour Hall");
  });

  it("gives the one venue when the question asks one outlet's account", () => {
    const a = askerOver(articles)("According to Harbour News, where was the June round held?");
    expect(a.short).not.toBe("The sources differ");
    expect(a.answer).toContain("Ruritanian consulate");
  });

  it("gives the one venue when the earlier event was held there too", () => {
    const same = [
      rounds[1]!,
      {
        id: "m1",
        outlet: "Harbour News",
        body: "The March round of the fisheries talks was held at the Ruritanian consulate in Bergen.",
      },
      articles[2]!,
    ];
    const a = askerOver(same)("Where was the June round held?");
    expect(a.short).not.toBe("The sources differ");
    expect(a.answer).toContain("Ruritanian consulate");
  });
});
