import { describe, expect, it } from "vitest";
import { addressesReader, isCodeLike, lineCue, stopwordShare } from "../../src/corpus/boilerplate.js";
import { cleanRaw } from "../../src/corpus/clean.js";

const noWords = () => false;

describe("code-like lines", () => {
  it.each([
    "{{ article.related.headline }}Embassy tower opens to visa applicants",
    "window.__INITIAL_STATE__.page.meta.relatedArticles[0].titleRail link delayed",
    "4. undefined",
    "null",
  ])("calls %j a template leak", (line) => {
    expect(isCodeLike(line)).toBe(true);
    expect(lineCue(line)?.reason).toBe("template or script leak");
  });

  it.each([
    "The U.S. embassy said the talks, e.g. on visas, went well.",
    "The ministry posted the text on www.example.gov.uk on Monday.",
    "Repairs will cost about 3.5 million pesos, officials said.",
  ])("does not call %j code", (line) => {
    expect(isCodeLike(line)).toBe(false);
  });
});

describe("cue lines", () => {
  it.each([
    ["Comments (3)", "terminal"],
    ["4 thoughts on “Why visa waits doubled”", "terminal"],
    ["About the author", "terminal"],
    ["Reporting by Jane Roe; Editing by John Doe", "terminal"],
    ["Tags: aviation, diplomacy", "terminal"],
    ["Most read", "soft"],
    ["More Regional News", "soft"],
    ["Read Next", "soft"],
  ])("reads %j as the header of a %s block", (line, block) => {
    expect(lineCue(line)?.block).toBe(block);
  });

  it.each([
    "Accept all",
    "You have 2 free articles remaining this month.",
    "Listen to this article · 4 min",
    "Advertisement · Scroll to continue",
    "Get the morning briefing in your inbox, free every weekday.",
    "This article was updated on 11 April to add comment from the chamber of commerce.",
  ])("calls %j chrome", (line) => {
    expect(lineCue(line)).not.toBeNull();
  });

  it("keeps a long line of reported text whatever cue words it uses", () => {
    const line =
      "The ministry said it would not subscribe to the declaration, and officials told reporters that the newsletter it issued on Monday was not an official position.";
    expect(lineCue(line)).toBeNull();
  });

  it("calls a long line chrome when it speaks to the reader", () => {
    const line =
      "Get a daily dose of Valley Star news through our daily email, it is free and keeps you fully up to date with world and business news as well.";
    expect(addressesReader(line)).toBe(true);
    expect(lineCue(line)).not.toBeNull();
  });

  it("measures the share of function words: high in prose, low in a menu", () => {
    expect(stopwordShare("The talks were held at the residence of the consul in the city.")).toBeGreaterThan(0.35);
    expect(stopwordShare("Politics Economy Mining Region")).toBe(0);
  });
});

describe("cleaning by position and block", () => {
  const story = [
    "The two governments agreed on Monday to restore full diplomatic relations after talks in the capital, officials said.",
    "Under the deal each side may keep up to 18 diplomats, and the visa section will reopen within a month of the signing.",
    "Officials said the next round would be held in June.",
  ];

  it("drops the page header above the story and a caption after a bare photo credit", () => {
    const clean = cleanRaw(
      [
        "Valley Post",
        "News from the valley since 1901",
        "Ministers agree to restore embassy staff after talks",
        "May 2, 2025",
        "Photo: Jane Roe/Reuters",
        "The embassy building in the capital.",
        ...story,
      ].join("\n"),
      noWords,
    );
    expect(clean.body.split("\n\n")).toEqual(story);
    const reasons = Object.fromEntries(clean.removed.map((r) => [r.line, r.reason]));
    expect(reasons["News from the valley since 1901"]).toBe("page header above the story");
    expect(reasons["The embassy building in the capital."]).toBe("photo caption or credit");
  });

  it("drops a block of links, then resumes at the next long paragraph of the story", () => {
    const resumed =
      "Business groups in both countries have complained for years that the delays discouraged short trips and trade missions, and they welcomed the agreement on Monday as a first step.";
    const clean = cleanRaw(
      [
        "Ministers agree to restore embassy staff after talks",
        "May 2, 2025",
        story[0],
        "Related Coverage",
        "Harbour authority adds 400 jobs",
        "Hotels report record bookings for the summer season.",
        resumed,
      ].join("\n"),
      noWords,
    );
    expect(clean.body.split("\n\n")).toEqual([story[0], resumed]);
  });

  it("drops everything after the comments begin, prose included", () => {
    const clean = cleanRaw(
      [
        "Ministers agree to restore embassy staff after talks",
        "May 2, 2025",
        ...story,
        "2 comments",
        "Ann B.",
        "My parents have waited two years to visit us, so any progress on visas is welcome to our whole family.",
      ].join("\n"),
      noWords,
    );
    expect(clean.body.split("\n\n")).toEqual(story);
  });

  it("never drops a story sentence that uses chrome's words", () => {
    const sentences = [
      "The ministry said it would share the text of the agreement with parliament next week, after both sides sign it.",
      "Comments by the ambassador on Monday were the first since the embassy closed, and they were welcomed in the capital.",
      "Officials said visitors would have to accept new rules on photographs and cookies brought across the border.",
      "Related talks on trade will follow in June, the ministry said.",
    ];
    const clean = cleanRaw(["Ministers agree to restore embassy staff after talks", "May 2, 2025", ...sentences].join("\n"), noWords);
    expect(clean.body.split("\n\n")).toEqual(sentences);
  });
});

