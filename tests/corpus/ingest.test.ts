import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/frontMatter.js";
import { ingest } from "../../src/corpus/ingest.js";
import { corpusMessages } from "../../src/corpus/messages.js";
import { loadCorpus } from "../../src/corpus/load.js";

let dir: string;
let raw: string;
let out: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ingest-"));
  raw = join(dir, "raw");
  out = join(dir, "articles");
  cpSync("corpus/raw", raw, { recursive: true });
});

const meta = (id: string) => {
  const parsed = parseArticle(readFileSync(join(out, `${id}.md`), "utf8"));
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.meta;
};

describe("ingest of the seed articles", () => {
  it("yields four articles and one recorded duplicate", () => {
    const report = ingest({ rawDir: raw, articlesDir: out });
    expect(report.written).toHaveLength(5);
    const corpus = loadCorpus(out);
    expect(corpus.articles).toHaveLength(4);
    expect(corpus.duplicates).toHaveLength(1);
    expect(corpus.problems).toEqual([]);
  });

  it("dates and attributes each article, marking what was inferred", () => {
    ingest({ rawDir: raw, articlesDir: out });
    const byOutlet = Object.fromEntries(
      loadCorpus(out).articles.map((a) => [a.outlet || a.title, a]),
    );
    expect(byOutlet["TASS"]).toMatchObject({ published: "2025-04-10" });
    expect(byOutlet["RT"]).toMatchObject({ published: "2025-04-08", republishedBy: "St Petersburg Star" });
    expect(byOutlet["The Moscow Times"]).toMatchObject({ published: "2025-02-28", inferred: ["outlet"] });
    const toxic = loadCorpus(out).articles.find((a) => a.title.includes("toxic legacy"));
    expect(toxic).toMatchObject({ published: "2025-04-10", outlet: "" });
    expect(toxic?.inferred).toContain("published");
  });

  it("records the badly scraped copy as the duplicate of the clean one", () => {
    const report = ingest({ rawDir: raw, articlesDir: out });
    const link = report.duplicates[0];
    expect(link?.duplicateOf).toBe(loadCorpus(out).articles.find((a) => a.url?.includes("moscowtimes"))?.id);
    expect(meta(link!.id).inferred).toEqual(expect.arrayContaining(["title", "outlet", "published"]));
  });

  it("produces what corpus/articles holds, so the committed corpus is reproducible", () => {
    ingest({ rawDir: raw, articlesDir: out });
    for (const file of readdirSync("corpus/articles")) {
      expect(readFileSync(join(out, file), "utf8"), file).toBe(
        readFileSync(join("corpus/articles", file), "utf8"),
      );
    }
  });
});

