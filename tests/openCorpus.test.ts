import { cpSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { answerQuestion } from "../src/answer/answer.js";
import { loadCorpus } from "../src/corpus/load.js";
import { log } from "../src/log/log.js";
import { articlesFingerprint, buildIndexFile, openCorpus } from "../src/openCorpus.js";
import { searchMessages } from "../src/search/messages.js";
import { buildTimeline } from "../src/timeline/timeline.js";

/** A copy of the committed articles and an empty cache, so tests can change them. */
function workspace(): { articles: string; cache: string } {
  const root = mkdtempSync(join(tmpdir(), "open-corpus-"));
  const articles = join(root, "articles");
  cpSync("corpus/articles", articles, { recursive: true });
  return { articles, cache: join(root, "cache") };
}

const QUESTION = "How long did the talks in Istanbul last?";

afterEach(() => vi.restoreAllMocks());

describe("openCorpus", () => {
  it("serves a second start from the saved file: same corpus, answers and timeline", () => {
    const { articles, cache } = workspace();
    vi.spyOn(log, "info").mockImplementation(() => undefined);
    const first = openCorpus(articles, cache);
    const second = openCorpus(articles, cache);
    expect(first.from).toBe("articles");
    expect(second.from).toBe("cache");
    expect(second.corpus).toEqual(loadCorpus(articles));
    expect(answerQuestion(second.index, QUESTION)).toEqual(answerQuestion(first.index, QUESTION));
    expect(second.events()).toEqual(buildTimeline(loadCorpus(articles)));
  });

  it("reads the articles again when one is edited, and answers from the new text", () => {
    const { articles, cache } = workspace();
    vi.spyOn(log, "info").mockImplementation(() => undefined);
    openCorpus(articles, cache);
    const file = join(articles, "002_d7f67081e882b37a.md");
    writeFileSync(
      file,
      `${readFileSync(file, "utf8")}\n\nThe delegations also discussed barley.\n`,
    );
    const warn = vi.spyOn(log, "warn").mockImplementation(() => undefined);
    const reopened = openCorpus(articles, cache);
    expect(reopened.from).toBe("articles");
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({ reason: searchMessages.cacheStale }),
      searchMessages.cacheRebuilt,
    );
    expect(
      answerQuestion(reopened.index, "What did the delegations discuss about barley?").status,
    ).not.toBe("not_found");
    expect(openCorpus(articles, cache).from).toBe("cache");
  });

  it("serves from the saved file when files were only touched, their text unchanged", () => {
    const { articles, cache } = workspace();
    vi.spyOn(log, "info").mockImplementation(() => undefined);
    openCorpus(articles, cache);
    const before = articlesFingerprint(articles);
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(articles, "003_19be6032e25a7c0c.md"), later, later);
    expect(articlesFingerprint(articles)).toBe(before);
    const warn = vi.spyOn(log, "warn").mockImplementation(() => undefined);
    expect(openCorpus(articles, cache).from).toBe("cache");
    expect(warn).not.toHaveBeenCalled();
  });

  it("reads an article again when its text changed but its size and modification time did not", () => {
    const { articles, cache } = workspace();
    vi.spyOn(log, "info").mockImplementation(() => undefined);
    openCorpus(articles, cache);
    const file = join(articles, "002_d7f67081e882b37a.md");
    const { atime, mtime } = statSync(file);
    const text = readFileSync(file, "utf8");
    expect(text).toContain("Istanbul");
    writeFileSync(file, text.replaceAll("Istanbul", "Ankara!!"));
    utimesSync(file, atime, mtime);
    expect(statSync(file).size).toBe(Buffer.byteLength(text));
    vi.spyOn(log, "warn").mockImplementation(() => undefined);
    const reopened = openCorpus(articles, cache);
    expect(reopened.from).toBe("articles");
    const body = reopened.corpus.articles.find((a) => a.id === "002_d7f67081e882b37a")?.body;
    expect(body).toContain("Ankara!!");
    expect(body).not.toContain("Istanbul");
  });

  it("still names a malformed article when the rest comes from the saved file", () => {
    const { articles, cache } = workspace();
    writeFileSync(join(articles, "999.md"), "no front matter here\n");
    vi.spyOn(log, "info").mockImplementation(() => undefined);
    vi.spyOn(log, "warn").mockImplementation(() => undefined);
    const first = openCorpus(articles, cache);
    const second = openCorpus(articles, cache);
    expect(second.from).toBe("cache");
    expect(second.corpus.problems).toEqual(first.corpus.problems);
    expect(second.corpus.problems.map((p) => p.file)).toEqual(["999.md"]);
    expect(second.corpus.articles).toHaveLength(4);
  });
});

describe("buildIndexFile", () => {
  it("builds the file a start then opens without reading an article, quietly", () => {
    const { articles, cache } = workspace();
    const info = vi.spyOn(log, "info").mockImplementation(() => undefined);
    const warn = vi.spyOn(log, "warn").mockImplementation(() => undefined);
    expect(buildIndexFile(articles, cache)).toMatchObject({
      built: true,
      articles: 5,
      problems: 0,
    });
    expect(openCorpus(articles, cache).from).toBe("cache");
    expect(info).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });

  it("leaves the file alone when the articles are the ones it holds, and rebuilds it when one changed", () => {
    const { articles, cache } = workspace();
    buildIndexFile(articles, cache);
    expect(buildIndexFile(articles, cache).built).toBe(false);
    const file = join(articles, "000_64aa857648530cb2.md");
    writeFileSync(
      file,
      `${readFileSync(file, "utf8")}\nThe embassy reopened its consular section.\n`,
    );
    expect(buildIndexFile(articles, cache).built).toBe(true);
    const opened = openCorpus(articles, cache);
    expect(opened.from).toBe("cache");
    expect(opened.corpus.articles.find((a) => a.id === "000_64aa857648530cb2")?.body).toContain(
      "consular section",
    );
  });
});
