import { describe, expect, it } from "vitest";
import { cleanRaw } from "../../src/corpus/clean.js";
import { dateLine, datelineAtStart, outletInLine, siteNamedIn } from "../../src/corpus/metadataLines.js";
import { latestReportedDate, pageMetadata, yearAnchors, yearFromAnchors } from "../../src/corpus/metadata.js";
import { outletName } from "../../src/corpus/outlets.js";

const noWords = () => false;

describe("date lines", () => {
  it.each([
    ["08 Apr 2025, 22:47 GMT+10", { year: 2025, month: 4, day: 8 }],
    ["February 28, 2025", { year: 2025, month: 2, day: 28 }],
    ["Published: 3 March 2024 10:00", { year: 2024, month: 3, day: 3 }],
    ["Updated 2023-11-05 14:20 UTC", { year: 2023, month: 11, day: 5 }],
  ])("reads %j as the date it states", (line, expected) => {
    expect(dateLine(line)).toMatchObject(expected);
  });

  it("does not take a sentence that mentions a date for a date line", () => {
    expect(dateLine("The talks took place on February 27, 2025.")).toBeNull();
  });
});

describe("datelines", () => {
  it("reads an agency dateline with a slash tag and no year", () => {
    expect(datelineAtStart("ISTANBUL, April 10. /TASS/. The delegations met.")).toMatchObject({
      place: "ISTANBUL",
      outlet: "TASS",
      date: { year: null, month: 4, day: 10 },
    });
  });

  it("reads a wire-service dateline with a year and a dash", () => {
    const d = datelineAtStart("WASHINGTON, Jan 5, 2024 (AP) — The State Department said");
    expect(d).toMatchObject({ outlet: "AP", date: { year: 2024, month: 1, day: 5 } });
  });

  it("does not read an ordinary opening sentence as a dateline", () => {
    expect(datelineAtStart("Russian and U.S. diplomats held talks Thursday.")).toBeNull();
  });
});

describe("outlets", () => {
  it("reads credits and host lines", () => {
    expect(outletInLine("(Reuters)")).toBe("Reuters");
    expect(outletInLine("example-news.org")).toBe("example-news.org");
    expect(outletInLine("(2 min read)")).toBeNull();
  });

  it("gives known outlets their display name, subdomains included, and passes others through", () => {
    expect(outletName("tass.com")).toBe("TASS");
    expect(outletName("en.kommersant.ru")).toBe("Kommersant");
    expect(outletName("Northern Wire")).toBe("Northern Wire");
  });

  it("finds the republishing site named in syndication boilerplate", () => {
    expect(siteNamedIn("Get a daily dose of Baltic Herald news through our email.")).toBe("Baltic Herald");
  });
});

describe("pageMetadata", () => {
  it("infers the outlet and the date from the URL, and marks both inferred", () => {
    const clean = cleanRaw(
      "Headline Of The Story Here\n\nThe ministry said the talks went well.\n\nhttps://www.reuters.com/world/2024/06/03/story\n",
      noWords,
    );
    const meta = pageMetadata(clean);
    expect(meta.outlet).toBe("Reuters");
    expect(meta.date).toMatchObject({ year: 2024, month: 6, day: 3 });
    expect([...meta.inferred].sort()).toEqual(["outlet", "published"]);
  });

  it("takes a stated by-line date as stated, not inferred", () => {
    const meta = pageMetadata(cleanRaw("A Title For The Piece\nMay 2, 2024\nThe talks ended.\n", noWords));
    expect(meta.date).toMatchObject({ year: 2024, month: 5, day: 2 });
    expect(meta.inferred.has("published")).toBe(false);
  });

  it("leaves the outlet empty when nothing names it", () => {
    expect(pageMetadata(cleanRaw("The talks ended on May 3.\n", noWords)).outlet).toBe("");
  });
});

describe("dates from content", () => {
  it("takes the latest date reported as past, ignoring what will happen", () => {
    const body = "The sides met on March 3. They met again on March 20. They will meet on April 30.";
    expect(latestReportedDate(body)).toMatchObject({ month: 3, day: 20 });
  });

  it("borrows the year that dated articles give to the same days", () => {
    const anchors = yearAnchors([
      { body: "The first round was on February 27 in Istanbul.", published: "2025-04-08" },
      { body: "Talks were held February 27.", published: "2025-02-28" },
    ]);
    const undated = { year: null, month: 4, day: 10, text: "April 10" };
    expect(yearFromAnchors("The previous round took place on February 27.", undated, anchors)).toBe(2025);
  });

  it("finds no year when nothing in the corpus anchors the days mentioned", () => {
    const anchors = yearAnchors([{ body: "Talks on June 1.", published: "2023-06-02" }]);
    expect(yearFromAnchors("Met on May 5.", { year: null, month: 5, day: 5, text: "" }, anchors)).toBeNull();
  });
});
