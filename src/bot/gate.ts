import type { Logger } from "pino";
import { Messages } from "../render/messages.js";
import { DEFAULT_SETTINGS, type GuildSettings, type Store } from "../store/types.js";
import { Cooldown } from "./cooldown.js";

/** Who asks, and where: for a thread, `channelId` is its parent's, which the setting names. */
export interface AskPlace {
  userId: string;
  guildId: string | null;
  channelId: string | null;
}

export type Admission =
  | { ok: true; privateByDefault: boolean }
  | { ok: false; reason: "channel" | "cooldown"; notice: string };

/**
 * The one check every way of asking passes (slash command, mention, reply, thread, message
 * menu, follow-up modal): the server's channels, then the cooldown, and the server's
 * private-by-default for the reply. Cooldowns live in the store so a restart keeps them; while
 * the store cannot be written they are kept in memory instead.
 */
export class Gate {
  private readonly fallback = new Cooldown(0);

  constructor(
    private readonly store: Store,
    private readonly defaultCooldownSeconds: number,
    private readonly log: Logger,
  ) {}

  async settings(guildId: string | null): Promise<GuildSettings> {
    return guildId ? this.store.settings(guildId) : DEFAULT_SETTINGS;
  }

  async admit(place: AskPlace, { cooldown }: { cooldown: boolean }): Promise<Admission> {
    const settings = await this.settings(place.guildId);
    if (settings.channels.length > 0 && !settings.channels.includes(place.channelId ?? "")) {
      return {
        ok: false,
        reason: "channel",
        notice: Messages.channelNotAllowed(settings.channels),
      };
    }
    if (cooldown) {
      const seconds = settings.cooldownSeconds ?? this.defaultCooldownSeconds;
      const wait = await this.takeCooldown(place.userId, seconds);
      if (wait > 0) return { ok: false, reason: "cooldown", notice: Messages.cooldown(wait) };
    }
    return { ok: true, privateByDefault: settings.privateByDefault };
  }

  private async takeCooldown(userId: string, seconds: number): Promise<number> {
    try {
      return await this.store.takeCooldown(`ask:${userId}`, seconds);
    } catch (error) {
      this.log.debug({ err: error }, "cooldown kept in memory: the store is unavailable");
      return this.fallback.take(userId, seconds);
    }
  }
}