describe("re-running ingest", () => {
  it("keeps a person's correction and drops the field from inferred", () => {
    ingest({ rawDir: raw, articlesDir: out });
    const file = join(out, "003_19be6032e25a7c0c.md");
    writeFileSync(file, readFileSync(file, "utf8").replace('outlet: ""', "outlet: Corrected Outlet"));
    writeFileSync(file, readFileSync(file, "utf8").replace("published: 2025-04-10", "published: 2025-04-11"));
    const report = ingest({ rawDir: raw, articlesDir: out });
    expect(meta("003_19be6032e25a7c0c")).toMatchObject({ outlet: "Corrected Outlet", published: "2025-04-11" });
    expect(meta("003_19be6032e25a7c0c").inferred).not.toContain("published");
    expect(report.warnings.some((w) => w.includes("keeping the reviewed outlet"))).toBe(true);
  });

  it("replaces corrections with --force", () => {
    ingest({ rawDir: raw, articlesDir: out });
    const file = join(out, "000_64aa857648530cb2.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("outlet: TASS", "outlet: Someone"));
    ingest({ rawDir: raw, articlesDir: out, force: true });
    expect(meta("000_64aa857648530cb2").outlet).toBe("TASS");
  });

  it("leaves unchanged files alone and no temporary files behind", () => {
    ingest({ rawDir: raw, articlesDir: out });
    const second = ingest({ rawDir: raw, articlesDir: out });
    expect(second.written).toEqual([]);
    expect(readdirSync(out).filter((f) => !f.endsWith(".md"))).toEqual([]);
  });
});

describe("bad raw files", () => {
  it("reports each by name and problem, and still ingests the rest", () => {
    writeFileSync(join(raw, "empty.txt"), "");
    writeFileSync(join(raw, "binary.txt"), Buffer.from([0x89, 0x50, 0x00, 0x01]));
    writeFileSync(join(raw, "latin1.txt"), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    writeFileSync(join(raw, "chrome-only.txt"), "Share\nSubscribe to our newsletter\n");
    const report = ingest({ rawDir: raw, articlesDir: out });
    expect(report.problems).toEqual([
      { file: "binary.txt", problem: "the file is binary (it contains NUL bytes), not text" },
      { file: "chrome-only.txt", problem: "the file has no article text" },
      { file: "empty.txt", problem: "the file is empty" },
      { file: "latin1.txt", problem: "the file is not valid UTF-8 text" },
    ]);
    expect(loadCorpus(out).articles).toHaveLength(4);
  });
});

describe("adding an article nobody has seen", () => {
  it("ingests a page from a new outlet with new junk, as the README describes", () => {
    cpSync("tests/fixtures/unseen-page.txt", join(raw, "northern-wire-vienna.txt"));
    ingest({ rawDir: raw, articlesDir: out });
    const article = loadCorpus(out).articles.find((a) => a.id === "northern-wire-vienna");
    expect(article).toMatchObject({
      title: "Embassy Talks End With Promise of Another Round",
      outlet: "Reuters",
      published: "2024-03-12",
      duplicateOf: null,
    });
    expect(article?.body).not.toMatch(/Share|newsletter|Trending|©/);
    expect(existsSync(join(out, "northern-wire-vienna.md"))).toBe(true);
  });
});

describe("re-ingesting only what changed", () => {
  let cache: string;
  beforeEach(() => {
    cache = join(dir, "cache");
  });
  const again = () => ingest({ rawDir: raw, articlesDir: out, cacheDir: cache });
  /** What an ingest from nothing gives for the raw files as they are now. */
  const fromScratch = () => {
    const fresh = join(dir, "fresh");
    ingest({ rawDir: raw, articlesDir: fresh });
    return Object.fromEntries(readdirSync(fresh).map((f) => [f, readFileSync(join(fresh, f), "utf8")]));
  };
  const articles = () =>
    Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), "utf8")]));

  it("does not clean again a raw file unchanged since the last ingest", () => {
    const first = again();
    expect(first.cleaned).toHaveLength(5);
    const second = again();
    expect(second.cleaned).toEqual([]);
    expect(second.reused).toHaveLength(5);
    expect(second.written).toEqual([]);
    expect(second.duplicates).toEqual(first.duplicates);
    expect(second.warnings).toEqual(first.warnings);
  });

  it("cleans a changed raw file again and gives what an ingest from nothing gives", () => {
    again();
    const file = join(raw, "002_d7f67081e882b37a.txt");
    writeFileSync(file, `${readFileSync(file, "utf8")}\nThe ministry later confirmed the date of the next round.\n`);
    const report = again();
    expect(report.cleaned).toEqual(["002_d7f67081e882b37a.txt"]);
    expect(report.written).toEqual([join(out, "002_d7f67081e882b37a.md")]);
    expect(articles()).toEqual(fromScratch());
  });

  it("cleans a file again when a new file makes a glued word in it splittable", () => {
    writeFileSync(
      join(raw, "vienna.txt"),
      "# Talks Resume In Vienna\n\nMinister Brekovich arrived in Vienna on Monday for another round.\n\n" +
        "The talks went well, Brekovichsaid after the meeting ended late in the evening.\n",
    );
    again();
    expect(readFileSync(join(out, "vienna.md"), "utf8")).toContain("Brekovichsaid");
    writeFileSync(join(raw, "profile.txt"), "# A Profile\n\nBrekovich has led the delegation since 2021.\n");
    const report = again();
    expect(report.cleaned).toEqual(["profile.txt", "vienna.txt"]);
    expect(readFileSync(join(out, "vienna.md"), "utf8")).toContain("Brekovich said");
    expect(articles()).toEqual(fromScratch());
  });

  it("cleans a file again when its article's body was edited by hand", () => {
    again();
    const file = join(out, "000_64aa857648530cb2.md");
    writeFileSync(file, `${readFileSync(file, "utf8")}\nA paragraph added by hand.\n`);
    const report = again();
    expect(report.cleaned).toEqual(["000_64aa857648530cb2.txt"]);
    expect(articles()).toEqual(fromScratch());
  });

  it("cleans every file again when the manifest was written by other code", () => {
    again();
    const manifest = join(cache, "ingest-manifest.json");
    writeFileSync(manifest, readFileSync(manifest, "utf8").replace(/"version":"[0-9a-f]+"/, '"version":"old"'));
    expect(again().cleaned).toHaveLength(5);
  });
});

