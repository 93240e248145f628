import { describe, expect, it } from "vitest";
import { cleanRaw } from "../../src/corpus/clean.js";
import {
  authorLine,
  bylineDates,
  bylineParts,
  copyrightHolder,
  dateLine,
  datelineAtStart,
  dayFirstOn,
  outletInLine,
  siteNamedIn,
  urlInLine,
} from "../../src/corpus/metadataLines.js";
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

describe("by-line dates in the forms news pages write them", () => {
  it.each([
    ["Thursday, 20 February 2025", "2025-02-20"],
    ["March 3, 2025 4:18 PM GMT", "2025-03-03"],
    ["Tue 6 May 2025 09.00 EDT", "2025-05-06"],
    ["Jan. 5, 2025", "2025-01-05"],
    ["Sept. 14, 2024, 6:02 a.m. ET", "2024-09-14"],
    ["2025-04-09T06:30:00Z", "2025-04-09"],
    ["Posted on 16/02/2025 by Jane Roe", "2025-02-16"],
    ["Published 10 Apr 2025, 14:30 UTC | Updated 11 Apr 2025, 09:00 UTC", "2025-04-10"],
    ["Updated Friday, 11 April 2025 · Published Thursday, 10 April 2025", "2025-04-10"],
  ])("reads %j as published on %s, before any update", (line, iso) => {
    const d = dateLine(line);
    expect(d && `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`).toBe(iso);
  });

  it("labels each date of a two-date by-line", () => {
    const dates = bylineDates("Published 10 Apr 2025 · Updated 11 Apr 2025");
    expect(dates.map((d) => d.label)).toEqual(["published", "updated"]);
  });

  it.each(["Updated 2 hours ago", "5:02 PM GMT", "an hour ago", "The sides met on May 2, 2024 in Vienna."])(
    "does not take %j for a by-line date",
    (line) => {
      expect(bylineDates(line)).toEqual([]);
    },
  );

  it("reads numeric dates in the order the page's unambiguous ones show", () => {
    expect(dayFirstOn("Posted 16/02/2025 … 05/03/2025")).toBe(true);
    expect(dayFirstOn("Posted 02/16/2025 … 05/03/2025")).toBe(false);
    expect(dateLine("05/03/2025", false)).toMatchObject({ month: 5, day: 3 });
    expect(dateLine("05/03/2025", true)).toMatchObject({ month: 3, day: 5 });
  });
});

describe("outlets named on the page", () => {
  it("reads the outlet after the author in a by-line", () => {
    expect(authorLine("By Jane Roe | Northern Post")).toEqual({ author: "Jane Roe", outlet: "Northern Post" });
    expect(authorLine("By Jane Roe, Moscow correspondent")).toMatchObject({ outlet: null });
    expect(authorLine("By the end of the day, the talks had stalled.")).toBeNull();
  });

  it.each([
    ["© 2025 Northern Post. All rights reserved.", "Northern Post"],
    ["Copyright © 2024 The Harbour Gazette, Halifax, Nova Scotia.", "The Harbour Gazette"],
    ["© Eastern Wire Pty Ltd 2025", "Eastern Wire"],
    ["© 2025 The Valley Desk · Powered by WordPress", "The Valley Desk"],
  ])("reads the holder of %j", (line, holder) => {
    expect(copyrightHolder(line)).toBe(holder);
  });

  it("reads an agency dateline with a hyphen", () => {
    expect(datelineAtStart("GENEVA, March 3 (Reuters) - The sides agreed.")).toMatchObject({
      outlet: "Reuters",
      date: { month: 3, day: 3, year: null },
    });
  });
});

