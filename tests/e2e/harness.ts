import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { startBot, type Bot } from "../../src/bot/bot.js";
import { loadConfig, type Config } from "../../src/config.js";
import { createLogger } from "../../src/log.js";
import type { TalksService } from "../../src/service.js";
import { messageProblems } from "./discordLimits.js";
import { FakeDiscord, type InteractionResponse } from "./fakeDiscord.js";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GxY-z1.fake_token_for_tests_only_0123456789abcd";
export const APPLICATION_ID = "123456789012345678";
export const GUILD_ID = "987654321098765432";

export function startFake(options: { ackDeadlineMs?: number; heartbeatIntervalMs?: number } = {}) {
  return FakeDiscord.start({
    token: TOKEN,
    applicationId: APPLICATION_ID,
    guildId: GUILD_ID,
    ...options,
  });
}

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
    ...extra,
  };
}

/**
 * Log lines the bot writes (through src/log.ts, redaction included) are captured here rather
 * than printed, so tests can assert on them.
 */
export class LogCapture {
  readonly lines: string[] = [];
  private original: typeof process.stderr.write | null = null;

  start(): void {
    const original = process.stderr.write.bind(process.stderr);
    this.original = original;
    process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      const text = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
      if (text.startsWith('{"level":')) {
        this.lines.push(text);
        return true;
      }
      return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof process.stderr.write;
  }

  stop(): void {
    if (this.original) process.stderr.write = this.original;
    this.original = null;
  }

  get text(): string {
    return this.lines.join("");
  }
}

export async function startTestBot(
  fake: FakeDiscord,
  service: TalksService,
  env: Record<string, string> = {},
): Promise<{ bot: Bot; config: Config }> {
  const config = loadConfig({ env: botEnv(fake, env), envFile: null });
  if (!config.discord) throw new Error("test config has no token");
  const bot = await startBot({
    discord: config.discord,
    askCooldownSeconds: config.askCooldownSeconds,
    service,
    log: createLogger(config.logLevel ?? "info"),
    readyTimeoutMs: 10_000,
  });
  return { bot, config };
}

export interface ScriptResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
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
};

/**
 * Runs a TypeScript entry point the way npm scripts do (tsx). By default in an empty
 * directory (no .env); `cwd: ROOT` for entry points that read the corpus as `npm start` does.
 */
export function runScript(
  script: string,
  env: Record<string, string>,
  options: {
    stdin?: string;
    timeoutMs?: number;
    cwd?: string;
    args?: string[];
    onSpawn?: (child: ReturnType<typeof spawn>) => void;
  } = {},
): Promise<ScriptResult> {
  const started = performance.now();
  const cwd = options.cwd ?? mkdtempSync(join(tmpdir(), "talks-bot-"));
  const child = spawn(
    process.execPath,
    [join(ROOT, "node_modules/tsx/dist/cli.mjs"), join(ROOT, script), ...(options.args ?? [])],
    {
      cwd,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? cwd, ...BLANK_ENV, ...env },
      stdio: ["pipe", "pipe", "pipe"],
    },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  if (options.stdin !== undefined) child.stdin.end(options.stdin);
  options.onSpawn?.(child);
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new Error(`${script} did not exit within ${options.timeoutMs ?? 20_000} ms\n${stderr}`),
      );
    }, options.timeoutMs ?? 20_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr, ms: performance.now() - started });
    });
  });
}

/** The message body a response carries, checked against Discord's limits and mention rules. */
export function expectValidMessage(response: InteractionResponse): Record<string, unknown> {
  expect(response.status, JSON.stringify(response.body)).toBeLessThan(300);
  expect(
    messageProblems(response.body, { creating: response.kind !== "edit" && response.type !== 7 }),
  ).toEqual([]);
  expect(response.body.allowed_mentions).toEqual({ parse: [] });
  return response.body;
}

type Embed = {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
};
type Row = { components: { custom_id?: string; label?: string; disabled?: boolean }[] };

export function embedsOf(body: Record<string, unknown>): Embed[] {
  return (body.embeds ?? []) as Embed[];
}

export function buttonsOf(body: Record<string, unknown>): Row["components"] {
  return ((body.components ?? []) as Row[]).flatMap((r) => r.components);
}

/** All text of a message, for "contains"/"does not contain" checks. */
export function allText(body: Record<string, unknown>): string {
  const parts = [String(body.content ?? "")];
  for (const e of embedsOf(body)) {
    parts.push(e.title ?? "", e.description ?? "", e.footer?.text ?? "");
    for (const f of e.fields ?? []) parts.push(f.name, f.value);
  }
  return parts.join("\n");
}

let userCounter = 0;
/** A fresh user, so the /ask cooldown of one test never touches another. */
export function newUser(): { id: string } {
  userCounter += 1;
  return { id: `4000000000000${String(userCounter).padStart(5, "0")}` };
}
