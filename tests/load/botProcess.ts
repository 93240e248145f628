/**
 * The bot under load, in its own process so its memory is measured alone: what `npm start`
 * does with a token (openService on the real corpus, then startBot), plus an IPC channel the
 * load driver uses to read memory after a full GC. Run with `node --expose-gc --import tsx`.
 */
import { openStore } from "../../src/store/open.js";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { startService } from "../../src/app.js";
import { startBot } from "../../src/bot/bot.js";
import { loadConfig } from "../../src/config.js";
import { log } from "../../src/log/log.js";

export type ToBot =
  | { type: "memory" }
  | { type: "stop" }
  | { type: "reload" }
  /** The event loop's delay over `ms` with no reload: the control for the reload's figures. */
  | { type: "idle"; ms: number };
export type FromBot =
  | { type: "ready"; startupMs: number }
  | {
      type: "memory";
      rss: number;
      heapUsed: number;
      external: number;
      maxRss: number;
      /** discord.js REST queues alive (one per interaction token until swept). */
      restHandlers: number;
    }
  | { type: "stopped" }
  | { type: "idle"; loopMaxMs: number; loopP99Ms: number }
  | {
      type: "reloaded";
      ok: boolean;
      ms: number;
      /** The event loop's delay while the reload ran: the longest, and its 99th percentile. */
      loopMaxMs: number;
      loopP99Ms: number;
    }
  | { type: "error"; message: string };

function send(message: FromBot): void {
  process.send?.(message);
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with --expose-gc");
  // Twice: the first pass may only queue finalizers that free more on the second.
  gc();
  gc();
}

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig({ envFile: null });
  if (!config.discord) throw new Error("DISCORD_TOKEN is not set");
  log.level = config.logLevel ?? "info";
  // TALKS_ARTICLES_DIR / TALKS_CACHE_DIR: a corpus of the load driver's choosing (reload.ts).
  const service = startService({
    articlesDir: process.env.TALKS_ARTICLES_DIR || undefined,
    cacheDir: process.env.TALKS_CACHE_DIR || undefined,
  });
  const bot = await startBot({
    discord: config.discord,
    askCooldownSeconds: config.askCooldownSeconds,
    service,
    store: await openStore(config, log),
  });
  await service.whenReady;
  await service.warmUp();
  const loop = monitorEventLoopDelay({ resolution: 10 });
  process.on("message", (message: ToBot) => {
    if (message.type === "reload") {
      loop.reset();
      loop.enable();
      void service.reload().then((result) => {
        // As npm start does: the timeline is prepared right after the swap, and counted.
        void service.warmUp().then(() => {
          setTimeout(() => {
            loop.disable();
            send({
              type: "reloaded",
              ok: result.ok,
              ms: result.ok ? result.ms : -1,
              loopMaxMs: loop.max / 1e6,
              loopP99Ms: loop.percentile(99) / 1e6,
            });
          }, 50);
        });
      });
    }
    if (message.type === "idle") {
      const idle = monitorEventLoopDelay({ resolution: 10 });
      idle.enable();
      setTimeout(() => {
        idle.disable();
        send({
          type: "idle",
          loopMaxMs: idle.max / 1e6,
          loopP99Ms: idle.percentile(99) / 1e6,
        });
      }, message.ms);
    }
    if (message.type === "memory") {
      collectGarbage();
      const usage = process.memoryUsage();
      send({
        type: "memory",
        rss: usage.rss,
        heapUsed: usage.heapUsed,
        external: usage.external,
        // Peak resident set since start, in bytes (resourceUsage reports kilobytes).
        maxRss: process.resourceUsage().maxRSS * 1024,
        restHandlers: bot.client.rest.handlers.size,
      });
    } else if (message.type === "stop") {
      void bot.stop(5000).then(() => {
        send({ type: "stopped" });
        process.disconnect();
      });
    }
  });
  send({ type: "ready", startupMs: performance.now() - started });
}

main().catch((error: unknown) => {
  send({ type: "error", message: error instanceof Error ? error.message : String(error) });
  process.exitCode = 1;
  process.disconnect?.();
});
