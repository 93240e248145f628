import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { captionsOf } from "../../src/corpus/captions.js";
import { parseArticle, serializeArticle } from "../../src/corpus/frontMatter.js";
import { ingest } from "../../src/corpus/ingest.js";
import { loadCorpus } from "../../src/corpus/load.js";
import { restoreCorpus, snapshotCorpus } from "../../src/corpus/snapshot.js";
import { makeArticle, makeCorpus } from "../fixtures/articles.js";

const caption = (line: string) => ({ line, reason: "photo caption or credit" });

describe("captionsOf", () => {
  it("splits a caption from the credit that ends its line, each exactly as written", () => {
    expect(captionsOf([caption("Ferry crews leave the harbour office in Oslo. Jan Berg / Nordic Wire")])).toEqual([
      { text: "Ferry crews leave the harbour office in Oslo.", credit: "Jan Berg / Nordic Wire" },
    ]);
  });

  it("pairs a credit alone on its line with the caption line after it", () => {
    expect(
      captionsOf([caption("Photo: Jan Berg/Nordic Wire"), caption("Ferry crews at the harbour office")]),
    ).toEqual([{ text: "Ferry crews at the harbour office", credit: "Photo: Jan Berg/Nordic Wire" }]);
  });

  it("keeps no line removed for another reason", () => {
    expect(captionsOf([{ line: "Share on Facebook", reason: "share buttons" }])).toEqual([]);
  });
});

describe("captions through ingest, the article file and the index snapshot", () => {
  it("a caption line kept out of the body is written to the front matter and read back", () => {
    const dir = mkdtempSync(join(tmpdir(), "captions-"));
    const raw = join(dir, "raw");
    const out = join(dir, "articles");
    mkdirSync(raw);
    writeFileSync(
      join(raw, "a.txt"),
      [
        "## Ferry talks resume in Oslo",
        "",
        "June 14, 2024",
        "",
        "Ferry crews leave the harbour office in Oslo. Jan Berg / Nordic Wire",
        "",
        "Delegations from Ruritania and Freedonia met in Oslo on Thursday to discuss ferry routes, officials said. The talks lasted four hours and ended without an agreement on fares.",
        "",
        "Both sides agreed to meet again in July, the Ruritanian ministry said in a statement on Friday.",
      ].join("\n"),
    );
    ingest({ rawDir: raw, articlesDir: out });
    const parsed = parseArticle(readFileSync(join(out, "a.md"), "utf8"));
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.meta.captions).toEqual([
      { text: "Ferry crews leave the harbour office in Oslo.", credit: "Jan Berg / Nordic Wire" },
    ]);
    expect(parsed.body).not.toContain("Jan Berg");
    expect(loadCorpus(out).articles[0]?.captions?.[0]?.credit).toBe("Jan Berg / Nordic Wire");
  });

  it("an article without captions writes no captions field", () => {
    const a = makeArticle("The talks lasted four hours.", { id: "n1" });
    expect(serializeArticle(a, a.body)).not.toContain("captions");
  });

  it("a restored index snapshot keeps an article's captions", () => {
    const a = makeArticle("The talks lasted four hours.", {
      id: "c1",
      captions: [{ text: "Crews at the office.", credit: "Jan Berg / Nordic Wire" }],
    });
    const restored = restoreCorpus(snapshotCorpus(makeCorpus([a])));
    expect(restored.articles[0]?.captions).toEqual(a.captions);
  });
});