describe("repetition", () => {
  it("drops a pull quote that repeats a sentence of the story", () => {
    const quote =
      '"We did not come to forget what happened," the deputy minister told reporters after the talks in the capital.';
    const clean = cleanRaw(
      [
        "Ministers agree to restore embassy staff after talks",
        "May 2, 2025",
        `The two governments agreed on Monday to restore full relations. ${quote}`,
        quote,
        "Officials said the next round would be held in June, in the same building as the first.",
      ].join("\n"),
      noWords,
    );
    expect(clean.body.split("\n\n")).toHaveLength(2);
    expect(clean.removed).toContainEqual({ line: quote, reason: "repeats the story's own text (pull quote)" });
  });
});

describe("rules from the held-out look, on constructed text", () => {
  const head = ["Ministers agree to restore embassy staff after talks", "May 2, 2025"];
  const first =
    "The two governments agreed on Monday to restore full diplomatic relations after talks in the capital, officials said.";
  const run = (...lines: string[]) => cleanRaw([...head, first, ...lines].join("\n"), noWords);

  it("drops a long caption that ends in its photo credit", () => {
    const caption =
      "The old consulate on the main avenue, photographed in January. The lights in its lobby run on a timer the ministry pays for. Photo: Jane Roe for the Valley Post";
    expect(run(caption).body).toBe(first);
  });

  it("drops a print-edition note", () => {
    const note = "This article appears in the May 2025 print edition under the headline “The Empty Consulate.”";
    expect(run(note).removed).toContainEqual({ line: note, reason: "editor's note" });
  });

  it("drops the blurb of a subscription box, not a sentence between an advert and an offer", () => {
    const blurb = "The essential news, every weekday at 7am. Free.";
    expect(run("Get the Valley Post's daily newsletter", blurb, "Enter your email", "Subscribe").body).toBe(first);
    const sentence = "Officials said the talks would resume.";
    expect(run("Advertisement", sentence, "Sign up for the morning newsletter").body).toBe(`${first}\n\n${sentence}`);
  });

  it("drops the author's bio closing the story, never a sentence about a reporter inside it", () => {
    const bio = "Jane Roe is a contributing writer at the Valley Post. She covers diplomacy from Vienna.";
    const about = "John Doe is a reporter for a local paper who was detained in March, his employer said.";
    expect(run(about, bio).body).toBe(`${first}\n\n${about}`);
  });

  it("does not join a headline to the story line after it on a page with a paragraph a line", () => {
    const headline = "Russia and Japan hold talks on fishing quotas in northern waters";
    const next = "The deputy minister added that direct flights would also be raised at the talks next week.";
    expect(run("Read also", headline, next).body).toBe(`${first}\n\n${next}`);
  });
});

describe("chrome inside the story", () => {
  const head = ["Ministers agree to restore embassy staff after talks", "May 2, 2025"];
  const first =
    "The two governments agreed on Monday to restore full diplomatic relations after talks in the capital, officials said.";

  it("drops a share row mid-story without the short paragraph after it", () => {
    const short = "Trade groups welcomed the announcement.";
    const clean = cleanRaw([...head, first, "Share this:", "Share Save Gift this article", short].join("\n"), noWords);
    expect(clean.body).toBe(`${first}\n\n${short}`);
  });

  it("resumes the story after a block of links at a paragraph of fifteen words or more", () => {
    const resumed = "The agreement was negotiated over eight months, mostly through the two consulates general, diplomats said.";
    const clean = cleanRaw([...head, first, "Most read", "Floods close the airport road", resumed].join("\n"), noWords);
    expect(clean.body).toBe(`${first}\n\n${resumed}`);
  });
});
