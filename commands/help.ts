import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
} from "discord-api-types/v10";
import { renderHelp, type HelpEntry } from "../src/render/help.js";
import type { CommandData, CommandModule } from "./types.js";

const data = {
  name: "help",
  type: ApplicationCommandType.ChatInput,
  description: "What I can do, with examples.",
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
} as const satisfies CommandData;

const PLACEHOLDER: Partial<Record<ApplicationCommandOptionType, string>> = {
  [ApplicationCommandOptionType.String]: "text",
  [ApplicationCommandOptionType.Boolean]: "true|false",
  [ApplicationCommandOptionType.Integer]: "number",
  [ApplicationCommandOptionType.Number]: "number",
};

/** "/timeline [topic:<text>] [from:<text>] [to:<text>]", from the command's own definition. */
export function usage(command: CommandData): string {
  const options = (command.options ?? []).map((o) => {
    const shown = `${o.name}:<${PLACEHOLDER[o.type] ?? "value"}>`;
    return "required" in o && o.required ? shown : `[${shown}]`;
  });
  return [`/${command.name}`, ...options].join(" ");
}

export function helpEntries(commands: readonly CommandModule[]): HelpEntry[] {
  return commands.map((c) => ({
    usage: usage(c.data),
    description: c.data.description,
    examples: c.examples,
  }));
}

export const help: CommandModule = {
  data,
  examples: [],
  defer: false,
  isPrivate: () => true,
  execute: (_request, { commands }) => renderHelp(helpEntries(commands)),
};
