import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { BLANK_ENV, GUILD_ID, ROOT, TOKEN, botEnv, startFake } from "../e2e/env.js";
import {
  guildIdOnShard,
  shardOfGuild,
  type FakeDiscord,
  type InteractionRecord,
  type InteractionResponse,
} from "../e2e/fakeDiscord.js";
import { sentMessageProblems } from "../e2e/outgoing.js";
import type { FromBot, ToBot } from "./botProcess.js";

/**
 * Load through the fake Discord: /ask interactions in bursts, each from a distinct user (the
 * per-user cooldown stays on, as in production), against the real bot in its own process on
 * the real corpus. Every interaction is checked: acknowledged once within Discord's 3 s,
 * answered once with a valid payload, nothing lost. Memory is read after a full GC at the
 * checkpoints asked for.
 */

export interface LoadOptions {
  interactions: number;
  /** At most this many interactions sent at once; the next burst starts when all are answered. */
  burst: number;
  /** Interaction counts after which the bot's memory is read after a full GC. */
  checkpoints?: readonly number[];
  /** Seconds to wait for a burst to be answered before the rest count as lost. */
  burstTimeoutMs?: number;
  /**
   * Gateway shards (SHARD_COUNT) the fake Discord asks for and the bot opens; the bot is in one
   * guild per shard and the questions come from each guild by turns. Default 1.
   */
  shards?: number;
  onProgress?: (line: string) => void;
}

export interface Quantiles {
  p50: number;
  p99: number;
  max: number;
}

/** The figures so far, as they stood after `after` interactions. */
export interface Checkpoint {
  after: number;
  answered: number;
  /** Answers per second over the bursts so far (time from each burst's send to its last answer). */
  throughput: number;
  firstCallbackMs: Quantiles;
  replyMs: Quantiles;
  /** The bot's memory after a full GC. */
  rss: number;
  heapUsed: number;
  /** Peak RSS of the bot since it started. */
  maxRss: number;
  /** discord.js REST queues alive (one per interaction token until swept while idle). */
  restHandlers: number;
}

export interface LoadResult {
  interactions: number;
  burst: number;
  answered: number;
  /** Interactions with no answer when their burst timed out. */
  lost: number;
  /** Interactions acknowledged or answered more than once. */
  duplicated: number;
  /** First callbacks later than 3 s after the interaction was sent. */
  late: number;
  /** The first problems found (invalid payloads, failed calls), at most 50. */
  problems: string[];
  durationMs: number;
  /** Interactions answered per second, from the first sent to the last answered. */
  throughput: number;
  firstCallbackMs: Quantiles;
  replyMs: Quantiles;
  checkpoints: Checkpoint[];
  peakRss: number;
  startupMs: number;
  /** The bot's log: lines by level name, and how many carried the token. */
  logLines: Record<string, number>;
  /** A few of the bot's warning and error lines, when there were any. */
  logSamples: string[];
  tokenInLogs: number;
}

/** Questions people ask, answerable and not, plain and hostile: the mix every burst cycles. */
export const QUESTIONS = [
  "Who led the Russian delegation?",
  "who led the US delegation",
  "When did the first round take place?",
  "Where were the talks held?",
  "What did the US raise?",
  "What was on the agenda?",
  "Did they discuss direct flights?",
  "What happened to the diplomatic property?",
  "How long did the talks last?",
  "When was the second round?",
  "What did Zakharova say?",
  "Who is Sonata Coulter?",
  "What about banking for diplomats?",
  "Were visas discussed?",
  "What is the toxic legacy?",
  "Did the talks touch on Ukraine?",
  "what is the weather on Mars",
  "@everyone who led the delegation? <@&323456789012345678>",
  "**bold** `code` [link](https://evil.example) ||spoiler||",
  "x".repeat(300),
  "Кто возглавлял российскую делегацию?",
  "\u202Ewho led the talks\u202C 🤝",
];

const EPHEMERAL = 64;
const DEADLINE_MS = 3000;

function quantiles(values: number[]): Quantiles {
  const sorted = [...values].sort((a, b) => a - b);
  const pick = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  return { p50: pick(0.5), p99: pick(0.99), max: sorted.at(-1) ?? 0 };
}

