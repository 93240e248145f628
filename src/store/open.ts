import type { Logger } from "pino";
import { SqliteStore } from "./sqlite.js";
import { CONVERSATION_LIMITS } from "../conversation/limits.js";
import type { Store } from "./types.js";

/**
 * The store the bot uses. It always returns one: when the file cannot be used the store says
 * so through health() and its writes are refused, while answering goes on.
 */
export function openStore(path: string, log: Logger, options: { readonly?: boolean } = {}): Store {
  return new SqliteStore({ path, log, conversation: CONVERSATION_LIMITS, ...options });
}
