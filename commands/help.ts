import { ApplicationCommandOptionType, ApplicationCommandType } from "discord-api-types/v10";
import { EVERYWHERE } from "./install.js";
import { renderHelp, type HelpEntry } from "../src/render/help.js";
import { isSlash, optionsOf, type CommandData, type CommandModule } from "./types.js";

const data = {
  name: "help",
  type: ApplicationCommandType.ChatInput,
  description: "What I can do, with examples.",
  ...EVERYWHERE,
} as const satisfies CommandData;

const PLACEHOLDER: Partial<Record<ApplicationCommandOptionType, string>> = {
  [ApplicationCommandOptionType.String]: "text",
  [ApplicationCommandOptionType.Boolean]: "true|false",
  [ApplicationCommandOptionType.Integer]: "number",
  [ApplicationCommandOptionType.Number]: "number",
  [ApplicationCommandOptionType.Channel]: "#channel",
};

/** "/timeline [topic:<text>] [from:<text>] [to:<text>]", from the command's own definition. */
export function usage(command: CommandData): string {
  if (!isSlash(command)) return `${command.name} (message menu: ⋯ → Apps)`;
  const options = optionsOf(command).map((o) => {
    const shown = `${o.name}:<${PLACEHOLDER[o.type] ?? "value"}>`;
    return "required" in o && o.required ? shown : `[${shown}]`;
  });
  return [`/${command.name}`, ...options].join(" ");
}

export function helpEntries(commands: readonly CommandModule[]): HelpEntry[] {
  return commands.map((c) => ({
    usage: usage(c.data),
    description: isSlash(c.data) ? c.data.description : "Answers about the message you chose.",
    examples: c.examples,
  }));
}

export const help: CommandModule = {
  data,
  examples: [],
  defer: false,
  anywhere: true,
  isPrivate: () => true,
  execute: (_request, { commands }) => renderHelp(helpEntries(commands)),
};
