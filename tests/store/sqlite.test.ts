import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { readMigrations } from "../../src/store/migrate.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import { StoreUnavailable, type Vote } from "../../src/store/types.js";

const silent = pino({ level: "silent" });

function dbFile(): string {
  return join(mkdtempSync(join(tmpdir(), "talks-store-")), "nested", "talks.db");
}

function open(path = dbFile(), extra: Partial<ConstructorParameters<typeof SqliteStore>[0]> = {}) {
  return new SqliteStore({
    path,
    log: silent,
    conversation: { maxTurns: 3, ttlMs: 60_000 },
    retryDelaysMs: [5, 5],
    ...extra,
  });
}

function vote(overrides: Partial<Vote> = {}): Vote {
  return {
    answerKey: "m1",
    userId: "400000000000000001",
    vote: 1,
    reason: null,
    comment: null,
    question: "who led the Russian delegation?",
    status: "answered",
    answer: "Aleksandr Darchiev.",
    passageIds: ["a1#0123456789"],
    corpusVersion: "v1",
    guildId: "987654321098765432",
    ...overrides,
  };
}

describe("the SQLite store", () => {
  it("creates its folder and file on first open, in WAL mode, at the newest migration", async () => {
    const path = dbFile();
    const store = open(path);
    expect(store.health()).toEqual({ ok: true });
    await store.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("user_version", { simple: true })).toBe(readMigrations().length);
    db.close();
  });

  it("counts one vote per person per answer, the last one winning, and stores no user id", async () => {
    const path = dbFile();
    const store = open(path);
    await Promise.all([store.vote(vote()), store.vote(vote({ vote: -1, reason: "wrong" }))]);
    await store.vote(vote({ userId: "400000000000000002" }));
    await store.vote(vote({ answerKey: "m2" }));
    expect(await store.feedbackSummary(null, 5)).toEqual({
      up: 2,
      down: 1,
      worst: [{ question: "who led the Russian delegation?", up: 2, down: 1 }],
    });
    await store.close();
    const bytes = readFileSync(path);
    expect(bytes.includes("400000000000000001")).toBe(false);
  });

  it("keeps the last turns of a conversation only, and forgets them when they expire", async () => {
    let now = 1_000_000;
    const store = open(dbFile(), { now: () => now });
    for (const n of [1, 2, 3, 4]) await store.addTurn("t1", { question: `q${n}`, answer: `a${n}` });
    expect((await store.turns("t1")).map((t) => t.question)).toEqual(["q2", "q3", "q4"]);
    expect(await store.turns("t2")).toEqual([]);
    now += 60_001;
    expect(await store.turns("t1")).toEqual([]);
    await store.close();
  });

  it("starts a cooldown once, reports the seconds left, and keeps it across a reopen", async () => {
    const path = dbFile();
    let now = 5_000_000;
    const first = open(path, { now: () => now });
    expect(await first.takeCooldown("ask:u", 30)).toBe(0);
    now += 10_000;
    expect(await first.takeCooldown("ask:u", 30)).toBe(20);
    await first.close();
    const second = open(path, { now: () => now });
    expect(await second.takeCooldown("ask:u", 30)).toBe(20);
    now += 20_000;
    expect(await second.takeCooldown("ask:u", 30)).toBe(0);
    await second.close();
  });

  it("saves and reads server settings", async () => {
    const store = open();
    await store.saveSettings("g", { channels: ["c1"], privateByDefault: true, cooldownSeconds: 5 });
    expect(await store.settings("g")).toEqual({
      channels: ["c1"],
      privateByDefault: true,
      cooldownSeconds: 5,
    });
    await store.close();
  });

  it("refuses a write while another program holds the lock, reads meanwhile, and writes once it is free", async () => {
    const path = dbFile();
    const store = open(path);
    await store.vote(vote());
    const other = new Database(path);
    other.exec("BEGIN IMMEDIATE");
    await expect(store.vote(vote({ userId: "400000000000000009" }))).rejects.toBeInstanceOf(
      StoreUnavailable,
    );
    expect((await store.feedbackSummary(null, 5)).up).toBe(1);
    expect(store.health()).toEqual({ ok: true });
    other.exec("ROLLBACK");
    other.close();
    await store.vote(vote({ userId: "400000000000000009" }));
    expect((await store.feedbackSummary(null, 5)).up).toBe(2);
    await store.close();
  });

  it("reports a file that is not a database, refuses writes, gives defaults and leaves the file alone", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "talks-store-")), "talks.db");
    const garbage = Buffer.from("not a database\n".repeat(500));
    writeFileSync(path, garbage);
    const store = open(path);
    const health = store.health();
    expect(health.ok).toBe(false);
    expect(health.ok ? "" : health.problem).toContain(path);
    await expect(store.vote(vote())).rejects.toBeInstanceOf(StoreUnavailable);
    expect(await store.settings("g")).toEqual({
      channels: [],
      privateByDefault: false,
      cooldownSeconds: null,
    });
    expect(await store.turns("t")).toEqual([]);
    await store.close();
    expect(readFileSync(path).equals(garbage)).toBe(true);
  });

  it("backs up a live database into a file that holds the same rows", async () => {
    const store = open();
    await store.vote(vote());
    const copy = join(mkdtempSync(join(tmpdir(), "talks-backup-")), "copy.db");
    await store.backup(copy);
    await store.close();
    const db = new Database(copy, { readonly: true });
    expect(db.prepare("SELECT COUNT(*) AS n FROM feedback").get()).toEqual({ n: 1 });
    db.close();
  });
});
