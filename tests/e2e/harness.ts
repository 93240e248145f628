import { pathToFileURL } from "node:url";
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { openService, type ReloadableService, type ServiceOptions } from "../../src/app.js";
import { startBot, type Bot, type BotOptions } from "../../src/bot/bot.js";
import { loadConfig, type Config } from "../../src/config.js";
import { createLogger } from "../../src/log/log.js";
import { Messages } from "../../src/render/messages.js";
import type { TalksService } from "../../src/service.js";
import { openStore } from "../../src/store/open.js";
import type { Store } from "../../src/store/types.js";
import { messageProblems } from "./discordLimits.js";
import { BLANK_ENV, ROOT, botEnv } from "./env.js";
import type {
  FakeDiscord,
  InteractionRecord,
  InteractionResponse,
  RestCall,
  RestFault,
} from "./fakeDiscord.js";
import { allText, liveMentions } from "./outgoing.js";

export { APPLICATION_ID, BLANK_ENV, GUILD_ID, ROOT, TOKEN, botEnv, startFake } from "./env.js";
export { allText, buttonsOf, checkSent, embedsOf, liveMentions } from "./outgoing.js";

/**
 * Log lines the bot writes (through src/log.ts, redaction included) are captured here rather
 * than printed, so tests can assert on them.
 */
export class LogCapture {
  readonly lines: string[] = [];
  private original: typeof process.stderr.write | null = null;
  private readonly waiters = new Set<(line: string) => void>();

  start(): void {
    const original = process.stderr.write.bind(process.stderr);
    this.original = original;
    process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      const text = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
      if (text.startsWith('{"level":')) {
        this.lines.push(text);
        for (const waiter of this.waiters) waiter(text);
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

  /** Resolves with the first captured line, already written or to come, that `match` accepts. */
  waitFor(match: (line: string) => boolean, label: string, timeoutMs = 10_000): Promise<string> {
    const seen = this.lines.find(match);
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolvePromise, reject) => {
      const waiter = (line: string) => {
        if (!match(line)) return;
        cleanup();
        resolvePromise(line);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`no log line ${label} within ${timeoutMs} ms`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
      };
      this.waiters.add(waiter);
    });
  }
}

/** A database file of its own in a fresh temporary folder (the folder is not created). */
export function tempDatabasePath(): string {
  return join(mkdtempSync(join(tmpdir(), "talks-db-")), "data", "talks.db");
}

export async function startTestBot(
  fake: FakeDiscord,
  service: TalksService,
  env: Record<string, string> = {},
  options: Pick<BotOptions, "shedAfterMs" | "maxPending" | "replyBudgetMs"> = {},
): Promise<{ bot: Bot; config: Config; store: Store }> {
  const config = loadConfig({
    env: botEnv(fake, { DATABASE_PATH: tempDatabasePath(), ...env }),
    envFile: null,
  });
  if (!config.discord) throw new Error("test config has no token");
  const log = createLogger(config.logLevel ?? "info");
  const store = await openStore(config, log);
  const bot = await startBot({
    discord: config.discord,
    askCooldownSeconds: config.askCooldownSeconds,
    service,
    store,
    log,
    readyTimeoutMs: 10_000,
    ...options,
  });
  return { bot, config, store };
}

export interface ScriptResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * Runs a TypeScript entry point with tsx's loader in the one node process, so a signal the
 * test sends reaches the entry point itself (tsx's command-line wrapper relays signals to a
 * child, and under load may die of one before the child says it handles it). By default in an
 * empty directory (no .env); `cwd: ROOT` for entry points that read the corpus as `npm start`
 * does.
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
    [
      "--import",
      pathToFileURL(join(ROOT, "node_modules/tsx/dist/loader.mjs")).href,
      join(ROOT, script),
      ...(options.args ?? []),
    ],
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

let userCounter = 0;
/** A fresh user, so the /ask cooldown of one test never touches another. */
export function newUser(): { id: string } {
  userCounter += 1;
  return { id: `4000000000000${String(userCounter).padStart(5, "0")}` };
}

/**
 * The real domain on the committed corpus (or `articlesDir`), with an index cache directory of
 * its own so tests never depend on, or write to, corpus/.cache.
 */
export function openTestService(options: ServiceOptions = {}): ReloadableService {
  return openService({
    articlesDir: join(ROOT, "corpus/articles"),
    cacheDir: mkdtempSync(join(tmpdir(), "talks-cache-")),
    ...options,
  });
}

/** Every REST call made for one interaction (its callback, edits, follow-ups, deletes). */
export function callsFor(fake: FakeDiscord, record: InteractionRecord): RestCall[] {
  return fake.calls.filter((c) => c.path.includes(`/${record.token}`));
}

