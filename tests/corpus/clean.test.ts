import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanRaw, normalizeText } from "../../src/corpus/clean.js";

const page = readFileSync("tests/fixtures/unseen-page.txt", "utf8");
const words = new Set("told reporters the a".split(" "));
const clean = cleanRaw(page, (w) => words.has(w.toLowerCase()));

describe("cleaning a page from an outlet not seen before", () => {
  it("takes the markdown heading as the title", () => {
    expect(clean.title).toBe("Embassy Talks End With Promise of Another Round");
  });

  it("keeps exactly the article's paragraphs, repaired", () => {
    expect(clean.body.split("\n\n")).toEqual([
      "Negotiators from the two capitals met for five hours in Vienna on Monday, officials said. The meeting was the third this year.",
      'Visas were the main topic, a diplomat told reporters after the talks, adding that a new round would follow "in the coming weeks."',
      "Negotiators did not discuss the conflict, the ministry said.",
    ]);
  });

  it("records the dateline, the time stamp and the outlet as metadata", () => {
    expect(clean.hints.dateline?.outlet).toBe("Reuters");
    expect(clean.hints.dateline?.date).toMatchObject({ month: 3, day: 11, year: null });
    expect(clean.hints.dates[0]).toMatchObject({ year: 2024, month: 3, day: 12 });
  });

  it("says why each line was removed", () => {
    const reasons = new Set(clean.removed.map((r) => r.reason));
    for (const reason of [
      "share button",
      "related-content link",
      "in a block of related or popular links",
      "dateline",
    ]) {
      expect(reasons).toContain(reason);
    }
  });
});

describe("normalizeText", () => {
  it("drops HTML tags and decodes entities without touching the words", () => {
    expect(normalizeText("He <u>said</u> &quot;yes&quot; &amp; left&#46;").text).toBe('He said "yes" & left.');
  });

  it("turns non-breaking spaces and CRLF into plain ones and removes zero-width characters", () => {
    expect(normalizeText("a\u00A0b\r\nc\u200Bd").text).toBe("a b\ncd");
  });

  it("keeps a markdown link's text and drops its target", () => {
    expect(normalizeText("see [the statement](https://example.test/x) today").text).toBe(
      "see the statement today",
    );
  });
});

describe("normalizeText with the HTML standard's entities", () => {
  it("decodes any named entity, and a non-breaking one to a plain space", () => {
    expect(normalizeText("Chungar&aacute;&ndash;Tambo&nbsp;Quemado &hellip;").text).toBe("Chungará–Tambo Quemado …");
  });

  it("leaves a name that is no entity as written", () => {
    expect(normalizeText("said &constructor; twice").text).toBe("said &constructor; twice");
  });
});
