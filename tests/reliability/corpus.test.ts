import type { ChildProcess } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openService } from "../../src/app.js";
import type { Bot } from "../../src/bot/bot.js";
import { log } from "../../src/log/log.js";
import { readBinaryFile, writeBinaryFile } from "../../src/search/binaryFile.js";
import { INDEX_FILE, INDEX_FORMAT_VERSION, readIndexFile } from "../../src/search/cache.js";
import { searchMessages } from "../../src/search/messages.js";
import type { FakeDiscord, InteractionRecord } from "../e2e/fakeDiscord.js";
import {
  LogCapture,
  ROOT,
  TOKEN,
  botEnv,
  carriesAnswer,
  checkSent,
  embedsOf,
  expectAnswered,
  newUser,
  onTheAnswer,
  runScript,
  startFake,
  startTestBot,
  waitForLine,
} from "../e2e/harness.js";

/**
 * The corpus going wrong under a running service: a bad index cache, a malformed article,
 * and reloading the articles while questions are being answered (in-process through
 * ReloadableService.reload(), and through `npm start` on SIGHUP).
 */

const ARTICLES = join(ROOT, "corpus/articles");
/** The four canonical articles; 001 is a recorded copy of 004. */
const FIRST_THREE = ["000_64aa857648530cb2", "002_d7f67081e882b37a", "003_19be6032e25a7c0c"];
const LATER = ["004_48d420a60c91b330", "001_47420dd618c86e79"];
const CALLBACK = /^\/interactions\//;
const QUESTIONS = [
  "Who led the Russian delegation?",
  "When did the first round take place?",
  "Did they discuss direct flights?",
  "What did the US raise?",
  "Where were the talks held?",
];

const logs = new LogCapture();
const level = log.level;
beforeAll(() => {
  // openService logs through the shared logger: make sure warnings are written whatever
  // LOG_LEVEL the shell running the tests has.
  log.level = "info";
  logs.start();
});
afterAll(() => {
  logs.stop();
  log.level = level;
});

function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

function articlesDir(ids: readonly string[]): string {
  const dir = tempDir("talks-articles-");
  for (const id of ids) copyFileSync(join(ARTICLES, `${id}.md`), join(dir, `${id}.md`));
  return dir;
}

function addArticles(dir: string, ids: readonly string[]): void {
  for (const id of ids) copyFileSync(join(ARTICLES, `${id}.md`), join(dir, `${id}.md`));
}

function warnings(from: number): { msg: string; reason?: string; file?: string }[] {
  return logs.lines
    .slice(from)
    .map((l) => JSON.parse(l) as { level: number; msg: string; reason?: string; file?: string })
    .filter((l) => l.level === 40);
}

describe("the search index cache", () => {
  let cacheDir: string;
  let cacheFile: string;
  let valid: Buffer;
  let validFile: string;

  /** The valid index file with its header changed: the bytes another build would have left. */
  function withHeader(change: Record<string, unknown>): Buffer {
    const saved = readBinaryFile(validFile);
    const file = join(tempDir("talks-cache-"), INDEX_FILE);
    writeBinaryFile(
      file,
      { ...(saved.header as Record<string, unknown>), ...change },
      Object.fromEntries(saved.sections),
    );
    return readFileSync(file);
  }

  beforeAll(() => {
    const dir = tempDir("talks-cache-");
    openService({ articlesDir: ARTICLES, cacheDir: dir });
    validFile = join(dir, INDEX_FILE);
    valid = readFileSync(validFile);
  });

  beforeEach(() => {
    cacheDir = tempDir("talks-cache-");
    cacheFile = join(cacheDir, INDEX_FILE);
  });

  it.each([
    ["not an index file", () => Buffer.from("{ this is not an index"), searchMessages.cacheCorrupt],
    [
      "cut off half way (a crash while writing)",
      () => valid.subarray(0, Math.floor(valid.length / 2)),
      searchMessages.cacheCorrupt,
    ],
    [
      "of the right version but the wrong shape",
      () => withHeader({ formatVersion: INDEX_FORMAT_VERSION, contentHash: 7, postings: 1 }),
      searchMessages.cacheCorrupt,
    ],
    [
      "saved by another format version",
      () => withHeader({ formatVersion: 999 }),
      searchMessages.cacheVersion(999, INDEX_FORMAT_VERSION),
    ],
    [
      "built from other articles (stale)",
      () => withHeader({ contentHash: "0".repeat(64), sourceKey: "another directory" }),
      searchMessages.cacheStale,
    ],
  ])(
    "%s is rebuilt automatically with a warning, and saved for next time",
    (_name, make, reason) => {
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(cacheFile, make());
      const from = logs.lines.length;
      const service = openService({ articlesDir: ARTICLES, cacheDir });
      expect(warnings(from)).toEqual([
        expect.objectContaining({ msg: searchMessages.cacheRebuilt, reason, file: cacheFile }),
      ]);
      expect(service.ask("Who led the Russian delegation?").status).toBe("answered");
      expect(readIndexFile(cacheFile).ok).toBe(true);

      const again = logs.lines.length;
      openService({ articlesDir: ARTICLES, cacheDir });
      expect(warnings(again)).toEqual([]);
    },
  );

  it("saved for a smaller corpus is rebuilt when articles are added", () => {
    const dir = articlesDir(FIRST_THREE);
    openService({ articlesDir: dir, cacheDir });
    addArticles(dir, LATER);
    const from = logs.lines.length;
    const service = openService({ articlesDir: dir, cacheDir });
    expect(warnings(from)).toEqual([
      expect.objectContaining({
        msg: searchMessages.cacheRebuilt,
        reason: searchMessages.cacheStale,
      }),
    ]);
    expect(service.articles()).toHaveLength(4);
  });
});

