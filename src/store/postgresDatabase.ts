import pg from "pg";
import { forPostgres, readMigrations, type Migration } from "./migrate.js";
import {
  errorCode,
  type SqlDatabase,
  type SqlFailure,
  type SqlRunner,
  type SqlValue,
} from "./sql.js";

/** PostgreSQL's error classes (SQLSTATE) that mean "try again in a moment". */
const BUSY_CODES = new Set(["40001", "40P01", "55P03", "55006"]);
/** The server is down, restarting, full or out of reach: refuse this call, keep the store. */
const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EPIPE",
  "57P01",
  "57P02",
  "57P03",
  "53300",
]);

export function classifyPostgres(error: unknown): SqlFailure {
  const code = errorCode(error);
  if (BUSY_CODES.has(code)) return "busy";
  if (UNREACHABLE_CODES.has(code) || code.startsWith("08")) return "unreachable";
  const message = error instanceof Error ? error.message : "";
  if (
    /connection terminated|timeout exceeded when trying to connect|not queryable/i.test(message)
  ) {
    return "unreachable";
  }
  return "other";
}

/** The URL without its password (or any query string): what logs and messages may show. */
export function describeDatabaseUrl(url: string): string {
  try {
    const u = new URL(url);
    const user = u.username ? `${decodeURIComponent(u.username)}@` : "";
    return `postgresql://${user}${u.host}${u.pathname}`;
  } catch {
    return "postgresql://(unreadable URL)";
  }
}

/** The project's SQL uses `?`; PostgreSQL numbers its parameters. No statement holds a literal `?`. */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

// BIGINT and SUM() over it arrive as strings by default; every number the store keeps (times in
// milliseconds, counts) fits a double exactly.
const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) return Number;
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

class PgRunner implements SqlRunner {
  constructor(protected readonly client: pg.Pool | pg.PoolClient) {}

  async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    const result = await this.client.query(numbered(sql), [...params]);
    return result.rows as T[];
  }

  async get<T>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    const result = await this.client.query(numbered(sql), [...params]);
    return result.rowCount ?? 0;
  }
}

// Any fixed number: every process migrating the same database takes the same lock.
const MIGRATION_LOCK = 7_315_042;

class PostgresDatabase extends PgRunner implements SqlDatabase {
  readonly dialect = "postgres";

  constructor(
    private readonly pool: pg.Pool,
    readonly where: string,
    private readonly migrations: () => Migration[],
  ) {
    super(pool);
  }

  async transaction(work: (tx: SqlRunner) => Promise<void>): Promise<void> {
    const client = await this.pool.connect();
    let failed: unknown = null;
    try {
      await client.query("BEGIN");
      await work(new PgRunner(client));
      await client.query("COMMIT");
    } catch (error) {
      failed = error;
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      // A connection that failed mid-transaction is not given back to the pool.
      client.release(failed !== null && classifyPostgres(failed) === "unreachable");
    }
  }

  /**
   * The same migration files as SQLite, each once, recorded in schema_migrations. Processes
   * starting together (shards, a rolling restart) queue on an advisory lock, so only one applies
   * them and the others see them applied.
   */
  async migrate(): Promise<number> {
    const migrations = this.migrations();
    let applied = 0;
    await this.transaction(async (tx) => {
      await tx.run(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
      await tx.run(
        `CREATE TABLE IF NOT EXISTS schema_migrations (
           version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)`,
      );
      const row = await tx.get<{ version: number | null }>(
        "SELECT MAX(version) AS version FROM schema_migrations",
      );
      const current = Number(row?.version ?? 0);
      if (current > migrations.length) {
        throw new Error(
          `the database is at version ${current}, newer than this program knows (${migrations.length})`,
        );
      }
      for (const migration of migrations.slice(current)) {
        await tx.run(forPostgres(migration.sql));
        await tx.run("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)", [
          migration.version,
          migration.name,
          Date.now(),
        ]);
        applied += 1;
      }
    });
    return applied;
  }

  classify(error: unknown): SqlFailure {
    return classifyPostgres(error);
  }

  backup(): Promise<void> {
    return Promise.reject(
      new Error(
        "the store is on PostgreSQL: back it up with pg_dump (see README, Running it as a service)",
      ),
    );
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

export interface PostgresOptions {
  /** Waits at most this long for a connection and for a statement. */
  timeoutMs?: number;
  migrations?: () => Migration[];
}

/**
 * A pool of connections to `url`; nothing is sent until the first call, so opening never
 * fails. Statements time out, so a stuck server delays an answer by a bounded wait at most.
 */
export function openPostgresDatabase(url: string, options: PostgresOptions = {}): SqlDatabase {
  const timeoutMs = options.timeoutMs ?? 2000;
  const pool = new pg.Pool({
    connectionString: url,
    max: 5,
    connectionTimeoutMillis: timeoutMs,
    statement_timeout: timeoutMs,
    idleTimeoutMillis: 30_000,
    application_name: "talks-bot",
    types,
  });
  // An idle connection dropped by the server is an event, not a crash; the next call reconnects.
  pool.on("error", () => undefined);
  return new PostgresDatabase(pool, describeDatabaseUrl(url), options.migrations ?? readMigrations);
}