describe("a missing year", () => {
  const story = (names: string, extra = "") =>
    `Envoys ${names} met in Vienna on March 3 to discuss embassy staffing. ${extra}The talks lasted six hours, officials said.\n`;

  it("comes from articles of the same story, never from unrelated ones", () => {
    const only = mkdtempSync(join(tmpdir(), "year-"));
    const names = "Darvoskin, Pellatier and Quorvan of Zembla";
    writeFileSync(join(only, "undated.txt"), `VIENNA, March 3 (Reuters) - ${story(names)}`);
    writeFileSync(join(only, "same.txt"), `Envoys meet again\nMarch 10, 2025\n${story(names, "A first round was held on March 3. ")}`);
    for (let i = 0; i < 3; i++) {
      writeFileSync(
        join(only, `other${i}.txt`),
        `Farmers protest prices\nMarch 9, 2026\nFarmers Ulbrecht${i}, Ostrava and Kellner protested on March 3 in Brno about grain prices.\n`,
      );
    }
    ingest({ rawDir: only, articlesDir: out });
    expect(meta("undated").published).toBe("2025-03-03");
    expect(meta("undated").evidence?.published).toContain("same story (same)");
  });

  it("stays missing when no article tells the same story", () => {
    const only = mkdtempSync(join(tmpdir(), "year-"));
    writeFileSync(join(only, "undated.txt"), `VIENNA, March 3 (Reuters) - ${story("Darvoskin, Pellatier and Quorvan of Zembla")}`);
    writeFileSync(
      join(only, "other.txt"),
      "Farmers protest prices\nMarch 9, 2026\nFarmers Ulbrecht, Ostrava and Kellner protested on March 3 in Brno about grain prices.\n",
    );
    const report = ingest({ rawDir: only, articlesDir: out });
    expect(meta("undated").published).toBe("");
    expect(report.warnings.join("\n")).toContain("undated.txt: published not found");
  });
});

describe("explaining one page", () => {
  it("says what ingest makes of it, field by field and line by line, and writes nothing", () => {
    const only = mkdtempSync(join(tmpdir(), "explain-"));
    writeFileSync(
      join(only, "page.txt"),
      [
        "Valley Post",
        "Share",
        "Envoys agree to restore embassy staff after talks",
        "By Jane Roe | Valley Post",
        "May 2, 2025",
        "The two governments agreed on Monday to restore full diplomatic relations after talks in the capital, officials said.",
        "Most read",
        "Floods close the airport road",
      ].join("\n"),
    );
    const cache = join(dir, "cache");
    const report = ingest({ rawDir: only, articlesDir: out, cacheDir: cache, explain: "page.txt" });
    expect(existsSync(out)).toBe(false);
    expect(existsSync(cache)).toBe(false);
    expect(report.explained?.meta).toMatchObject({
      title: "Envoys agree to restore embassy staff after talks",
      outlet: "Valley Post",
      published: "2025-05-02",
    });
    expect(report.explained?.meta.evidence).toMatchObject({
      outlet: "the by-line: By Jane Roe | Valley Post",
      published: "the page's date line: May 2, 2025",
    });
    expect(report.explained?.removed).toEqual(
      expect.arrayContaining([
        { line: "Share", reason: "share button" },
        { line: "Floods close the airport road", reason: "in a block of related or popular links" },
      ]),
    );
  });
});

describe("a page over the size limit", () => {
  it("is refused with the reason and its size, and the other pages are ingested", () => {
    writeFileSync(join(raw, "huge.txt"), `Istanbul talks. ${"word ".repeat(4000)}`);
    const report = ingest({ rawDir: raw, articlesDir: out, maxPageBytes: 10_000 });
    expect(report.problems).toEqual([
      { file: "huge.txt", problem: corpusMessages.pageTooLarge(20_016, 10_000) },
    ]);
    expect(existsSync(join(out, "huge.md"))).toBe(false);
    expect(loadCorpus(out).articles).toHaveLength(4);
  });
});
