import { DiscordAPIError, HTTPError } from "discord.js";

const TOKEN_IN_PATH = /(\/(?:webhooks\/\d+|interactions\/\d+))\/[^/?]+/g;

/**
 * An error as it may be logged. REST errors carry the request URL, which holds the
 * interaction token (a credential for 15 minutes), and the request body: both are left out.
 */
export function loggableError(error: unknown): unknown {
  if (!(error instanceof DiscordAPIError) && !(error instanceof HTTPError)) return error;
  return {
    name: error.name,
    message: error.message,
    status: error.status,
    method: error.method,
    path: new URL(error.url).pathname.replace(TOKEN_IN_PATH, "$1/:token"),
    ...(error instanceof DiscordAPIError ? { code: error.code } : {}),
    stack: error.stack,
  };
}
