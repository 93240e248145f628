import { ApplicationIntegrationType, InteractionContextType } from "discord-api-types/v10";

/**
 * Where a command can be used. Installed in a server or by a user for themselves, in a server,
 * in the bot's DMs and in private channels (group DMs, DMs between other people). Deploy sends
 * these with each definition, so Discord offers the command in each of those places.
 */
export const EVERYWHERE = {
  integration_types: [
    ApplicationIntegrationType.GuildInstall,
    ApplicationIntegrationType.UserInstall,
  ],
  contexts: [
    InteractionContextType.Guild,
    InteractionContextType.BotDM,
    InteractionContextType.PrivateChannel,
  ],
} as const;

/** Server administration: only in a server that installed the bot. */
export const SERVER_ONLY = {
  integration_types: [ApplicationIntegrationType.GuildInstall],
  contexts: [InteractionContextType.Guild],
} as const;

/** Manage Server, as Discord's permission bit string: who sees /settings and /feedback. */
export const MANAGE_GUILD = "32";
