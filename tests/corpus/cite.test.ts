import { describe, expect, it } from "vitest";
import { fieldEvidence } from "../../src/corpus/cite.js";
import { makeArticle } from "../fixtures/articles.js";

describe("fieldEvidence", () => {
  it("splits what ingest recorded into how the field was found and the page's own line", () => {
    const article = makeArticle("Text.", {
      evidence: { published: "the page's date line: 14 Jun 2024, 09:30 GMT+2" },
    });
    expect(fieldEvidence(article, "published")).toEqual({
      how: "the page's date line",
      line: "14 Jun 2024, 09:30 GMT+2",
    });
  });

  it("keeps a colon inside the line as part of it", () => {
    const article = makeArticle("Text.", {
      evidence: { published: "the page's date line: Updated: June 14, 2024" },
    });
    expect(fieldEvidence(article, "published")?.line).toBe("Updated: June 14, 2024");
  });

  it("gives nothing for a field with no record, or one carried over from the copy's original", () => {
    const copy = makeArticle("Text.", {
      duplicateOf: "orig",
      evidence: { outlet: "the copy's original: orig" },
    });
    expect(fieldEvidence(copy, "outlet")).toBeUndefined();
    expect(fieldEvidence(makeArticle("Text."), "outlet")).toBeUndefined();
  });
});
