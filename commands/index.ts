import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { ask } from "./ask.js";
import { askAbout } from "./askAbout.js";
import { feedback } from "./feedback.js";
import { help } from "./help.js";
import { settings } from "./settings.js";
import { sources } from "./sources.js";
import { timeline } from "./timeline.js";
import { isSlash, optionsOf, type CommandModule } from "./types.js";

/** The single list of commands: deploy registers it, the dispatcher and console route it. */
export const commands: readonly CommandModule[] = [
  ask,
  timeline,
  sources,
  help,
  askAbout,
  settings,
  feedback,
];

export interface CommandRegistry {
  list: readonly CommandModule[];
  byName: ReadonlyMap<string, CommandModule>;
  /** custom_id prefix → the command whose buttons use it. */
  byPrefix: ReadonlyMap<string, CommandModule>;
}

export class CommandDefinitionError extends Error {
  override name = "CommandDefinitionError";
}

const NAME = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;
const MAX_OPTIONS = 25;

function problems(command: unknown, index: number): string[] {
  if (typeof command !== "object" || command === null) return [`entry ${index} is not an object`];
  const c = command as Partial<CommandModule>;
  const name = typeof c.data?.name === "string" ? c.data.name : `entry ${index}`;
  const out: string[] = [];
  const say = (text: string) => out.push(`/${name}: ${text}`);
  if (!c.data || typeof c.data !== "object") return [`entry ${index} has no data`];
  if (typeof c.execute !== "function") say("execute is not a function");
  if (!isSlash(c.data)) {
    // Context-menu commands: a name people read (spaces and capitals allowed), nothing else.
    if (c.data.name.length < 1 || c.data.name.length > 32) say("name must be 1–32 characters");
    if ("description" in c.data || "options" in c.data)
      say("a menu command has no description or options");
    return out;
  }
  if (!NAME.test(c.data.name)) say("name must be 1–32 lowercase letters, digits, - or _");
  const description = c.data.description;
  if (typeof description !== "string" || description.length < 1 || description.length > 100) {
    say("description must be 1–100 characters");
  }
  const options = optionsOf(c.data);
  if (options.length > MAX_OPTIONS) say(`at most ${MAX_OPTIONS} options`);
  let optionalSeen = false;
  let autocompletes = false;
  for (const option of options) {
    if (!NAME.test(option.name)) say(`option "${option.name}" has an invalid name`);
    if (option.description.length < 1 || option.description.length > 100) {
      say(`option "${option.name}" description must be 1–100 characters`);
    }
    const required = "required" in option && option.required === true;
    if (required && optionalSeen) say(`required option "${option.name}" follows an optional one`);
    if (!required) optionalSeen = true;
    if (option.type === ApplicationCommandOptionType.String && option.autocomplete) {
      autocompletes = true;
    }
  }
  if (autocompletes && typeof c.autocomplete !== "function") {
    say("an option autocompletes but the module has no autocomplete()");
  }
  if (!Array.isArray(c.examples)) say("examples must be a list");
  if (c.component) {
    if (!/^[a-z]{1,8}$/.test(c.component.prefix)) say("component prefix must be 1–8 letters a–z");
    if (typeof c.component.handle !== "function") say("component.handle is not a function");
  }
  return out;
}

/**
 * Checks every module before anything uses it, and refuses the whole list with every problem
 * named rather than registering or routing a malformed command.
 */
export function loadCommands(list: readonly unknown[] = commands): CommandRegistry {
  const errors = list.flatMap((c, i) => problems(c, i));
  const valid = list as readonly CommandModule[];
  const byName = new Map<string, CommandModule>();
  const byPrefix = new Map<string, CommandModule>();
  if (errors.length === 0) {
    for (const command of valid) {
      if (byName.has(command.data.name)) errors.push(`/${command.data.name}: defined twice`);
      byName.set(command.data.name, command);
      const prefix = command.component?.prefix;
      if (prefix !== undefined) {
        if (byPrefix.has(prefix)) errors.push(`/${command.data.name}: prefix "${prefix}" taken`);
        byPrefix.set(prefix, command);
      }
    }
  }
  if (errors.length > 0) {
    throw new CommandDefinitionError(`Malformed command modules:\n- ${errors.join("\n- ")}`);
  }
  return { list: valid, byName, byPrefix };
}