/** The bot process: real entry-point wiring, the real corpus, GC exposed, an IPC channel. */
export class BotProcess {
  readonly logLines: Record<string, number> = {};
  /** The first few lines of each level above info, to show what went wrong. */
  readonly samples: string[] = [];
  tokenInLogs = 0;
  private pending = "";
  private constructor(readonly child: ChildProcess) {
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk: string) => this.read(chunk));
  }

  static async start(
    fake: FakeDiscord,
    env: Record<string, string> = {},
  ): Promise<{ bot: BotProcess; startupMs: number }> {
    const child = spawn(
      process.execPath,
      ["--expose-gc", "--import", "tsx", join(ROOT, "tests/load/botProcess.ts")],
      {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH ?? "",
          HOME: process.env.HOME ?? ROOT,
          ...BLANK_ENV,
          ...botEnv(fake, { LOG_LEVEL: "info", ASK_COOLDOWN_SECONDS: "10", ...env }),
        },
        stdio: ["ignore", "ignore", "pipe", "ipc"],
      },
    );
    const bot = new BotProcess(child);
    const first = await bot.next(60_000);
    if (first.type !== "ready") {
      child.kill("SIGKILL");
      throw new Error(`the bot did not start: ${JSON.stringify(first)}`);
    }
    return { bot, startupMs: first.startupMs };
  }

  private read(chunk: string): void {
    const text = this.pending + chunk;
    const lines = text.split("\n");
    this.pending = lines.pop() ?? "";
    for (const line of lines) {
      if (!line) continue;
      if (line.includes(TOKEN)) this.tokenInLogs += 1;
      const level = /^\{"level":(\d+)/.exec(line)?.[1];
      const name = level ? (LEVELS[level] ?? level) : "other";
      this.logLines[name] = (this.logLines[name] ?? 0) + 1;
      if (Number(level ?? 100) >= 40 && (this.logLines[name] ?? 0) <= 3) this.samples.push(line);
    }
  }

  private next(timeoutMs: number): Promise<FromBot> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`the bot process did not answer within ${timeoutMs} ms`));
      }, timeoutMs);
      const onMessage = (message: FromBot) => {
        cleanup();
        resolve(message);
      };
      const onExit = (code: number | null) => {
        cleanup();
        reject(new Error(`the bot process exited (${String(code)})`));
      };
      const cleanup = () => {
        clearTimeout(timer);
        this.child.off("message", onMessage);
        this.child.off("exit", onExit);
      };
      this.child.on("message", onMessage);
      this.child.on("exit", onExit);
    });
  }

  async ask(message: ToBot, timeoutMs = 30_000): Promise<FromBot> {
    const reply = this.next(timeoutMs);
    this.child.send(message);
    return reply;
  }

  async memory(): Promise<Extract<FromBot, { type: "memory" }>> {
    const reply = await this.ask({ type: "memory" });
    if (reply.type !== "memory") throw new Error(`unexpected reply ${JSON.stringify(reply)}`);
    return reply;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = once(this.child, "exit");
    try {
      await this.ask({ type: "stop" }, 10_000);
    } catch {
      // Already gone or stuck: make sure it is gone.
    }
    const timer = setTimeout(() => this.child.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  }
}

const LEVELS: Record<string, string> = {
  "10": "trace",
  "20": "debug",
  "30": "info",
  "40": "warn",
  "50": "error",
  "60": "fatal",
};

/** Whether a response shows the answer: the callback itself, or the edit after a deferral. */
function showsAnswer(r: InteractionResponse): boolean {
  return r.status < 300 && (r.kind === "edit" || (r.kind === "callback" && r.type === 4));
}

/** The responses that showed the answer: one, whichever way it was sent, for a clean answer. */
export function answersOf(record: InteractionRecord): InteractionResponse[] {
  return record.responses.filter(showsAnswer);
}

/** Why `record` is not a clean answer: acknowledged once in time, answered once, valid. */
export function interactionProblems(record: InteractionRecord, isPrivate: boolean): string[] {
  const out: string[] = [];
  const failed = record.responses.filter((r) => r.status >= 300);
  for (const f of failed) out.push(`${f.kind} answered HTTP ${f.status}`);
  const callbacks = record.responses.filter((r) => r.kind === "callback" && r.status < 300);
  const answers = answersOf(record);
  const others = record.responses.filter((r) => r.kind === "followup" || r.kind === "delete");
  if (callbacks.length !== 1) out.push(`${callbacks.length} acknowledgements`);
  if (answers.length !== 1) out.push(`${answers.length} answers`);
  if (others.length > 0) out.push(`unexpected ${others.map((r) => r.kind).join(", ")}`);
  const ack = callbacks[0];
  if (ack && ack.type !== 4 && ack.type !== 5) {
    out.push(`acknowledged with callback type ${String(ack.type)}`);
  }
  // What the user sees: public or private as asked, whichever way it was sent.
  const flags = (record.original?.flags as number | undefined) ?? 0;
  if (flags !== (isPrivate ? EPHEMERAL : 0)) out.push(`message flags ${String(flags)}`);
  const answer = answers[0];
  if (answer) {
    out.push(...sentMessageProblems(answer.body, { creating: answer.kind === "callback" }));
    if (!Array.isArray(answer.body.embeds) || answer.body.embeds.length !== 1) {
      out.push("the answer has no embed");
    }
  }
  return out;
}

