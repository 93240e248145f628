import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
} from "discord-api-types/v10";
import { Messages } from "../src/render/messages.js";
import { renderSettings } from "../src/render/settings.js";
import { StoreUnavailable, type GuildSettings } from "../src/store/types.js";
import { MANAGE_GUILD, SERVER_ONLY } from "./install.js";
import { UserError, type CommandData, type CommandModule, type CommandRequest } from "./types.js";

const COOLDOWN_MAX = 3600;
const CHANNELS_MAX = 25;

const data = {
  name: "settings",
  type: ApplicationCommandType.ChatInput,
  description: "Where and how I answer on this server. With no option: shows the settings.",
  ...SERVER_ONLY,
  default_member_permissions: MANAGE_GUILD,
  options: [
    {
      type: ApplicationCommandOptionType.Channel,
      name: "allow_channel",
      description: "Answer in this channel (once any is listed, only in those listed).",
      channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement, ChannelType.GuildForum],
    },
    {
      type: ApplicationCommandOptionType.Channel,
      name: "remove_channel",
      description: "Take this channel off the list.",
      channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement, ChannelType.GuildForum],
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      name: "every_channel",
      description: "True: clear the list and answer in every channel again.",
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      name: "private_by_default",
      description: "True: answers only the asker sees, unless they choose otherwise.",
    },
    {
      type: ApplicationCommandOptionType.Integer,
      name: "cooldown",
      description: "Seconds a member waits between two questions (0 = none).",
      min_value: 0,
      max_value: COOLDOWN_MAX,
    },
  ],
} as const satisfies CommandData;

/** The settings after the options of one /settings: a pure function of the old ones. */
export function applySettings(
  current: GuildSettings,
  options: CommandRequest["options"],
): GuildSettings {
  let channels = [...current.channels];
  if (options["every_channel"] === true) channels = [];
  const allow = options["allow_channel"];
  if (typeof allow === "string" && !channels.includes(allow)) channels.push(allow);
  const remove = options["remove_channel"];
  if (typeof remove === "string") channels = channels.filter((c) => c !== remove);
  if (channels.length > CHANNELS_MAX) throw new UserError(`At most ${CHANNELS_MAX} channels.`);
  const cooldown = options["cooldown"];
  if (
    cooldown !== undefined &&
    (typeof cooldown !== "number" ||
      !Number.isInteger(cooldown) ||
      cooldown < 0 ||
      cooldown > COOLDOWN_MAX)
  ) {
    throw new UserError(`cooldown must be a whole number of seconds from 0 to ${COOLDOWN_MAX}.`);
  }
  const privately = options["private_by_default"];
  return {
    channels,
    privateByDefault: typeof privately === "boolean" ? privately : current.privateByDefault,
    cooldownSeconds: typeof cooldown === "number" ? cooldown : current.cooldownSeconds,
  };
}

export const settings: CommandModule = {
  data,
  examples: ["/settings allow_channel:#questions private_by_default:true cooldown:30"],
  defer: false,
  anywhere: true,
  isPrivate: () => true,
  async execute(request, { store, defaultCooldownSeconds }) {
    if (!store) throw new UserError(Messages.storeMissing);
    if (!request.guildId) throw new UserError(Messages.guildOnly);
    const current = await store.settings(request.guildId);
    const changing = Object.values(request.options).some((v) => v !== undefined);
    if (!changing) return renderSettings(current, defaultCooldownSeconds ?? 0, false);
    const next = applySettings(current, request.options);
    try {
      await store.saveSettings(request.guildId, next);
    } catch (error) {
      if (error instanceof StoreUnavailable) throw new UserError(Messages.settingsNotSaved);
      throw error;
    }
    return renderSettings(next, defaultCooldownSeconds ?? 0, true);
  },
};
