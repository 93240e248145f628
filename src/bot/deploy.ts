/**
 * `npm run deploy`: registers the slash commands with Discord, to DISCORD_GUILD_ID when set,
 * globally otherwise. `npm run deploy -- --clear` removes them from that same scope (e.g. the
 * guild copies once the commands are global). Exits 0 when Discord accepted, 1 when the
 * configuration is wrong or Discord refused.
 */
import { loadCommands } from "../../commands/index.js";
import { ConfigError, loadConfig } from "../config.js";
import { log } from "../log/log.js";
import { explainRegistrationError, registerCommands } from "./register.js";

async function main(): Promise<number> {
  let config;
  try {
    config = loadConfig({ require: ["DISCORD_TOKEN", "DISCORD_APPLICATION_ID"] });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return 1;
  }
  log.level = config.logLevel ?? "info";
  const discord = config.discord;
  if (!discord?.applicationId) return 1; // loadConfig required both
  const clear = process.argv.includes("--clear");
  const registry = clear ? { list: [] } : loadCommands();
  try {
    const done = await registerCommands(
      { ...discord, applicationId: discord.applicationId },
      registry,
    );
    const guild = done.scope === "guild" ? `guild ${discord.guildId}` : null;
    console.log(
      clear
        ? `Removed every command ${guild ? `from ${guild}` : "registered globally"}.`
        : `Registered ${done.count} commands ${guild ? `to ${guild} (available now)` : "globally"}: ${done.names.join(", ")}`,
    );
    return 0;
  } catch (error) {
    log.debug({ err: error }, "registration failed");
    console.error(explainRegistrationError(error, discord));
    return 1;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log.fatal({ err: error }, "deploy failed");
    process.exit(1);
  },
);
