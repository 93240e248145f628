import { DiscordAPIError, HTTPError, REST, Routes } from "discord.js";
import type { CommandRegistry } from "../../commands/index.js";
import type { DiscordConfig } from "../config.js";

export interface Registration {
  scope: "guild" | "global";
  count: number;
  names: string[];
}

/**
 * Registers the command list, replacing what was there: to one guild when DISCORD_GUILD_ID is
 * set (visible at once, for development), globally otherwise.
 */
export async function registerCommands(
  discord: DiscordConfig & { applicationId: string },
  registry: Pick<CommandRegistry, "list">,
): Promise<Registration> {
  const rest = new REST({ version: "10", ...(discord.apiUrl ? { api: discord.apiUrl } : {}) });
  rest.setToken(discord.token);
  const route = discord.guildId
    ? Routes.applicationGuildCommands(discord.applicationId, discord.guildId)
    : Routes.applicationCommands(discord.applicationId);
  const body = registry.list.map((c) => c.data);
  const result = (await rest.put(route, { body })) as { name: string; type?: number }[];
  return {
    scope: discord.guildId ? "guild" : "global",
    count: result.length,
    // Slash commands as typed; message-menu commands by their label.
    names: result.map((c) => (c.type === undefined || c.type === 1 ? `/${c.name}` : `"${c.name}"`)),
  };
}

/** What went wrong, in words a person setting the bot up can act on. */
export function explainRegistrationError(error: unknown, discord: DiscordConfig): string {
  if (error instanceof DiscordAPIError) {
    const base = `Discord refused the commands (HTTP ${error.status}, code ${error.code}: ${error.message})`;
    if (error.status === 401) return `${base}. DISCORD_TOKEN is wrong or was reset.`;
    if (error.status === 403 || error.code === 50001) {
      return discord.guildId
        ? `${base}. Is the bot in guild ${discord.guildId}? Invite it with the bot and applications.commands scopes.`
        : `${base}. Check that DISCORD_APPLICATION_ID belongs to DISCORD_TOKEN.`;
    }
    if (error.status === 404) {
      return `${base}. Check DISCORD_APPLICATION_ID${discord.guildId ? " and DISCORD_GUILD_ID" : ""}.`;
    }
    if (error.status === 400) return `${base}. A command definition is invalid.`;
    return base;
  }
  if (error instanceof HTTPError) return `Discord answered HTTP ${error.status} ${error.message}.`;
  const message = error instanceof Error ? error.message : String(error);
  return `Could not reach Discord${discord.apiUrl ? ` at ${discord.apiUrl}` : ""}: ${message}`;
}
