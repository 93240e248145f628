import { ActivityType, Client, GatewayIntentBits, Options, type ClientOptions } from "discord.js";
import type { DiscordConfig } from "../config.js";

/** The only intent the bot needs: slash commands and buttons arrive without any other. */
export const INTENTS = [GatewayIntentBits.Guilds] as const;

/**
 * The discord.js client: Guilds intent only, mentions off by default on every message, caches
 * bounded so memory stays flat however many users ask, API base replaced by DISCORD_API_URL.
 */
export function createClient(discord: DiscordConfig): Client {
  const options: ClientOptions = {
    intents: [...INTENTS],
    allowedMentions: { parse: [] },
    presence: {
      activities: [{ name: "/ask about the Istanbul talks", type: ActivityType.Listening }],
    },
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 25,
      UserManager: {
        maxSize: 1000,
        keepOverLimit: (user) => user.id === user.client.user.id,
      },
      GuildMemberManager: {
        maxSize: 200,
        keepOverLimit: (member) => member.id === member.client.user.id,
      },
      PresenceManager: 0,
      ReactionManager: 0,
      VoiceStateManager: 0,
    }),
  };
  if (discord.apiUrl) options.rest = { api: discord.apiUrl };
  return new Client(options);
}
