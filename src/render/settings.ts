import type { GuildSettings } from "../store/types.js";
import { buildPayload, type ReplyPayload } from "./payload.js";

export const SETTINGS_COLOR = 0x4f5660;

/** /settings: the server's settings as they now stand. */
export function renderSettings(
  settings: GuildSettings,
  defaultCooldownSeconds: number,
  saved: boolean,
): ReplyPayload {
  const channels = settings.channels.length
    ? settings.channels.map((id) => `<#${id}>`).join(", ")
    : "every channel";
  const cooldown = settings.cooldownSeconds ?? defaultCooldownSeconds;
  return buildPayload({
    embeds: [
      {
        color: SETTINGS_COLOR,
        title: saved ? "Settings saved" : "Settings on this server",
        fields: [
          { name: "Answers in", value: channels },
          { name: "Private by default", value: settings.privateByDefault ? "yes" : "no" },
          {
            name: "Cooldown",
            value: `${cooldown} second${cooldown === 1 ? "" : "s"}${settings.cooldownSeconds === null ? " (the bot's default)" : ""}`,
          },
        ],
        footer: {
          text: "Change with /settings allow_channel, remove_channel, every_channel, private_by_default, cooldown",
        },
      },
    ],
  });
}
