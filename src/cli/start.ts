/**
 * `npm start`: with DISCORD_TOKEN, connects to Discord and answers slash commands until SIGINT
 * or SIGTERM, reloading the corpus on SIGHUP; without it, opens the local console (or answers
 * piped lines and exits).
 */
import { openService, startService } from "../app.js";
import type { Bot } from "../bot/bot.js";
import { ConfigError, loadConfig, type Config } from "../config.js";
import { log, redact } from "../log/log.js";
import { runConsole } from "./console.js";

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  // A person at the console wants answers, not info lines, unless they asked for them.
  log.level = config.logLevel ?? (config.discord ? "info" : "warn");
  process.on("unhandledRejection", (reason) => log.error({ err: reason }, "unhandled rejection"));

  if (!config.discord) {
    // `npm start | head`: the reader has gone, so there is nobody left to answer.
    process.stdout.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(0);
      throw error;
    });
    const service = openService();
    // The console prepares the timeline on its first /timeline: preparing it up front (seconds
    // on a large corpus, on this thread) would hold up the first question typed or piped in.
    await runConsole({
      service,
      input: process.stdin,
      output: process.stdout,
      interactive: process.stdin.isTTY === true && process.stdout.isTTY === true,
    });
    return;
  }

  // The database drivers and the metrics serve the bot only: the console never loads them.
  const [{ countingAnswers, createMetrics }, { startOpsServer }, { openStore }, postgres] =
    await Promise.all([
      import("../ops/metrics.js"),
      import("../ops/server.js"),
      import("../store/open.js"),
      import("../store/postgresDatabase.js"),
    ]);
  const { describeDatabaseUrl } = postgres;
  const store = await openStore(config, log);
  const health = store.health();
  if (health.ok) {
    log.info(
      {
        at:
          config.databaseUrl === null
            ? config.databasePath
            : describeDatabaseUrl(config.databaseUrl),
      },
      "database ready",
    );
  }
  // The corpus is read on a worker thread while the bot connects: interactions are
  // acknowledged at once, and told "still reading the articles" until it is in.
  const started = performance.now();
  const metrics = config.metricsPort === null ? undefined : createMetrics();
  const service = startService();
  // Set once connected: readiness needs the gateway too.
  const connected: { bot?: Bot } = {};
  if (metrics && config.metricsPort !== null) {
    await startOpsServer({
      port: config.metricsPort,
      metrics,
      ready: () => service.ready() && connected.bot?.client.isReady() === true,
    });
    log.info(
      { port: config.metricsPort },
      "health and metrics served on /healthz, /readyz, /metrics",
    );
  }
  service.whenReady.then(
    () => {
      const ms = performance.now() - started;
      metrics?.corpusReady.set(1);
      metrics?.reloadSeconds.observe({ outcome: "ok" }, ms / 1000);
      log.info({ ms: Math.round(ms) }, "corpus ready");
      // The timeline is prepared in short steps from here on: /ask is ready before it.
      void service.warmUp();
    },
    (error: unknown) => {
      log.fatal({ err: error }, "could not read the corpus");
      process.exit(1);
    },
  );
  // discord.js takes a good part of a second to load: the console never pays for it.
  const { startBot } = await import("../bot/bot.js");
  const bot = await startBot({
    discord: config.discord,
    askCooldownSeconds: config.askCooldownSeconds,
    service: metrics ? countingAnswers(service, metrics) : service,
    store,
    metrics,
  });
  connected.bot = bot;
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      log.warn({ signal }, "second signal: exiting without waiting");
      process.exit(1);
    }
    stopping = true;
    log.info({ signal, pending: bot.dispatcher.pending }, "shutting down");
    bot
      .stop()
      .then(() => store.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          log.error({ err: error }, "shutdown failed");
          process.exit(1);
        },
      );
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  // `kill -HUP <pid>` after adding or correcting articles: the new corpus and index are swapped
  // in whole; questions already being answered finish on the old one. A reload that fails is
  // logged and the old corpus keeps serving. The pid is logged below: under `npm start` this
  // process is a child of npm and tsx, which pass on SIGINT and SIGTERM but not SIGHUP.
  process.on("SIGHUP", () => {
    if (stopping) return;
    const reloadStarted = performance.now();
    void service.reload().then((result) => {
      metrics?.reloadSeconds.observe(
        { outcome: result.ok ? "ok" : "failed" },
        (performance.now() - reloadStarted) / 1000,
      );
      if (!result.ok) return;
      log.info(
        { articles: result.articles, problems: result.problems, ms: result.ms },
        "corpus reloaded",
      );
    });
  });
  log.info({ pid: process.pid }, `to reload the corpus: kill -HUP ${process.pid}`);
}

main().catch((error: unknown) => {
  log.fatal({ err: error }, "start failed");
  // Not through the logger, so redacted here: an error message may carry the token.
  console.error(
    redact(`Could not start: ${error instanceof Error ? error.message : String(error)}`),
  );
  process.exit(1);
});
