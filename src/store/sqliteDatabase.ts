import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { migrate } from "./migrate.js";
import {
  describeError,
  errorCode,
  type SqlDatabase,
  type SqlFailure,
  type SqlRunner,
  type SqlValue,
} from "./sql.js";

/** Errors that mean the file itself is unusable, not that it is busy for a moment. */
const BROKEN = new Set(["SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_CANTOPEN", "SQLITE_READONLY"]);

export function classifySqlite(error: unknown): SqlFailure {
  const code = errorCode(error);
  if (code.startsWith("SQLITE_BUSY") || code === "SQLITE_LOCKED") return "busy";
  if (
    BROKEN.has(code) ||
    code.startsWith("SQLITE_IOERR") ||
    /not a database|malformed/i.test(describeError(error))
  ) {
    return "broken";
  }
  return "other";
}

class SqliteRunner implements SqlRunner {
  constructor(protected readonly db: Database.Database) {}

  all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return Promise.resolve(this.db.prepare(sql).all(...params) as T[]);
  }

  get<T>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return Promise.resolve(this.db.prepare(sql).get(...params) as T | undefined);
  }

  run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return Promise.resolve(this.db.prepare(sql).run(...params).changes);
  }
}

/**
 * SQLite through better-sqlite3, in WAL mode: every call runs at once on this thread (they are
 * small, and WAL readers never wait for a writer). The connection never waits on a lock
 * (busy_timeout 0): a busy database is reported as such and the caller decides to retry.
 */
class SqliteDatabase extends SqliteRunner implements SqlDatabase {
  readonly dialect = "sqlite";

  constructor(
    db: Database.Database,
    readonly where: string,
  ) {
    super(db);
  }

  async transaction(work: (tx: SqlRunner) => Promise<void>): Promise<void> {
    // IMMEDIATE takes the write lock up front, so a busy database fails here, before any work.
    this.db.exec("BEGIN IMMEDIATE");
    try {
      await work(this);
      this.db.exec("COMMIT");
    } catch (error) {
      if (this.db.inTransaction) this.db.exec("ROLLBACK");
      throw error;
    }
  }

  migrate(): Promise<number> {
    return Promise.resolve(migrate(this.db));
  }

  classify(error: unknown): SqlFailure {
    return classifySqlite(error);
  }

  async backup(file: string): Promise<void> {
    await this.db.backup(file);
  }

  close(): Promise<void> {
    this.db.close();
    return Promise.resolve();
  }
}

/**
 * Opens (and with `readonly` unset, creates) the file, checks it is a sound database and
 * returns it unmigrated; throws when it cannot be used.
 */
export function openSqliteDatabase(path: string, readonly = false): SqlDatabase {
  if (!readonly && path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { readonly, fileMustExist: readonly });
  try {
    db.pragma("busy_timeout = 0");
    if (!readonly) {
      db.pragma("journal_mode = WAL");
      db.pragma("synchronous = NORMAL");
    }
    const check = String(db.pragma("quick_check", { simple: true }));
    if (check !== "ok") throw Object.assign(new Error(check), { code: "SQLITE_CORRUPT" });
  } catch (error) {
    db.close();
    throw error;
  }
  return new SqliteDatabase(db, path);
}
