import { once } from "node:events";
import { Events, RESTEvents, type Client, type Message, type RateLimitData } from "discord.js";
import type { Logger } from "pino";
import { loadCommands } from "../../commands/index.js";
import type { Config, DiscordConfig } from "../config.js";
import { log as defaultLog } from "../log/log.js";
import { renderNotice } from "../render/help.js";
import { Messages } from "../render/messages.js";
import type { BotMetrics } from "../ops/metrics.js";
import type { TalksService } from "../service.js";
import type { Store } from "../store/types.js";
import { AnswerActions } from "./answerActions.js";
import { createClient } from "./client.js";
import { Dispatcher } from "./dispatcher.js";
import { Gate } from "./gate.js";
import { loggableError } from "./loggable.js";
import { MessageAsker } from "./messages.js";

export interface BotOptions {
  discord: DiscordConfig;
  askCooldownSeconds: Config["askCooldownSeconds"];
  service: TalksService;
  /** Feedback, settings, cooldowns and conversation context (see src/store). */
  store: Store;
  /** Defaults to commands/index.ts; validated before the client logs in. */
  commands?: readonly unknown[];
  log?: Logger;
  /** How long to wait for Discord's READY and the guilds. */
  readyTimeoutMs?: number;
  /** Load shedding thresholds (see DispatcherOptions). */
  shedAfterMs?: number;
  maxPending?: number;
  /** See DispatcherOptions.replyBudgetMs. */
  replyBudgetMs?: number;
  /** Counted when given (METRICS_PORT set). */
  metrics?: BotMetrics;
}

export interface Bot {
  client: Client;
  dispatcher: Dispatcher;
  /** Leaves the gateway, lets the interactions in flight finish (up to `drainMs`), disconnects. */
  stop(drainMs?: number): Promise<void>;
}

const DEFAULT_DRAIN_MS = 5000;
const RATE_LIMIT_LOG_WINDOW_MS = 10_000;

/**
 * Requests waiting out a rate limit are logged as one warning per window: in a burst every
 * queued request waits and would each log a line. The others go to debug and are counted in
 * the next warning.
 */
export function rateLimitLog(
  log: Logger,
  windowMs = RATE_LIMIT_LOG_WINDOW_MS,
  now: () => number = Date.now,
): (info: RateLimitData) => void {
  let quietUntil = 0;
  let folded = 0;
  return (info) => {
    const fields = { route: info.route, retryAfter: info.retryAfter, global: info.global };
    const at = now();
    if (at < quietUntil) {
      folded += 1;
      log.debug(fields, "rate limited");
      return;
    }
    log.warn(folded > 0 ? { ...fields, foldedSinceLastWarning: folded } : fields, "rate limited");
    quietUntil = at + windowMs;
    folded = 0;
  };
}

