import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { readMigrations } from "../../src/store/migrate.js";
import { openStore } from "../../src/store/open.js";
import { openSqliteDatabase } from "../../src/store/sqliteDatabase.js";
import { SqlStore } from "../../src/store/sqlStore.js";
import { StoreUnavailable } from "../../src/store/types.js";
import {
  TEST_LIMITS,
  silent,
  storeContract,
  vote,
  type StoreOpenOptions,
} from "./storeContract.js";

function dbFile(): string {
  return join(mkdtempSync(join(tmpdir(), "talks-store-")), "nested", "talks.db");
}

function open(path = dbFile(), extra: StoreOpenOptions = {}) {
  return SqlStore.open({
    database: openSqliteDatabase(path),
    log: silent,
    conversation: TEST_LIMITS,
    retryDelaysMs: [5, 5],
    ...extra,
  });
}

describe("the SQLite store", () => {
  storeContract(() => {
    const path = dbFile();
    return Promise.resolve({ open: (options) => open(path, options) });
  });

  it("creates its folder and file on first open, in WAL mode, at the newest migration", async () => {
    const path = dbFile();
    const store = await open(path);
    expect(store.health()).toEqual({ ok: true });
    await store.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("user_version", { simple: true })).toBe(readMigrations().length);
    db.close();
  });

  it("is the store opened when no PostgreSQL URL is configured", async () => {
    const path = dbFile();
    const store = await openStore({ databasePath: path, databaseUrl: null }, silent);
    await store.vote(vote());
    await store.close();
    const db = new Database(path, { readonly: true });
    expect(db.prepare("SELECT COUNT(*) AS n FROM feedback").get()).toEqual({ n: 1 });
    db.close();
  });

  it("writes no user id into the file", async () => {
    const path = dbFile();
    const store = await open(path);
    await store.vote(vote());
    await store.close();
    expect(readFileSync(path).includes("400000000000000001")).toBe(false);
  });

  it("refuses a write while another program holds the lock, reads meanwhile, and writes once it is free", async () => {
    const path = dbFile();
    const store = await open(path);
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
    const store = await openStore({ databasePath: path, databaseUrl: null }, silent);
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
    const store = await open();
    await store.vote(vote());
    const copy = join(mkdtempSync(join(tmpdir(), "talks-backup-")), "copy.db");
    await store.backup(copy);
    await store.close();
    const db = new Database(copy, { readonly: true });
    expect(db.prepare("SELECT COUNT(*) AS n FROM feedback").get()).toEqual({ n: 1 });
    db.close();
  });
});
