import type {
  APIEmbed,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from "discord.js";
import type { ConversationContext } from "../src/conversation/types.js";
import type { ReplyPayload } from "../src/render/payload.js";
import type { TalksService } from "../src/service.js";
import type { Store } from "../src/store/types.js";

export type OptionValue = string | number | boolean;

/** A slash command invocation with Discord stripped away: the console builds the same thing. */
export interface CommandRequest {
  userId: string;
  /** Option values by name as delivered; never trusted to respect the declared limits. */
  options: Readonly<Record<string, OptionValue | undefined>>;
  /** Where it was asked: null in a DM or the console. */
  guildId?: string | null;
  /** The server's private-by-default setting, read before the command runs. */
  privateByDefault?: boolean;
  /** The message a message command was used on. */
  target?: { content: string };
  /** Earlier turns a question follows up on (the console's conversation). */
  conversation?: ConversationContext;
}

/** A button click: the custom_id carries the state, the message is the one the button sits on. */
export interface ComponentRequest {
  userId: string;
  customId: string;
  message: { embeds: readonly APIEmbed[] };
}

export interface Choice {
  name: string;
  value: string;
}

export interface CommandContext {
  service: TalksService;
  /** The validated command list, for /help. */
  commands: readonly CommandModule[];
  /** Settings and feedback; absent in the local console. */
  store?: Store;
  /** Seconds between two questions when a server has not set its own. */
  defaultCooldownSeconds?: number;
}

type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** A slash command's definition as Discord receives it; plain `as const` data, read by /help. */
export type SlashCommandData = DeepReadonly<RESTPostAPIChatInputApplicationCommandsJSONBody>;
/** A message or user command (the context menu): a name and no description or options. */
export type MenuCommandData = DeepReadonly<RESTPostAPIContextMenuApplicationCommandsJSONBody>;
export type CommandData = SlashCommandData | MenuCommandData;

export interface CommandModule {
  data: CommandData;
  /** Example invocations shown by /help and the console. */
  examples: readonly string[];
  /** True when execute may outlast Discord's 3 s deadline: the dispatcher defers first. */
  defer: boolean;
  /** A per-user cooldown applies (enforced by the Discord dispatcher, not the console). */
  cooldown?: boolean;
  /** Answers in every channel, whatever the server's channel setting (/help, /settings). */
  anywhere?: boolean;
  /** Whether only the user sees the reply; known before execute runs so a deferral matches. */
  isPrivate?(request: CommandRequest): boolean;
  /** Throws UserError for unusable options, before any deferral shows "thinking…" publicly. */
  check?(request: CommandRequest): void;
  execute(request: CommandRequest, context: CommandContext): ReplyPayload | Promise<ReplyPayload>;
  /** Suggestions for the focused option, at most 25. */
  autocomplete?(focused: { name: string; value: string }, context: CommandContext): Choice[];
  /** Buttons this command puts on its messages: custom_ids start with `${prefix}:`. */
  component?: {
    prefix: string;
    /** Like `defer` for commands: the dispatcher acknowledges the click before the work. */
    defer: boolean;
    handle(request: ComponentRequest, context: CommandContext): ReplyPayload;
  };
}

/**
 * A problem with what the user asked (bad date, too short), not a bug: the dispatcher shows
 * the message privately and logs it at debug level only.
 */
export class UserError extends Error {
  override name = "UserError";
}

/** A slash command, as opposed to a context-menu command. */
export function isSlash(data: CommandData): data is SlashCommandData {
  return data.type === undefined || data.type === 1;
}

/** The options a command declares; context-menu commands have none. */
export function optionsOf(data: CommandData): NonNullable<SlashCommandData["options"]> {
  return isSlash(data) ? (data.options ?? []) : [];
}
