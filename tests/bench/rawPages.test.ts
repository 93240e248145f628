import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rawPages } from "../../bench/corpora/rawPages.js";
import { parseArticle } from "../../src/corpus/frontMatter.js";
import { ingest } from "../../src/corpus/ingest.js";

describe("rawPages", () => {
  it("gives the same pages for the same seed, a larger corpus extending a smaller one", () => {
    const small = rawPages(5, 11);
    expect(rawPages(8, 11).slice(0, 5)).toEqual(small);
    expect(rawPages(5, 12)).not.toEqual(small);
  });

  it("dresses pieces as pages ingest cleans back to headline, date, outlet and text", () => {
    const root = mkdtempSync(join(tmpdir(), "raw-pages-"));
    const raw = join(root, "raw");
    mkdirSync(raw);
    const pages = rawPages(30, 2025);
    for (const page of pages) writeFileSync(join(raw, page.file), page.text);
    const out = join(root, "articles");
    const report = ingest({ rawDir: raw, articlesDir: out });
    expect(report.problems).toEqual([]);
    for (const page of pages) {
      const parsed = parseArticle(
        readFileSync(join(out, page.file.replace(/\.txt$/, ".md")), "utf8"),
      );
      if (!parsed.ok) throw new Error(parsed.problem);
      expect(page.text).toContain(`# ${parsed.meta.title}`);
      expect(parsed.meta.title).toMatch(/^State of the Union \d{4}/);
      expect(parsed.meta.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(["Reuters", "AP", "AFP", "Interfax"]).toContain(parsed.meta.outlet);
      expect(parsed.body).not.toMatch(/Share|Advertisement|newsletter|©/);
    }
  });
});
