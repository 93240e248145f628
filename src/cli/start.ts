/**
 * `npm start`: with DISCORD_TOKEN, connects to Discord and answers slash commands until SIGINT
 * or SIGTERM; without it, opens the local console (or answers piped lines and exits).
 */
import { openService } from "../app.js";
import { startBot } from "../bot/bot.js";
import { ConfigError, loadConfig, type Config } from "../config.js";
import { log } from "../log.js";
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

  const service = openService();

  if (!config.discord) {
    await runConsole({
      service,
      input: process.stdin,
      output: process.stdout,
      interactive: process.stdin.isTTY === true && process.stdout.isTTY === true,
    });
    return;
  }

  const bot = await startBot({
    discord: config.discord,
    askCooldownSeconds: config.askCooldownSeconds,
    service,
  });
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      log.warn({ signal }, "second signal: exiting without waiting");
      process.exit(1);
    }
    stopping = true;
    log.info({ signal, pending: bot.dispatcher.pending }, "shutting down");
    bot.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
  log.fatal({ err: error }, "start failed");
  console.error(`Could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