/**
 * Waits for what the user ends up seeing and checks the whole exchange: acknowledged exactly
 * once within Discord's 3 s, nothing refused by Discord, a valid message that pings nobody,
 * and (unless `calm: false`) not the "something went wrong" notice.
 */
export async function expectAnswered(
  fake: FakeDiscord,
  record: InteractionRecord,
  { timeoutMs = 10_000, calm = true } = {},
): Promise<Record<string, unknown>> {
  const visible = await fake.waitForVisible(record, timeoutMs);
  const callbacks = record.responses.filter((r) => r.kind === "callback");
  expect(callbacks.map((c) => c.status < 300)).toEqual([true]);
  expect(callbacks[0]?.at ?? Infinity).toBeLessThan(record.sentAt + 3000);
  expect(record.responses.filter((r) => r.status >= 300)).toEqual([]);
  expect(record.responses.filter((r) => r.kind === "edit").length).toBeLessThanOrEqual(1);
  if (visible.type === 8) {
    expect(visible.status).toBeLessThan(300);
    return visible.body;
  }
  const body = expectValidMessage(visible);
  expect(liveMentions(allText(body))).toEqual([]);
  if (calm) expect(body.content).not.toBe(Messages.somethingWentWrong);
  return body;
}

/** Resolves with the first line of `stream` matching `pattern` from now on. */
export function waitForLine(
  stream: NodeJS.ReadableStream,
  pattern: RegExp,
  timeoutMs = 10_000,
): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let pending = "";
    const onData = (chunk: Buffer | string) => {
      const lines = (pending + chunk.toString()).split("\n");
      pending = lines.pop() ?? "";
      const line = lines.find((l) => pattern.test(l));
      if (line !== undefined) {
        cleanup();
        resolvePromise(line);
      }
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`no line matching ${String(pattern)} within ${timeoutMs} ms`));
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      stream.off("data", onData);
    };
    stream.on("data", onData);
  });
}

/** The request that shows an answer: the interaction callback itself, or the edit of a deferral. */
export const ANSWER_PATH =
  /^\/(?:interactions\/\d+\/[^/]+\/callback|webhooks\/\d+\/[^/]+\/messages\/(?:@|%40)original)$/;

/** The message a request sends: a callback's data, or an edit's or follow-up's body. */
export function messageOf(call: RestCall): Record<string, unknown> {
  const body = (call.body ?? {}) as Record<string, unknown>;
  return call.path.endsWith("/callback") ? ((body.data ?? {}) as Record<string, unknown>) : body;
}

/** Whether a request carries an answer (embeds), whichever way it is sent, not a notice. */
export function carriesAnswer(call: RestCall): boolean {
  const body = (call.body ?? {}) as Record<string, unknown>;
  if (call.path.endsWith("/callback") && body.type !== 4) return false;
  const embeds = messageOf(call).embeds;
  return Array.isArray(embeds) && embeds.length > 0;
}

/** A fault on whichever request carries the answer: the callback, or the edit after a deferral. */
export function onTheAnswer(
  fault: Omit<RestFault, "path" | "when" | "times"> & { times?: number },
) {
  return { ...fault, path: ANSWER_PATH, when: carriesAnswer };
}

/** Every attempt at sending the answer of `record`, whichever way it went. */
export function answerAttempts(fake: FakeDiscord, record: InteractionRecord): RestCall[] {
  return callsFor(fake, record).filter((c) => ANSWER_PATH.test(c.path) && carriesAnswer(c));
}

/** What the user can see of an interaction now: its message (unless deleted) and follow-ups. */
export function seenBy(record: InteractionRecord): Record<string, unknown>[] {
  return [record.original, ...record.followups].filter(
    (m): m is Record<string, unknown> => m !== null && m !== undefined,
  );
}

/** Waits until the user sees a message `match` accepts, however it was sent; returns it. */
export function waitForSeen(
  fake: FakeDiscord,
  record: InteractionRecord,
  match: (message: Record<string, unknown>) => boolean,
  timeoutMs = 5000,
): Promise<Record<string, unknown>> {
  return fake.until(() => seenBy(record).find(match), `a message seen for ${record.id}`, timeoutMs);
}

/** Waits until the user sees `text` as a private notice, however it was sent; returns it. */
export async function waitForPrivateNotice(
  fake: FakeDiscord,
  record: InteractionRecord,
  text: string,
  timeoutMs = 5000,
): Promise<Record<string, unknown>> {
  const notice = await waitForSeen(fake, record, (m) => m.content === text, timeoutMs);
  expect(notice.flags).toBe(64);
  return notice;
}