/** Logs in and resolves once the client is ready to answer interactions. */
export async function startBot(options: BotOptions): Promise<Bot> {
  const log = options.log ?? defaultLog;
  const registry = loadCommands(options.commands);
  const client = createClient(options.discord);
  const { service, store } = options;
  const gate = new Gate(store, options.askCooldownSeconds, log);
  const actions = new AnswerActions({
    service,
    store,
    gate,
    log,
    plainMessages: options.discord.messageContent,
  });
  const dispatcher = new Dispatcher({
    registry,
    context: {
      service,
      commands: registry.list,
      store,
      defaultCooldownSeconds: options.askCooldownSeconds,
    },
    gate,
    actions,
    log,
    shedAfterMs: options.shedAfterMs,
    maxPending: options.maxPending,
    replyBudgetMs: options.replyBudgetMs,
    claim: (interactionId) => store.claim(interactionId),
    metrics: options.metrics,
  });
  const asker = new MessageAsker({ client, service, store, gate, actions, log });
  const onMessage = async (message: Message): Promise<void> => {
    if (dispatcher.closed) return;
    try {
      await asker.handle(message);
    } catch (error) {
      log.error({ messageId: message.id, err: loggableError(error) }, "message handler failed");
      await message
        .reply({ ...renderNotice(Messages.somethingWentWrong), allowedMentions: { parse: [] } })
        .catch(() => undefined);
    }
  };

  client.on(Events.InteractionCreate, (interaction) => void dispatcher.handle(interaction));
  client.on(Events.MessageCreate, (message) => void dispatcher.track(onMessage(message)));
  client.on(Events.Error, (err) => log.error({ err }, "discord client error"));
  client.on(Events.Warn, (message) => log.warn(message));
  client.on(Events.Debug, (message) => log.trace(message));
  const gateway = (shard: number, up: boolean) =>
    options.metrics?.gatewayUp.set({ shard: String(shard) }, up ? 1 : 0);
  client.on(Events.ShardReady, (shard) => gateway(shard, true));
  client.on(Events.ShardDisconnect, (event, shard) => {
    gateway(shard, false);
    log.warn({ shard, code: event.code }, "gateway disconnected");
  });
  client.on(Events.ShardReconnecting, (shard) => {
    gateway(shard, false);
    log.debug({ shard }, "gateway reconnecting");
  });
  client.on(Events.ShardResume, (shard, replayed) => {
    gateway(shard, true);
    log.info({ shard, replayed }, "gateway resumed");
  });
  const rateLimited = rateLimitLog(log);
  client.rest.on(RESTEvents.RateLimited, rateLimited);
  // A 429 on an interaction callback is waited out by @discordjs/rest without a RateLimited
  // event (those routes skip its buckets): logged from the response instead.
  client.rest.on(RESTEvents.Response, (request, response) => {
    if (response.status !== 429 || !request.route.startsWith("/interactions/")) return;
    rateLimited({
      route: request.route,
      retryAfter: Number(response.headers.get("retry-after") ?? 0) * 1000,
      global: response.headers.get("x-ratelimit-global") === "true",
    } as RateLimitData);
  });

  let stopped = false;
  const stop = async (drainMs = DEFAULT_DRAIN_MS): Promise<void> => {
    if (stopped) return;
    stopped = true;
    dispatcher.close();
    // Leave the gateway first: Discord then sends new interactions to the process taking over
    // (a rolling restart) instead of to this one, which only finishes what it has. Answers in
    // flight go out over REST, which stays usable until the client is destroyed.
    // discord.js has no public way to close the gateway alone (Client#destroy also drops the
    // token REST needs); its manager's destroy does just that. The e2e test of stop() holds it.
    await (client.ws as unknown as { destroy(): Promise<void> }).destroy();
    log.info({ pending: dispatcher.pending }, "left the gateway; finishing answers in flight");
    const drained = await dispatcher.drain(drainMs);
    if (!drained)
      log.warn({ pending: dispatcher.pending }, "stopping with interactions unfinished");
    await client.destroy();
    log.info("disconnected from Discord");
  };

  const timeoutMs = options.readyTimeoutMs ?? 60_000;
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new Error(`Discord did not get ready within ${timeoutMs} ms`)),
    timeoutMs,
  );
  const ready = once(client, Events.ClientReady, { signal: controller.signal });
  ready.catch(() => undefined);
  try {
    await client.login(options.discord.token);
    await ready;
  } catch (error) {
    controller.abort();
    await client.destroy().catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
  }
  const appId = client.application?.id;
  if (options.discord.applicationId && appId && appId !== options.discord.applicationId) {
    log.warn(
      { expected: options.discord.applicationId, actual: appId },
      "DISCORD_APPLICATION_ID does not match the application of DISCORD_TOKEN; deploy registers to the wrong application",
    );
  }
  log.info(
    {
      user: client.user?.tag,
      guilds: client.guilds.cache.size,
      shards: client.ws.shards.map((shard) => shard.id),
      shardCount: client.options.shardCount,
    },
    "connected to Discord",
  );
  return { client, dispatcher, stop };
}