describe("pageMetadata from the page's own evidence", () => {
  const page = (...lines: string[]) => pageMetadata(cleanRaw(lines.join("\n"), noWords));
  const body =
    "The two governments agreed on Monday to restore full diplomatic relations after talks in the capital.";

  it("takes the by-line below the headline, not the masthead's date of today", () => {
    const meta = page(
      "Harbour Gazette",
      "Wednesday, 23 April 2025",
      "Home",
      "Ministers agree to restore embassy staff after talks",
      "22 Apr 2025, 07:15 CET",
      body,
    );
    expect(meta.title).toBe("Ministers agree to restore embassy staff after talks");
    expect(meta.date).toMatchObject({ year: 2025, month: 4, day: 22 });
    expect(meta.evidence.published?.line).toBe("22 Apr 2025, 07:15 CET");
  });

  it("never takes a share row, a breadcrumb or a cookie notice for the title", () => {
    const meta = page(
      "We use cookies to improve your experience. Accept all",
      "Home > World > Europe",
      "Share",
      "Copy link",
      "Ministers agree to restore embassy staff after talks",
      "Thursday, 20 February 2025",
      body,
    );
    expect(meta.title).toBe("Ministers agree to restore embassy staff after talks");
  });

  it("credits the outlet a credit line names over the site's copyright, and records the site", () => {
    const meta = page("A headline about the embassy talks", "May 2, 2025", body, "(RiverNews.com)", "© 2025 Valley Aggregator");
    expect(meta.outlet).toBe("RiverNews.com");
    expect(meta.evidence.outlet).toEqual({ line: "(RiverNews.com)", how: "a credit line" });
    expect(meta.republishedBy).toBe("Valley Aggregator");
  });

  it("takes the outlet from a by-line, then from the copyright line", () => {
    expect(page("A headline about the embassy talks", "By Jane Roe | Northern Post", body).outlet).toBe(
      "Northern Post",
    );
    const meta = page("A headline about the embassy talks", "May 2, 2025", body, "© 2025 Northern Post Ltd.");
    expect(meta.outlet).toBe("Northern Post");
    expect(meta.inferred.has("outlet")).toBe(true);
  });

  it("gives a dateline's yearless date the page's copyright year, and says so", () => {
    const meta = page(`VIENNA, March 3 (Reuters) - ${body}`, "© 2024 Reuters");
    expect(meta.date).toMatchObject({ year: 2024, month: 3, day: 3 });
    expect(meta.evidence.published?.how).toContain("copyright year");
  });

  it("gives a yearless date the year of the URL before anything else", () => {
    const meta = page(`VIENNA, March 3 (Reuters) - ${body}`, "https://example.test/2023/03/03/talks", "© 2024 Reuters");
    expect(meta.date?.year).toBe(2023);
  });
});

describe("more by-line and dateline forms", () => {
  it("reads a by-line of parts: author, outlet, dates, a relative time", () => {
    expect(bylineParts("By Jane Roe | Published 10 Apr 2025, 14:30 UTC | Updated 2 hours ago")).toMatchObject({
      author: "Jane Roe",
      outlet: null,
      dates: [{ year: 2025, month: 4, day: 10, label: "published" }],
    });
    expect(bylineParts("By Jane Roe · Valley Post · May 2, 2025")).toMatchObject({ outlet: "Valley Post" });
    expect(bylineParts("Officials said the talks went well | more")).toBeNull();
  });

  it("reads a title-case place in a dateline only with a date and a dash", () => {
    expect(datelineAtStart("Geneva, March 3 (Reuters) - The sides agreed.")).toMatchObject({ outlet: "Reuters" });
    expect(datelineAtStart("Mr Smith (Labour) said the talks went well.")).toBeNull();
  });

  it("gives a yearless by-line date the year its text reports, checked against its weekday", () => {
    const body =
      "Talks that began in 2024 resumed on Tuesday in the capital, and officials said the sides agreed on visas.";
    // 4 March was a Tuesday in 2025, not in 2024.
    const meta = pageMetadata(cleanRaw(["A headline about the embassy talks", "Tuesday, March 4", body].join("\n"), noWords));
    expect(meta.date).toMatchObject({ year: 2025, month: 3, day: 4 });
    const plain = pageMetadata(cleanRaw(["A headline about the embassy talks", "March 4", body].join("\n"), noWords));
    expect(plain.date?.year).toBe(2024);
  });
});

describe("names and links in their usual wrappings", () => {
  const body = "The two governments agreed on Monday to restore full relations after talks in the capital.";

  it("names the outlet as its masthead does when the copyright holder adds a company word", () => {
    const meta = pageMetadata(
      cleanRaw(["Valley Courier", "Envoys agree to restore embassy staff", "May 2, 2025", body, "© 2025 Valley Courier Media Ltd."].join("\n"), noWords),
    );
    expect(meta.outlet).toBe("Valley Courier");
  });

  it("strips a legal form from the copyright holder", () => {
    expect(copyrightHolder("© 2025 Continental Post SA. All rights reserved.")).toBe("Continental Post");
  });

  it("reads a labelled permalink as the page's URL", () => {
    expect(urlInLine("Permalink: https://valley.test/2024/06/12/talks")).toEqual({
      url: "https://valley.test/2024/06/12/talks",
    });
  });
});

describe("an outlet from a breadcrumb trail", () => {
  const body = "The two governments agreed on Monday to restore full relations after talks in the capital.";
  const meta = (crumb: string) =>
    pageMetadata(cleanRaw([crumb, "Envoys agree to restore embassy staff", "May 2, 2025", body].join("\n"), noWords));

  it("takes the trail's first step when it is the site, as an inference", () => {
    const m = meta("Valley Post › World › Europe");
    expect(m.outlet).toBe("Valley Post");
    expect(m.inferred.has("outlet")).toBe(true);
  });

  it("takes nothing from a trail that starts at Home", () => {
    expect(meta("Home > World > Europe").outlet).toBe("");
  });
});