/** Resolves when every record is answered (or has failed), or after `timeoutMs`. */
function settled(
  fake: FakeDiscord,
  records: readonly InteractionRecord[],
  timeoutMs: number,
): Promise<void> {
  const waiting = new Set(records.map((r) => r.id));
  const finished = (r: InteractionResponse) =>
    showsAnswer(r) || r.status >= 300 || r.kind === "followup";
  for (const r of records) if (r.responses.some(finished)) waiting.delete(r.id);
  if (waiting.size === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const onResponse = (record: InteractionRecord, response: InteractionResponse) => {
      if (waiting.has(record.id) && finished(response)) waiting.delete(record.id);
      if (waiting.size === 0) done();
    };
    const timer = setTimeout(() => done(), timeoutMs);
    const done = () => {
      clearTimeout(timer);
      fake.off("response", onResponse);
      resolve();
    };
    fake.on("response", onResponse);
  });
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const progress = options.onProgress ?? (() => undefined);
  const checkpoints = new Set(options.checkpoints ?? []);
  const shards = options.shards ?? 1;
  // The test guild, and a guild on each other shard.
  const guilds = [GUILD_ID];
  for (let shard = 0; shard < shards; shard++) {
    if (shardOfGuild(GUILD_ID, shards) !== shard) guilds.push(guildIdOnShard(shard, shards));
  }
  const fake = await startFake({ shardCount: shards, otherGuildIds: guilds.slice(1) });
  const env: Record<string, string> = shards > 1 ? { SHARD_COUNT: String(shards) } : {};
  const { bot, startupMs } = await BotProcess.start(fake, env).catch(async (error: unknown) => {
    await fake.close();
    throw error;
  });
  const firstCallbacks: number[] = [];
  const replies: number[] = [];
  const problems: string[] = [];
  const reached: Checkpoint[] = [];
  let answered = 0;
  let lost = 0;
  let duplicated = 0;
  let late = 0;
  let sent = 0;
  let activeMs = 0;
  let peakRss = 0;
  try {
    progress(`bot ready in ${(startupMs / 1000).toFixed(1)} s`);
    while (sent < options.interactions) {
      const size = Math.min(options.burst, options.interactions - sent);
      const records: { record: InteractionRecord; isPrivate: boolean }[] = [];
      const burstStart = performance.now();
      for (let i = 0; i < size; i++) {
        const n = sent + i;
        const question = QUESTIONS[n % QUESTIONS.length] ?? "who led the delegation";
        const isPrivate = n % 10 === 9;
        // Distinct users: a real burst comes from many people, and the cooldown stays on.
        const user = { id: String(500000000000000000n + BigInt(n)) };
        records.push({
          record: fake.sendCommand(
            "ask",
            isPrivate ? { question, private: true } : { question },
            user,
            guilds[n % guilds.length],
          ),
          isPrivate,
        });
      }
      await settled(
        fake,
        records.map((r) => r.record),
        options.burstTimeoutMs ?? 60_000,
      );
      let lastReply = burstStart;
      for (const { record, isPrivate } of records) {
        const callbacks = record.responses.filter((r) => r.kind === "callback");
        const answers = answersOf(record);
        const first = callbacks[0];
        if (first) {
          const ms = first.at - record.sentAt;
          firstCallbacks.push(ms);
          if (ms > DEADLINE_MS) late += 1;
        }
        if (callbacks.length > 1 || answers.length > 1) duplicated += 1;
        const answer = answers[0];
        if (!answer) lost += 1;
        else {
          replies.push(answer.at - record.sentAt);
          lastReply = Math.max(lastReply, answer.at);
        }
        const found = interactionProblems(record, isPrivate);
        if (found.length === 0) answered += 1;
        else if (problems.length < 50)
          problems.push(`interaction ${record.id}: ${found.join("; ")}`);
        fake.forget(record);
      }
      activeMs += lastReply - burstStart;
      // The fake's call log would grow without bound over a long run; checks are done above.
      fake.calls.length = 0;
      sent += size;
      if (checkpoints.has(sent)) {
        const m = await bot.memory();
        reached.push({
          after: sent,
          answered,
          throughput: activeMs > 0 ? (answered / activeMs) * 1000 : 0,
          firstCallbackMs: quantiles(firstCallbacks),
          replyMs: quantiles(replies),
          rss: m.rss,
          heapUsed: m.heapUsed,
          maxRss: m.maxRss,
          restHandlers: m.restHandlers,
        });
        peakRss = Math.max(peakRss, m.maxRss);
        progress(
          `${sent} interactions: RSS ${mb(m.rss)} after GC (heap ${mb(m.heapUsed)}, ${m.restHandlers} REST queues), peak ${mb(m.maxRss)}`,
        );
      } else if (sent % 1000 === 0) {
        progress(`${sent} interactions`);
      }
    }
    const last = await bot.memory();
    peakRss = Math.max(peakRss, last.maxRss);
  } finally {
    await bot.stop();
    await fake.close();
  }
  const durationMs = activeMs;
  return {
    interactions: sent,
    burst: options.burst,
    answered,
    lost,
    duplicated,
    late,
    problems,
    durationMs,
    throughput: durationMs > 0 ? (answered / durationMs) * 1000 : 0,
    firstCallbackMs: quantiles(firstCallbacks),
    replyMs: quantiles(replies),
    checkpoints: reached,
    peakRss,
    startupMs,
    logLines: bot.logLines,
    logSamples: bot.samples,
    tokenInLogs: bot.tokenInLogs,
  };
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