describe("a malformed article file", () => {
  it("is reported by name and skipped; the other articles keep serving", () => {
    const dir = articlesDir([...FIRST_THREE, ...LATER]);
    writeFileSync(join(dir, "broken.md"), "Just text, no front matter.\n");
    writeFileSync(join(dir, "empty.md"), "");
    writeFileSync(join(dir, "binary.md"), Buffer.from([0x2d, 0x2d, 0x2d, 0x00, 0xff]));
    const from = logs.lines.length;
    const service = openService({ articlesDir: dir, cacheDir: tempDir("talks-cache-") });
    const skipped = warnings(from).filter((w) => w.msg.startsWith("article skipped: "));
    expect(skipped.map((w) => [w.file, w.msg])).toEqual([
      ["binary.md", "article skipped: the file is binary (it contains NUL bytes), not text"],
      [
        "broken.md",
        "article skipped: the file has no front matter (it must start with a line '---')",
      ],
      ["empty.md", "article skipped: the file is empty"],
    ]);
    expect(service.articles()).toHaveLength(4);
    expect(service.ask("Who led the Russian delegation?").status).toBe("answered");
  });
});

describe("reloading the corpus while the bot answers", () => {
  let fake: FakeDiscord;
  let bot: Bot;
  let dir: string;
  let service: ReturnType<typeof openService>;

  beforeAll(async () => {
    fake = await startFake();
    dir = articlesDir(FIRST_THREE);
    writeFileSync(join(dir, "notes.md"), "not an article\n");
    service = openService({ articlesDir: dir, cacheDir: tempDir("talks-cache-") });
    ({ bot } = await startTestBot(fake, service));
  });

  afterAll(async () => {
    await bot?.stop(1000);
    await fake?.close();
  });

  async function articleCount(): Promise<string | undefined> {
    const body = await expectAnswered(fake, fake.sendCommand("sources", {}, newUser()));
    return embedsOf(body)[0]?.footer?.text;
  }

  function askMany(n: number): InteractionRecord[] {
    return Array.from({ length: n }, (_, i) =>
      fake.sendCommand("ask", { question: QUESTIONS[i % QUESTIONS.length] ?? "" }, newUser()),
    );
  }

  it("serves what loaded, the malformed file skipped", async () => {
    expect(await articleCount()).toBe("3 articles");
  });

  it("swaps the new corpus in whole; every question in flight during the reload is answered", async () => {
    addArticles(dir, LATER);
    // Slow Discord: acknowledgements and answers are held, so the reload lands mid-request.
    fake.injectRestFault({ method: "POST", path: CALLBACK, delayMs: 300, times: 20 });
    fake.injectRestFault(onTheAnswer({ delayMs: 300, times: 40 }));
    const first = askMany(20);
    await fake.until(
      () => [...fake.pending].filter((c) => CALLBACK.test(c.path)).length === 20,
      "twenty acknowledgements held",
    );
    expect(bot.dispatcher.pending).toBe(20);
    expect(await service.reload()).toMatchObject({ ok: true, articles: 4, problems: 1 });

    const second = askMany(20);
    await fake.until(
      () => [...fake.pending].filter(carriesAnswer).length >= 10,
      "answers held on their way out",
    );
    expect(await service.reload()).toMatchObject({ ok: true, articles: 4 });
    for (const record of [...first, ...second]) {
      const body = await expectAnswered(fake, record);
      expect(embedsOf(body)[0]?.footer?.text).toContain("asked:");
    }
    fake.clearRestFaults();
    expect(await articleCount()).toBe("4 articles");
  });

  it("a reload that fails (the directory is gone) is logged and the previous corpus keeps serving", async () => {
    rmSync(dir, { recursive: true });
    const from = logs.lines.length;
    const result = await service.reload();
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining("ENOENT") });
    expect(logs.lines.slice(from).join("")).toContain(
      "corpus reload failed; still serving the previous corpus",
    );
    expect(await articleCount()).toBe("4 articles");
    for (const record of askMany(3)) await expectAnswered(fake, record);
  });

  it("a reload that would leave no article is refused the same way", async () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "half-copied.md"), "---\nid: half\n");
    expect(await service.reload()).toEqual({
      ok: false,
      error: `no article could be loaded from ${dir}`,
    });
    expect(await articleCount()).toBe("4 articles");
  });

  it("every payload sent meanwhile was valid, and nothing failed", () => {
    expect(checkSent(fake.calls).problems).toEqual([]);
    expect(logs.lines.filter((l) => l.includes("interaction handler failed"))).toEqual([]);
  });
});

