import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { FakeDiscord } from "./fakeDiscord.js";

/**
 * The fake Discord's identity and the environment a deployment pointed at it has. Free of
 * vitest, so the load runner (`npm run load`) shares it with the tests.
 */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GxY-z1.fake_token_for_tests_only_0123456789abcd";
export const APPLICATION_ID = "123456789012345678";
export const GUILD_ID = "987654321098765432";
/** Guilds (1) | GuildMessages (512) | DirectMessages (4096): what the bot identifies with. */
export const BOT_INTENTS = 1 | 512 | 4096;

export function startFake(
  options: {
    ackDeadlineMs?: number;
    heartbeatIntervalMs?: number;
    everySession?: boolean;
    shardCount?: number;
    otherGuildIds?: string[];
  } = {},
) {
  return FakeDiscord.start({
    token: TOKEN,
    applicationId: APPLICATION_ID,
    guildId: GUILD_ID,
    shardCount: E2E_SHARDS,
    ...options,
  });
}

/**
 * TALKS_E2E_SHARDS=2 runs every test through a fake Discord that asks for two gateway shards,
 * and a bot started with SHARD_COUNT=2 (unless a test sets its own): the whole suite on two
 * shards. Default 1.
 */
export const E2E_SHARDS = Number(process.env.TALKS_E2E_SHARDS || 1);

/** The environment a real deployment would have, pointed at the fake. */
export function botEnv(
  fake: FakeDiscord,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: APPLICATION_ID,
    DISCORD_GUILD_ID: GUILD_ID,
    DISCORD_API_URL: fake.apiUrl,
    LOG_LEVEL: "debug",
    ASK_COOLDOWN_SECONDS: "30",
    // A database of its own, so no run writes into the repository's data/.
    DATABASE_PATH: join(mkdtempSync(join(tmpdir(), "talks-db-")), "talks.db"),
    ...(fake.options.shardCount > 1 ? { SHARD_COUNT: String(fake.options.shardCount) } : {}),
    ...extra,
  };
}

/** Every variable the bot reads, blank: a developer's own .env cannot leak into a test. */
export const BLANK_ENV = {
  DISCORD_TOKEN: "",
  DISCORD_APPLICATION_ID: "",
  DISCORD_GUILD_ID: "",
  DISCORD_API_URL: "",
  // Not blank: src/log.ts reads LOG_LEVEL at import and pino refuses an empty level.
  LOG_LEVEL: "info",
  ASK_COOLDOWN_SECONDS: "",
  DATABASE_PATH: "",
  DATABASE_URL: "",
  DISCORD_MESSAGE_CONTENT: "",
  INGEST_MAX_PAGE_BYTES: "",
  METRICS_PORT: "",
  // SHARD_COUNT and SHARD_IDS stay out: discord.js reads SHARD_COUNT from the environment too,
  // and a blank one is refused (src/config.ts).
};
