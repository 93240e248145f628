import { randomBytes } from "node:crypto";
import pg from "pg";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMigrations } from "../../src/store/migrate.js";
import { openStore } from "../../src/store/open.js";
import { describeDatabaseUrl, openPostgresDatabase } from "../../src/store/postgresDatabase.js";
import { SqlStore } from "../../src/store/sqlStore.js";
import { StoreUnavailable } from "../../src/store/types.js";
import { TEST_LIMITS, silent, storeContract, vote } from "./storeContract.js";

/**
 * The store against a real PostgreSQL: the one in DATABASE_URL (.ci/run installs and starts
 * one). Without it a developer's `npm test` skips these, saying so; CI never does.
 */
const url = process.env.DATABASE_URL?.trim() || null;
const inCI = Boolean(process.env.CI) && process.env.CI !== "false";
if (!url && !inCI) {
  console.warn(
    "PostgreSQL store tests skipped: DATABASE_URL is not set (see README, Running it as a service).",
  );
}

/** A URL whose connections see only `schema`: one empty database per test, in one server. */
function inSchema(base: string, schema: string): string {
  const u = new URL(base);
  u.searchParams.set("options", `-c search_path=${schema}`);
  return u.toString();
}

describe.skipIf(!url && !inCI)("the PostgreSQL store", () => {
  const admin = url ? new pg.Pool({ connectionString: url, max: 2 }) : null;
  const schemas: string[] = [];

  beforeAll(async () => {
    if (!url || !admin)
      throw new Error("CI must run the PostgreSQL tests: DATABASE_URL is not set");
    await admin.query("SELECT 1");
  });

  afterAll(async () => {
    for (const schema of schemas) await admin?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin?.end();
  });

  async function freshUrl(): Promise<string> {
    const schema = `talks_test_${randomBytes(6).toString("hex")}`;
    await admin!.query(`CREATE SCHEMA ${schema}`);
    schemas.push(schema);
    return inSchema(url!, schema);
  }

  storeContract(async () => {
    const at = await freshUrl();
    return {
      open: (options = {}) =>
        SqlStore.open({
          database: openPostgresDatabase(at),
          log: silent,
          conversation: TEST_LIMITS,
          retryDelaysMs: [5, 5],
          ...options,
        }),
    };
  });

  it("is the store opened when DATABASE_URL is configured, even with a SQLite path set", async () => {
    const at = await freshUrl();
    const store = await openStore(
      { databasePath: "/nonexistent/talks.db", databaseUrl: at },
      silent,
    );
    await store.vote(vote());
    await store.close();
    const schema = new URL(at).searchParams.get("options")!.split("=")[1]!;
    const { rows } = await admin!.query(`SELECT COUNT(*)::int AS n FROM ${schema}.feedback`);
    expect(rows).toEqual([{ n: 1 }]);
  });

  it("applies the same migrations as SQLite once, even when several processes start together", async () => {
    const at = await freshUrl();
    const stores = await Promise.all(
      [1, 2, 3].map(() =>
        SqlStore.open({
          database: openPostgresDatabase(at),
          log: silent,
          conversation: TEST_LIMITS,
        }),
      ),
    );
    expect(stores.map((s) => s.health())).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    await Promise.all(stores.map((s) => s.close()));
    const schema = new URL(at).searchParams.get("options")!.split("=")[1]!;
    const { rows } = await admin!.query(
      `SELECT version, name FROM ${schema}.schema_migrations ORDER BY version`,
    );
    expect(rows).toEqual(readMigrations().map((m) => ({ version: m.version, name: m.name })));
  });

  it("refuses a database migrated by a newer program instead of writing to it", async () => {
    const at = await freshUrl();
    const first = await SqlStore.open({
      database: openPostgresDatabase(at),
      log: silent,
      conversation: TEST_LIMITS,
    });
    await first.close();
    const schema = new URL(at).searchParams.get("options")!.split("=")[1]!;
    await admin!.query(
      `INSERT INTO ${schema}.schema_migrations (version, name, applied_at) VALUES (999, 'later', 0)`,
    );
    const store = await SqlStore.open({
      database: openPostgresDatabase(at),
      log: silent,
      conversation: TEST_LIMITS,
    });
    const health = store.health();
    expect(health.ok ? "" : health.problem).toMatch(/newer than this program/);
    await expect(store.vote(vote())).rejects.toBeInstanceOf(StoreUnavailable);
    await store.close();
  });
});

describe("a PostgreSQL store out of reach", () => {
  // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
  const unreachable = "postgresql://talks:s3cret-pa55word@127.0.0.1:9/talks";

  function logged(): { log: pino.Logger; lines: string[] } {
    const lines: string[] = [];
    const log = pino({ level: "info" }, { write: (line: string) => lines.push(line) });
    return { log, lines };
  }

  it("says so through health(), gives defaults to reads and refuses writes, answering going on", async () => {
    const { log, lines } = logged();
    const store = await SqlStore.open({
      database: openPostgresDatabase(unreachable, { timeoutMs: 500 }),
      log,
      conversation: TEST_LIMITS,
      retryDelaysMs: [5],
    });
    const health = store.health();
    expect(health.ok).toBe(false);
    expect(health.ok ? "" : health.problem).toMatch(/out of reach/);
    expect(await store.settings("g")).toEqual({
      channels: [],
      privateByDefault: false,
      cooldownSeconds: null,
    });
    await expect(store.vote(vote())).rejects.toBeInstanceOf(StoreUnavailable);
    await expect(store.takeCooldown("ask:u", 30)).rejects.toBeInstanceOf(StoreUnavailable);
    await store.close();
    expect(lines.join("\n")).toMatch(/out of reach/);
  });

  it("never shows the password, in its health, its logs or its description", async () => {
    const { log, lines } = logged();
    const store = await SqlStore.open({
      database: openPostgresDatabase(unreachable, { timeoutMs: 500 }),
      log,
      conversation: TEST_LIMITS,
    });
    await store.vote(vote()).catch(() => undefined);
    const said = [JSON.stringify(store.health()), ...lines, describeDatabaseUrl(unreachable)];
    await store.close();
    expect(said.join("\n")).toContain("127.0.0.1:9");
    expect(said.join("\n")).not.toContain("s3cret-pa55word");
  });
});