describe("npm start on SIGHUP", () => {
  let fake: FakeDiscord;
  let child: ChildProcess | undefined;
  let botPid: number | undefined;

  beforeAll(async () => {
    fake = await startFake();
  });

  afterAll(async () => {
    // After a failure, kill the bot itself too: killing tsx would leave it running.
    for (const pid of [botPid, child?.pid]) {
      try {
        if (pid) process.kill(pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
    await fake?.close();
  });

  it("reloads the corpus without dropping the questions in flight, and keeps the old corpus when the reload fails", async () => {
    const cwd = tempDir("talks-start-");
    const dir = join(cwd, "corpus/articles");
    mkdirSync(dir, { recursive: true });
    addArticles(dir, FIRST_THREE);
    const exited = runScript("src/cli/start.ts", botEnv(fake, { LOG_LEVEL: "info" }), {
      cwd,
      timeoutMs: 90_000,
      onSpawn: (c) => (child = c),
    });
    const stderr = child?.stderr;
    if (!child || !stderr) throw new Error("no child process");
    // The bot's own process: `child` is tsx, which passes on SIGTERM but not SIGHUP.
    const hint = waitForLine(stderr, /to reload the corpus: kill -HUP \d+/, 30_000);
    const corpusReady = waitForLine(stderr, /"msg":"corpus ready"/, 30_000);
    await fake.waitForSession(30_000);
    await corpusReady;
    const { pid } = JSON.parse(await hint) as { pid: number };
    botPid = pid;
    const sources = async () =>
      embedsOf(await expectAnswered(fake, fake.sendCommand("sources", {}, newUser())))[0]?.footer
        ?.text;
    expect(await sources()).toBe("3 articles");

    addArticles(dir, LATER);
    fake.injectRestFault({ method: "POST", path: CALLBACK, delayMs: 300, times: 10 });
    const inFlight = Array.from({ length: 10 }, (_, i) =>
      fake.sendCommand("ask", { question: QUESTIONS[i % QUESTIONS.length] ?? "" }, newUser()),
    );
    await fake.until(
      () => [...fake.pending].filter((c) => CALLBACK.test(c.path)).length === 10,
      "ten acknowledgements held",
    );
    const reloaded = waitForLine(stderr, /"msg":"corpus reloaded"/);
    process.kill(pid, "SIGHUP");
    expect(JSON.parse(await reloaded)).toMatchObject({ articles: 4, problems: 0 });
    for (const record of inFlight) await expectAnswered(fake, record);
    expect(await sources()).toBe("4 articles");

    rmSync(dir, { recursive: true });
    const failed = waitForLine(stderr, /corpus reload failed/);
    process.kill(pid, "SIGHUP");
    expect(await failed).toContain('"level":50');
    expect(await sources()).toBe("4 articles");
    await expectAnswered(
      fake,
      fake.sendCommand("ask", { question: "Who led the Russian delegation?" }, newUser()),
    );

    child.kill("SIGTERM");
    const result = await exited;
    botPid = undefined;
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toContain(TOKEN);
  }, 60_000);
});
