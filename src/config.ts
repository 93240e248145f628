import { existsSync, readFileSync } from "node:fs";
import dotenv from "dotenv";
import { z } from "zod";
import { DEFAULT_MAX_PAGE_BYTES } from "./corpus/limits.js";
import { registerSecret } from "./log/log.js";

/**
 * Configuration, read once at start from the environment and `.env` (the environment wins),
 * validated, typed. Nothing else in the code reads process.env for these.
 */
export interface Config {
  /** Present when DISCORD_TOKEN is set: `npm start` connects to Discord, else opens the console. */
  discord: DiscordConfig | null;
  /** Null when LOG_LEVEL is not set: the entry point picks its own default. */
  logLevel: LogLevel | null;
  /** Seconds a user waits between two /ask; 0 turns the cooldown off. */
  askCooldownSeconds: number;
  /** The SQLite file: feedback, server settings, cooldowns, conversation context. */
  databasePath: string;
  /** When set, the store is on this PostgreSQL database instead of the SQLite file. */
  databaseUrl: string | null;
  /** `npm run ingest` refuses a raw page larger than this, with the reason. */
  ingestMaxPageBytes: number;
  /** Port of /healthz, /readyz and /metrics while connected to Discord; null: none. */
  metricsPort: number | null;
}

export interface DiscordConfig {
  token: string;
  /** Needed by `npm run deploy`; checked against READY when the bot connects. */
  applicationId: string | null;
  /** Deploy registers the commands to this guild only (instant) when set, globally otherwise. */
  guildId: string | null;
  /** Replaces https://discord.com/api for the client (rest.api) and deploy. */
  apiUrl: string | null;
  /**
   * Ask for the privileged Message Content intent, so that in a follow-up thread a plain
   * message (no mention, no reply) is read as the next question. Off by default.
   */
  messageContent: boolean;
  /**
   * The gateway shards this process opens (discord.js's own sharding: one connection per
   * shard, all in this process). Null: one shard, as a bot in fewer than 2,500 servers needs.
   */
  shards: ShardConfig | null;
}

export interface ShardConfig {
  /** Shards of the whole bot, across every process; "auto": as many as Discord recommends. */
  count: number | "auto";
  /** The shards this process opens; null: all of them. */
  ids: number[] | null;
}

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const DEFAULT_ASK_COOLDOWN_SECONDS = 10;
/** Far above what any bot needs (Discord asks for one shard per 2,500 servers). */
const MAX_SHARDS = 4096;
const SHARD_COUNT_RULE = `must be auto or a whole number from 1 to ${MAX_SHARDS}`;
export const DEFAULT_DATABASE_PATH = "data/talks.db";

export class ConfigError extends Error {
  override name = "ConfigError";
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration (see .env.example):\n- ${problems.join("\n- ")}`);
  }
}

const empty = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const trimmed = (v: unknown) => (typeof v === "string" ? v.trim() : v);
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => trimmed(empty(v)), schema.optional());

const snowflake = z
  .string()
  .regex(/^\d{17,20}$/, "must be a Discord ID: 17–20 digits (copy it from the developer portal)");

const schema = z.object({
  DISCORD_TOKEN: optional(
    z
      .string()
      .regex(
        /^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/,
        "does not look like a bot token (three dot-separated parts). Copy it from Bot → Reset Token; the client secret and public key are not the token",
      ),
  ),
  DISCORD_APPLICATION_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  DISCORD_API_URL: optional(
    z
      .url({
        protocol: /^https?$/,
        error: "must be an http(s) URL such as https://discord.com/api",
      })
      .refine(
        (url) => !/\/v\d+\/?$/.test(url),
        "must not end with the API version (/v10): use e.g. https://discord.com/api",
      )
      .transform((url) => url.replace(/\/+$/, "")),
  ),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` })),
  ASK_COOLDOWN_SECONDS: optional(
    z.coerce
      .number({ error: "must be a whole number of seconds" })
      .int("must be a whole number of seconds")
      .min(0, "must be 0 (off) or more")
      .max(3600, "must be at most 3600"),
  ),
  DATABASE_PATH: optional(
    z
      .string()
      .refine((p) => !p.endsWith("/") && !p.endsWith("\\"), "must name a file, not a folder"),
  ),
  DATABASE_URL: optional(
    z
      .string()
      .refine(
        (url) => /^postgres(ql)?:\/\/[^\s]+$/.test(url) && URL.canParse(url),
        "must be a PostgreSQL URL such as postgresql://user:password@host:5432/talks",
      ),
  ),
  DISCORD_MESSAGE_CONTENT: optional(
    z.enum(["true", "false"], { error: "must be true or false" }).transform((v) => v === "true"),
  ),
  METRICS_PORT: optional(
    z.coerce
      .number({ error: "must be a port number" })
      .int("must be a port number")
      .min(1, "must be a port number from 1 to 65535")
      .max(65535, "must be a port number from 1 to 65535"),
  ),
  SHARD_COUNT: optional(
    z.union(
      [
        z.literal("auto"),
        z.coerce
          .number()
          .int(SHARD_COUNT_RULE)
          .min(1, SHARD_COUNT_RULE)
          .max(MAX_SHARDS, SHARD_COUNT_RULE),
      ],
      { error: SHARD_COUNT_RULE },
    ),
  ),
  SHARD_IDS: optional(
    z
      .string()
      .regex(/^\d+(\s*,\s*\d+)*$/, "must be shard numbers separated by commas, such as 0,1")
      .transform((ids) => ids.split(",").map((id) => Number(id.trim())))
      .refine((ids) => new Set(ids).size === ids.length, "must not name a shard twice"),
  ),
  INGEST_MAX_PAGE_BYTES: optional(
    z.coerce
      .number({ error: "must be a whole number of bytes" })
      .int("must be a whole number of bytes")
      .min(1000, "must be at least 1000"),
  ),
});

