import { describe, expect, it } from "vitest";
import { formatExplained } from "../../src/cli/explainPage.js";

describe("formatExplained", () => {
  it("prints each field with the line it came from, then each dropped line with its reason", () => {
    const text = formatExplained(
      {
        rawFile: "page.txt",
        meta: {
          id: "page",
          title: "Envoys agree to restore embassy staff",
          outlet: "Valley Post",
          republishedBy: null,
          published: "2025-05-02",
          url: null,
          rawFile: "page.txt",
          duplicateOf: null,
          inferred: ["outlet"],
          evidence: {
            outlet: "the copyright holder: © 2025 Valley Post",
            published: "the page's date line: May 2, 2025",
          },
        },
        body: "One.\n\nTwo.",
        removed: [{ line: "Share", reason: "share button" }],
        warnings: ["url not found in the raw text; left empty"],
      },
      "corpus/articles/page.md",
    );
    expect(text).toContain("page.txt → corpus/articles/page.md (nothing written)");
    expect(text).toMatch(
      /outlet\s+Valley Post \(inferred\)\n\s+← the copyright holder: © 2025 Valley Post/,
    );
    expect(text).toMatch(/url\s+—/);
    expect(text).toContain('  - "Share" — share button');
    expect(text).toContain("body: 2 paragraphs");
    expect(text).toContain("  - url not found in the raw text; left empty");
  });
});
