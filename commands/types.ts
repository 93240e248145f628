import type { APIEmbed, RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import type { ReplyPayload } from "../src/render/payload.js";
import type { TalksService } from "../src/service.js";

export type OptionValue = string | number | boolean;

/** A slash command invocation with Discord stripped away: the console builds the same thing. */
export interface CommandRequest {
  userId: string;
  /** Option values by name as delivered; never trusted to respect the declared limits. */
  options: Readonly<Record<string, OptionValue | undefined>>;
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
}

type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** The command definition Discord receives; plain `as const` data, also read by /help. */
export type CommandData = DeepReadonly<RESTPostAPIChatInputApplicationCommandsJSONBody>;

export interface CommandModule {
  data: CommandData;
  /** Example invocations shown by /help and the console. */
  examples: readonly string[];
  /** True when execute may outlast Discord's 3 s deadline: the dispatcher defers first. */
  defer: boolean;
  /** A per-user cooldown applies (enforced by the Discord dispatcher, not the console). */
  cooldown?: boolean;
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
