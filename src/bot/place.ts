import type { Channel, Interaction, Message } from "discord.js";
import type { AskPlace } from "./gate.js";

/** The channel a server's setting names: a thread counts as the channel it was opened in. */
function settingChannel(channel: Channel | null, channelId: string | null): string | null {
  if (channel && channel.isThread()) return channel.parentId;
  return channelId;
}

/** Who asks and where, for an interaction or a message alike. */
export function placeOf(source: Interaction | Message): AskPlace {
  const userId = "author" in source ? source.author.id : source.user.id;
  return {
    userId,
    guildId: source.guildId,
    channelId: settingChannel(source.channel, source.channelId),
  };
}
