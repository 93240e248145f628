import type { Logger } from "pino";
import { CONVERSATION_LIMITS } from "../conversation/limits.js";
import { openPostgresDatabase } from "./postgresDatabase.js";
import { openSqliteDatabase } from "./sqliteDatabase.js";
import { SqlStore } from "./sqlStore.js";
import type { SqlDatabase } from "./sql.js";
import type { Store } from "./types.js";

export interface StoreLocation {
  /** The SQLite file, used when no URL is given. */
  databasePath: string;
  /** A PostgreSQL URL: the store lives there instead, shared by every process that uses it. */
  databaseUrl: string | null;
}

/**
 * The store the bot uses: PostgreSQL when a URL is configured, else the SQLite file. It always
 * returns one: when the database cannot be used the store says so through health() and its
 * writes are refused, while answering goes on.
 */
export async function openStore(
  at: StoreLocation,
  log: Logger,
  options: { readonly?: boolean } = {},
): Promise<Store> {
  let database: SqlDatabase | { failed: unknown; where: string };
  if (at.databaseUrl !== null) {
    database = openPostgresDatabase(at.databaseUrl);
  } else {
    try {
      database = openSqliteDatabase(at.databasePath, options.readonly === true);
    } catch (failed) {
      database = { failed, where: at.databasePath };
    }
  }
  return SqlStore.open({ database, log, conversation: CONVERSATION_LIMITS, ...options });
}
