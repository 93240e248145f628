import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";

let dir: string;
const good = readFileSync("corpus/articles/000_64aa857648530cb2.md", "utf8");

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "load-"));
  writeFileSync(join(dir, "000_64aa857648530cb2.md"), good);
});

describe("loadCorpus with one bad file beside a good one", () => {
  it.each([
    ["empty.md", "", "the file is empty"],
    ["binary.md", Buffer.from([0x2d, 0x00, 0x2d]), "the file is binary (it contains NUL bytes), not text"],
    ["latin1.md", Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xe9]), "the file is not valid UTF-8 text"],
    ["nofm.md", "Just text.\n", "the file has no front matter (it must start with a line '---')"],
    ["open.md", "---\nid: open\n", "the front matter is not closed by a line '---'"],
    ["notext.md", "---\nid: notext\nraw_file: x.txt\n---\n\n", "the file has no article text"],
    [
      "baddate.md",
      "---\nid: baddate\nraw_file: x.txt\npublished: 2025-13-45\n---\nText.\n",
      "front matter field 'published' is invalid: not a real date",
    ],
    [
      "noraw.md",
      "---\nid: noraw\n---\nText.\n",
      "front matter field 'raw_file' is invalid: Invalid input: expected string, received undefined",
    ],
    ["wrongid.md", "---\nid: other\nraw_file: x.txt\n---\nText.\n", "front matter id 'other' does not match the file name (expected 'wrongid')"],
  ])("reports %s with a clear message and loads the good one", (file, content, problem) => {
    writeFileSync(join(dir, file), content);
    const corpus = loadCorpus(dir);
    expect(corpus.problems).toEqual([{ file, problem }]);
    expect(corpus.articles.map((a) => a.id)).toEqual(["000_64aa857648530cb2"]);
  });

  it("reports broken YAML naming the file", () => {
    writeFileSync(join(dir, "yaml.md"), "---\nid: [unclosed\n---\nText.\n");
    expect(loadCorpus(dir).problems[0]).toMatchObject({
      file: "yaml.md",
      problem: expect.stringMatching(/^the front matter is not valid YAML: /),
    });
  });
});

describe("loadCorpus of the committed corpus", () => {
  it("loads the canonical articles with sentences and passages, and keeps copies apart", () => {
    const corpus = loadCorpus();
    expect(corpus.problems).toEqual([]);
    expect(corpus.articles.every((a) => a.passages.length > 0 && a.duplicateOf === null)).toBe(true);
    expect(corpus.duplicates.map((d) => d.duplicateOf)).toEqual(["004_48d420a60c91b330"]);
  });
});

describe("loadCorpus and where each field was read", () => {
  it("keeps the page lines a date or an outlet was read from, and no other field's", () => {
    writeFileSync(
      join(dir, "000_64aa857648530cb2.md"),
      [
        "---",
        "id: 000_64aa857648530cb2",
        "outlet: Harbour News",
        "published: 2024-06-14",
        "raw_file: x.txt",
        "evidence:",
        '  published: "the page\'s date line: 14 Jun 2024"',
        '  title: "the headline-shaped line above the story: Fishing talks"',
        "---",
        "Delegations met in Oslo.",
        "",
      ].join("\n"),
    );
    const [article] = loadCorpus(dir).articles;
    expect(article?.evidence).toEqual({ published: "the page's date line: 14 Jun 2024" });
  });
});
