/**
 * The one query layer both backends share: the store's SQL is written once, with `?`
 * placeholders, in the subset SQLite and PostgreSQL read alike; each backend only says how to
 * run a statement, how to hold a transaction and what its errors mean.
 */

export type SqlValue = string | number | null;

export type Dialect = "sqlite" | "postgres";

/** What an error means to the store: wait and retry, stop for good, or refuse this one call. */
export type SqlFailure = "busy" | "unreachable" | "broken" | "other";

export interface SqlRunner {
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** The first row, if any. */
  get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** Runs a statement; resolves to the number of rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
}

export interface SqlDatabase extends SqlRunner {
  readonly dialect: Dialect;
  /** Where the data lives, for messages: a path, or a URL with its password left out. */
  readonly where: string;
  /** Runs `work` in one transaction on one connection; rolled back if it throws. */
  transaction(work: (tx: SqlRunner) => Promise<void>): Promise<void>;
  /** Brings the schema up to the newest migration; resolves to how many were applied. */
  migrate(): Promise<number>;
  classify(error: unknown): SqlFailure;
  /** A consistent copy of the whole database in `file`, taken while it stays in use. */
  backup(file: string): Promise<void>;
  close(): Promise<void>;
}

export function errorCode(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error
    ? String((error as { code: unknown }).code)
    : "";
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
