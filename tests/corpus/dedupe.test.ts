import { describe, expect, it } from "vitest";
import { containment, findDuplicates, shingles } from "../../src/corpus/dedupe.js";

const story =
  "Negotiators from the two capitals met for five hours in Vienna on Monday and agreed to continue talks on embassy staffing, visas and banking access for diplomats in both countries, officials said after the meeting ended late in the evening.";
const otherStory =
  "A regional court ordered the release of a local activist on Tuesday after prosecutors failed to present evidence, his lawyer told reporters outside the building, adding that an appeal was possible within ten days.";

describe("findDuplicates", () => {
  it("matches a badly scraped copy (broken lines, glued words, lost punctuation) to its clean twin", () => {
    const scraped = story.replace(" on Monday", "\non Monday").replace("told", "").replace("agreed to", "agreedto").replace(/,/g, "");
    const links = findDuplicates([
      { id: "clean", text: story, defectScore: 0 },
      { id: "scraped", text: scraped, defectScore: 5 },
    ]);
    expect(links).toEqual([{ id: "scraped", duplicateOf: "clean", similarity: expect.any(Number) }]);
  });

  it("keeps the copy with the lower defect score, whatever the order or the names", () => {
    const links = findDuplicates([
      { id: "a-first", text: story, defectScore: 9 },
      { id: "z-last", text: story, defectScore: 1 },
    ]);
    expect(links[0]).toMatchObject({ id: "a-first", duplicateOf: "z-last" });
  });

  it("does not link different stories on the same subject", () => {
    expect(
      findDuplicates([
        { id: "a", text: story, defectScore: 0 },
        { id: "b", text: otherStory, defectScore: 0 },
      ]),
    ).toEqual([]);
  });

  it("finds a copy that holds only part of the story", () => {
    const half = story.slice(0, story.length / 2);
    expect(containment(shingles(story), shingles(half))).toBeGreaterThan(0.9);
  });
});