export interface LoadOptions {
  /** Defaults to process.env. */
  env?: Readonly<Record<string, string | undefined>>;
  /** `.env` file to read under the environment; null reads none. Defaults to ./.env. */
  envFile?: string | null;
  /** Variables this entry point cannot do without (deploy needs the token and application ID). */
  require?: readonly (keyof z.input<typeof schema>)[];
}

function readEnvFile(path: string | null): Record<string, string> {
  if (path === null || !existsSync(path)) return {};
  return dotenv.parse(readFileSync(path));
}

/** Reads and validates the configuration; throws ConfigError naming every bad variable. */
export function loadConfig(options: LoadOptions = {}): Config {
  const env = {
    ...readEnvFile(options.envFile === undefined ? ".env" : options.envFile),
    ...(options.env ?? process.env),
  };
  const parsed = schema.safeParse(env);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? "configuration");
      // Never echo a value back: it could be a token pasted into the wrong variable.
      problems.push(`${name} ${issue.message}`);
    }
  }
  for (const name of options.require ?? []) {
    if (empty(env[name]) === undefined) problems.push(`${name} is required here but not set`);
  }
  if (parsed.success) problems.push(...shardProblems(parsed.data));
  // discord.js reads SHARD_COUNT from the environment itself and takes a blank one for 0 (a
  // blank line in .env never reaches the environment, so that one stays harmless).
  const environment = options.env ?? process.env;
  if (typeof environment.SHARD_COUNT === "string" && environment.SHARD_COUNT.trim() === "") {
    problems.push(
      "SHARD_COUNT is set but empty in the environment: discord.js reads it too, as 0. Unset it or give a number",
    );
  }
  if (problems.length > 0 || !parsed.success) throw new ConfigError(problems);

  const v = parsed.data;
  registerSecret(v.DISCORD_TOKEN);
  // The URL may hold a password: neither it nor the password may reach a log line.
  registerSecret(v.DATABASE_URL);
  if (v.DATABASE_URL) registerSecret(decodeURIComponent(new URL(v.DATABASE_URL).password));
  return {
    discord: v.DISCORD_TOKEN
      ? {
          token: v.DISCORD_TOKEN,
          applicationId: v.DISCORD_APPLICATION_ID ?? null,
          guildId: v.DISCORD_GUILD_ID ?? null,
          apiUrl: v.DISCORD_API_URL ?? null,
          messageContent: v.DISCORD_MESSAGE_CONTENT ?? false,
          shards:
            v.SHARD_COUNT === undefined ? null : { count: v.SHARD_COUNT, ids: v.SHARD_IDS ?? null },
        }
      : null,
    logLevel: v.LOG_LEVEL ?? null,
    askCooldownSeconds: v.ASK_COOLDOWN_SECONDS ?? DEFAULT_ASK_COOLDOWN_SECONDS,
    databasePath: v.DATABASE_PATH ?? DEFAULT_DATABASE_PATH,
    databaseUrl: v.DATABASE_URL ?? null,
    ingestMaxPageBytes: v.INGEST_MAX_PAGE_BYTES ?? DEFAULT_MAX_PAGE_BYTES,
    metricsPort: v.METRICS_PORT ?? null,
  };
}

/** SHARD_IDS needs a number of shards to be taken from, and must lie within it. */
function shardProblems(v: {
  SHARD_COUNT?: number | "auto" | undefined;
  SHARD_IDS?: number[] | undefined;
}): string[] {
  if (v.SHARD_IDS === undefined) return [];
  if (v.SHARD_COUNT === undefined || v.SHARD_COUNT === "auto") {
    return ["SHARD_IDS needs SHARD_COUNT set to a number: the shards of the whole bot"];
  }
  const count = v.SHARD_COUNT;
  const outside = v.SHARD_IDS.filter((id) => id >= count);
  return outside.length > 0
    ? [`SHARD_IDS must name shards from 0 to ${count - 1} (SHARD_COUNT is ${count})`]
    : [];
}
