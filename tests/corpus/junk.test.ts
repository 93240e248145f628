import { describe, expect, it } from "vitest";
import { isHeadlineLike, isTitleCase, junkReason } from "../../src/corpus/junk.js";

describe("junkReason", () => {
  it.each([
    ["Subscribe now and get 3 months free", "subscription, advertising or site notice"],
    ["Sign up for our weekly newsletter", "subscription, advertising or site notice"],
    ["© 2025 Example Daily. All rights reserved.", "subscription, advertising or site notice"],
    ["Copyright 2024 Northern Wire Service", "subscription, advertising or site notice"],
    ["Advertisement", "subscription, advertising or site notice"],
    ["We use cookies. By continuing you accept our cookie policy.", "subscription, advertising or site notice"],
    ["Share", "share button"],
    ["WhatsApp", "share button"],
    ["Read more: Kremlin comments on the sanctions", "related-content link"],
    ["See also - Embassy staff cuts explained", "related-content link"],
    ["[World] - Floods close the main road to the airport", "related headline with a section tag"],
    ["Lawmakers in the regional parliament approved the budget after a long...", "teaser cut off with an ellipsis"],
    ["Diplomats said the talks would resume next month …", "teaser cut off with an ellipsis"],
    ["* * *", "punctuation only"],
    ["The ambassador arrives at the ministry. Jane Roe / Reuters", "photo caption or credit"],
    ["Delegates at the table (AP Photo/John Smith)", "photo caption or credit"],
  ])("calls %j junk (%s)", (line, reason) => {
    expect(junkReason(line)).toBe(reason);
  });

  it.each([
    "The ministry said the sides agreed to continue dialogue through diplomatic channels.",
    '"We will not sign up to any deal that ignores our concerns," the minister said.',
    "According to the newsletter, the embassy reopened its consular section in May.",
    "Russian and U.S. diplomats held talks Thursday in Istanbul.",
  ])("keeps article sentence %j", (line) => {
    expect(junkReason(line)).toBeNull();
  });
});

describe("headline shape", () => {
  it("recognises a title-case line without closing punctuation as a headline", () => {
    const line = "Embassy Staff Return to Work After Long Dispute";
    expect(isHeadlineLike(line) && isTitleCase(line)).toBe(true);
  });

  it("does not take a sentence cut at a comma for a headline", () => {
    expect(isHeadlineLike("The talks covered visas, banking and staffing levels,")).toBe(false);
  });

  it("does not take a sentence-case fragment for a title-case headline", () => {
    expect(isTitleCase("the sides discussed the return of seized properties and flights")).toBe(false);
  });
});

describe("navigation", () => {
  it.each(["Home | World | Europe", "News › Politics › Diplomacy"])("calls breadcrumb %j junk", (line) => {
    expect(junkReason(line)).toBe("navigation breadcrumb");
  });
});
