import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_ASK_COOLDOWN_SECONDS, loadConfig } from "../src/config.js";
import { DEFAULT_MAX_PAGE_BYTES } from "../src/corpus/limits.js";
import { redact } from "../src/log/log.js";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GxY-z1.config_test_token_0123456789abcdefghij";

function problems(
  env: Record<string, string>,
  require?: ("DISCORD_TOKEN" | "DISCORD_APPLICATION_ID")[],
): string[] {
  try {
    loadConfig({ env, envFile: null, ...(require ? { require } : {}) });
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  return [];
}

describe("loadConfig", () => {
  it("reads DATABASE_PATH and DISCORD_MESSAGE_CONTENT, refusing a folder and a non-boolean by name", () => {
    const config = loadConfig({
      env: {
        DISCORD_TOKEN: TOKEN,
        DATABASE_PATH: "/srv/bot/feedback.db",
        DISCORD_MESSAGE_CONTENT: "true",
      },
      envFile: null,
    });
    expect(config.databasePath).toBe("/srv/bot/feedback.db");
    expect(config.discord?.messageContent).toBe(true);
    expect(() => loadConfig({ env: { DATABASE_PATH: "data/" }, envFile: null })).toThrow(
      /DATABASE_PATH must name a file/,
    );
    expect(() => loadConfig({ env: { DISCORD_MESSAGE_CONTENT: "yes" }, envFile: null })).toThrow(
      /DISCORD_MESSAGE_CONTENT must be true or false/,
    );
  });

  it("reads DATABASE_URL, refusing one that is not PostgreSQL's without echoing it, and keeps its password out of logs", () => {
    const url = "postgresql://talks:pw-in-the-url-0042@db.internal:5432/talks";
    expect(loadConfig({ env: { DATABASE_URL: url }, envFile: null }).databaseUrl).toBe(url);
    expect(redact(`connecting with pw-in-the-url-0042 to ${url}`)).not.toContain(
      "pw-in-the-url-0042",
    );
    const found = problems({ DATABASE_URL: "mysql://root:hunter2-secret@db/talks" });
    expect(found).toEqual([expect.stringMatching(/^DATABASE_URL must be a PostgreSQL URL/)]);
    expect(found.join("\n")).not.toContain("hunter2-secret");
  });

  it("with nothing set opens the console with defaults", () => {
    expect(loadConfig({ env: {}, envFile: null })).toEqual({
      discord: null,
      logLevel: null,
      askCooldownSeconds: DEFAULT_ASK_COOLDOWN_SECONDS,
      databasePath: "data/talks.db",
      databaseUrl: null,
      ingestMaxPageBytes: DEFAULT_MAX_PAGE_BYTES,
      metricsPort: null,
    });
  });

  it("with a token reads every Discord variable, trims the API URL and registers the token for redaction", () => {
    const config = loadConfig({
      env: {
        DISCORD_TOKEN: ` ${TOKEN} `,
        DISCORD_APPLICATION_ID: "123456789012345678",
        DISCORD_GUILD_ID: "987654321098765432",
        DISCORD_API_URL: "http://127.0.0.1:9999/api/",
        LOG_LEVEL: "debug",
        ASK_COOLDOWN_SECONDS: "0",
      },
      envFile: null,
    });
    expect(config).toEqual({
      discord: {
        token: TOKEN,
        applicationId: "123456789012345678",
        guildId: "987654321098765432",
        apiUrl: "http://127.0.0.1:9999/api",
        messageContent: false,
        shards: null,
      },
      logLevel: "debug",
      askCooldownSeconds: 0,
      databasePath: "data/talks.db",
      databaseUrl: null,
      ingestMaxPageBytes: DEFAULT_MAX_PAGE_BYTES,
      metricsPort: null,
    });
    expect(redact(`Bot ${TOKEN}`)).toBe("Bot [redacted]");
  });

  it("treats empty variables, as copied from .env.example, as unset", () => {
    const config = loadConfig({
      env: { DISCORD_TOKEN: TOKEN, DISCORD_GUILD_ID: "", DISCORD_API_URL: "  ", LOG_LEVEL: "" },
      envFile: null,
    });
    expect(config.discord?.guildId).toBeNull();
    expect(config.discord?.apiUrl).toBeNull();
    expect(config.logLevel).toBeNull();
  });

  it("names every malformed variable at once, without echoing its value", () => {
    const found = problems({
      DISCORD_TOKEN: "client-secret-pasted-by-mistake",
      DISCORD_APPLICATION_ID: "my-app",
      DISCORD_GUILD_ID: "12",
      DISCORD_API_URL: "ftp://example.com",
      LOG_LEVEL: "loud",
      ASK_COOLDOWN_SECONDS: "1.5",
    });
    expect(found.map((p) => p.split(" ")[0])).toEqual([
      "DISCORD_TOKEN",
      "DISCORD_APPLICATION_ID",
      "DISCORD_GUILD_ID",
      "DISCORD_API_URL",
      "LOG_LEVEL",
      "ASK_COOLDOWN_SECONDS",
    ]);
    expect(found.join("\n")).not.toContain("client-secret-pasted-by-mistake");
    expect(found[0]).toContain("the client secret and public key are not the token");
  });

  it("refuses an API URL that already carries the version", () => {
    expect(problems({ DISCORD_API_URL: "https://discord.com/api/v10" })).toEqual([
      "DISCORD_API_URL must not end with the API version (/v10): use e.g. https://discord.com/api",
    ]);
  });

  it("reads SHARD_COUNT as a number or auto, and SHARD_IDS as the shards of this process", () => {
    const shards = (env: Record<string, string>) =>
      loadConfig({ env: { DISCORD_TOKEN: TOKEN, ...env }, envFile: null }).discord?.shards;
    expect(shards({})).toBeNull();
    expect(shards({ SHARD_COUNT: "auto" })).toEqual({ count: "auto", ids: null });
    expect(shards({ SHARD_COUNT: "4" })).toEqual({ count: 4, ids: null });
    expect(shards({ SHARD_COUNT: "4", SHARD_IDS: "2, 3" })).toEqual({ count: 4, ids: [2, 3] });
  });

  it("refuses shard settings that do not fit together, naming the variable", () => {
    expect(problems({ SHARD_COUNT: "0" })).toEqual([
      "SHARD_COUNT must be auto or a whole number from 1 to 4096",
    ]);
    expect(problems({ SHARD_COUNT: "two" })).toEqual([
      "SHARD_COUNT must be auto or a whole number from 1 to 4096",
    ]);
    expect(problems({ SHARD_COUNT: "2", SHARD_IDS: "0;1" })).toEqual([
      "SHARD_IDS must be shard numbers separated by commas, such as 0,1",
    ]);
    expect(problems({ SHARD_COUNT: "2", SHARD_IDS: "1,1" })).toEqual([
      "SHARD_IDS must not name a shard twice",
    ]);
    expect(problems({ SHARD_COUNT: "2", SHARD_IDS: "0,2" })).toEqual([
      "SHARD_IDS must name shards from 0 to 1 (SHARD_COUNT is 2)",
    ]);
    expect(problems({ SHARD_IDS: "0" })).toEqual([
      "SHARD_IDS needs SHARD_COUNT set to a number: the shards of the whole bot",
    ]);
    expect(problems({ SHARD_COUNT: "auto", SHARD_IDS: "0" })).toEqual([
      "SHARD_IDS needs SHARD_COUNT set to a number: the shards of the whole bot",
    ]);
    // discord.js would read it as 0 and refuse to start with a message naming no variable.
    expect(problems({ SHARD_COUNT: " " })).toEqual([
      "SHARD_COUNT is set but empty in the environment: discord.js reads it too, as 0. Unset it or give a number",
    ]);
  });

  it("refuses a negative or huge cooldown", () => {
    expect(problems({ ASK_COOLDOWN_SECONDS: "-1" })).toEqual([
      "ASK_COOLDOWN_SECONDS must be 0 (off) or more",
    ]);
    expect(problems({ ASK_COOLDOWN_SECONDS: "99999" })).toEqual([
      "ASK_COOLDOWN_SECONDS must be at most 3600",
    ]);
  });

  it("for deploy, names each required variable that is missing", () => {
    expect(problems({}, ["DISCORD_TOKEN", "DISCORD_APPLICATION_ID"])).toEqual([
      "DISCORD_TOKEN is required here but not set",
      "DISCORD_APPLICATION_ID is required here but not set",
    ]);
  });

  it("reads .env under the environment, the environment winning", () => {
    const dir = mkdtempSync(join(tmpdir(), "talks-config-"));
    const file = join(dir, ".env");
    writeFileSync(file, `LOG_LEVEL=warn\nASK_COOLDOWN_SECONDS=5\n# comment\n`);
    const config = loadConfig({ env: { ASK_COOLDOWN_SECONDS: "7" }, envFile: file });
    expect(config.logLevel).toBe("warn");
    expect(config.askCooldownSeconds).toBe(7);
  });

  it("the message of the error lists every problem and points to .env.example", () => {
    expect(() => loadConfig({ env: { LOG_LEVEL: "loud" }, envFile: null })).toThrow(
      "Invalid configuration (see .env.example):\n- LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent",
    );
  });
});
