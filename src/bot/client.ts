import { ActivityType, Client, GatewayIntentBits, Options, type ClientOptions } from "discord.js";
import type { DiscordConfig } from "../config.js";

/** The only intent the bot needs: slash commands and buttons arrive without any other. */
export const INTENTS = [GatewayIntentBits.Guilds] as const;

/**
 * REST behaviour the reliability tests rely on. A 5xx (or a network error) is retried at once,
 * at most `retries` times, then the request fails and the dispatcher logs it; a 429 is waited
 * out and retried (discord.js). Every interaction token gets its own REST queue: idle ones are
 * swept every minute rather than every hour, so a busy hour does not hold ~1 KB per answer.
 */
export const REST_OPTIONS = {
  retries: 3,
  handlerSweepInterval: 60_000,
  // Discord exempts interaction responses and webhooks, which are all the bot sends while it
  // runs, from the global 50 requests/s; pacing them there capped answers at about 48/s. A
  // 429 Discord does send is still waited out.
  globalRequestsPerSecond: 10_000,
} as const;

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
  options.rest = { ...REST_OPTIONS, ...(discord.apiUrl ? { api: discord.apiUrl } : {}) };
  return new Client(options);
}
