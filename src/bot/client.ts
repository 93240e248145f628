import {
  ActivityType,
  Client,
  GatewayIntentBits,
  Options,
  Partials,
  type ClientOptions,
} from "discord.js";
import type { DiscordConfig } from "../config.js";

/**
 * The intents the bot needs, none privileged: Guilds for slash commands, buttons and threads;
 * GuildMessages and DirectMessages to see the messages that mention it or reply to it (Discord
 * delivers their content without the Message Content intent) and its direct messages.
 */
export const INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
] as const;

/** Asked for only when DISCORD_MESSAGE_CONTENT=true: plain messages in follow-up threads. */
export function intentsFor(discord: Pick<DiscordConfig, "messageContent">): GatewayIntentBits[] {
  return discord.messageContent ? [...INTENTS, GatewayIntentBits.MessageContent] : [...INTENTS];
}

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
 * The discord.js client: the intents above, mentions off by default on every message, caches
 * bounded so memory stays flat however many users ask, API base replaced by DISCORD_API_URL.
 */
export function createClient(discord: DiscordConfig): Client {
  const options: ClientOptions = {
    intents: intentsFor(discord),
    // A direct message arrives in a DM channel the client has not cached yet.
    partials: [Partials.Channel],
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
  Object.assign(options, shardOptions(discord.shards));
  return new Client(options);
}

/** Not used as a count: with shards "auto" discord.js asks Discord (GET /gateway/bot). */
const AUTO_PLACEHOLDER = 2;

/**
 * SHARD_COUNT and SHARD_IDS as discord.js's own sharding takes them: the client opens one
 * gateway connection per shard of `shards`, out of `shardCount` for the whole bot ("auto"
 * asks Discord how many). Interactions from a guild arrive on that guild's shard; the
 * dispatcher answers them the same whichever shard brought them.
 */
export function shardOptions(
  shards: DiscordConfig["shards"],
): Pick<ClientOptions, "shards" | "shardCount"> {
  if (shards === null) return {};
  // discord.js reads SHARD_COUNT from the environment itself (its ShardingManager's variable)
  // when shardCount is left at its default, and "auto" is not a number to it: any explicit
  // count stops that, and with shards "auto" the count is asked of Discord instead.
  if (shards.count === "auto") return { shards: "auto", shardCount: AUTO_PLACEHOLDER };
  const all = Array.from({ length: shards.count }, (_, id) => id);
  return { shards: shards.ids ?? all, shardCount: shards.count };
}
