import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface, type Completer } from "node:readline";
import type { Logger } from "pino";
import { loadCommands, type CommandRegistry } from "../../commands/index.js";
import {
  UserError,
  type CommandContext,
  type CommandModule,
  type CommandRequest,
  type OptionValue,
} from "../../commands/types.js";
import { ApplicationCommandOptionType } from "discord.js";
import { log as defaultLog } from "../log/log.js";
import { HELP_INTRO } from "../render/help.js";
import { Messages } from "../render/messages.js";
import { NEXT_LABEL, PREVIOUS_LABEL } from "../render/pager.js";
import type { ReplyPayload } from "../render/payload.js";
import { payloadToText } from "../render/plain.js";
import type { TalksService } from "../service.js";

/**
 * The local console: the same commands, domain calls and renderers as on Discord, shown as
 * text. "/ask who led the Russian delegation?", "/timeline topic:flights", "next", "prev".
 */
export interface ConsoleOptions {
  service: TalksService;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** A person at a terminal: prompt, greeting, tab completion. Otherwise one answer per line. */
  interactive: boolean;
  commands?: readonly unknown[];
  log?: Logger;
  /** Where pictures a reply carries (the /timeline PNG) are written; a temporary folder by default. */
  pictureDir?: string;
}

export const DEFAULT_PICTURE_DIR = join(tmpdir(), "talks-bot");

export const CONSOLE_USER = "console";
const PAGING_HINT = 'Type "next" or "prev" to turn the page.';

export type ParsedLine =
  | { kind: "empty" }
  | { kind: "quit" }
  | { kind: "page"; label: string }
  | { kind: "unknown"; name: string }
  | { kind: "command"; command: CommandModule; request: CommandRequest };

function parseValue(type: ApplicationCommandOptionType, raw: string): OptionValue {
  if (type === ApplicationCommandOptionType.Boolean) return /^(true|yes|y|1|on)$/i.test(raw);
  if (
    type === ApplicationCommandOptionType.Integer ||
    type === ApplicationCommandOptionType.Number
  ) {
    const n = Number(raw);
    return Number.isFinite(n) ? n : raw;
  }
  return raw;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Reads one console line the way Discord would deliver it: `name:value` pairs for the
 * command's options (values may contain spaces); text before the first pair fills the first
 * string option, so "/ask who led…" and "/timeline flights" work. A line without "/" is /ask.
 */
export function parseLine(line: string, registry: CommandRegistry): ParsedLine {
  const text = line.trim();
  if (!text) return { kind: "empty" };
  if (/^\/?(quit|exit)$/i.test(text)) return { kind: "quit" };
  if (/^(next|n)$/i.test(text)) return { kind: "page", label: NEXT_LABEL };
  if (/^(prev|previous|p|back)$/i.test(text)) return { kind: "page", label: PREVIOUS_LABEL };
  const match = /^\/(\S+)\s*([\s\S]*)$/.exec(text);
  const name = match ? (match[1] ?? "").toLowerCase() : "ask";
  const rest = match ? (match[2] ?? "") : text;
  const command = registry.byName.get(name);
  if (!command) return { kind: "unknown", name };

  const options = command.data.options ?? [];
  const options_: Record<string, OptionValue> = {};
  const names = options.map((o) => escapeRegExp(o.name));
  const pairs = names.length ? new RegExp(`(?:^|\\s)(${names.join("|")}):`, "gi") : null;
  const marks = pairs ? [...rest.matchAll(pairs)] : [];
  const lead = (marks[0] ? rest.slice(0, marks[0].index) : rest).trim();
  const firstString = options.find((o) => o.type === ApplicationCommandOptionType.String);
  if (lead && firstString) options_[firstString.name] = lead;
  marks.forEach((mark, i) => {
    const option = options.find((o) => o.name.toLowerCase() === (mark[1] ?? "").toLowerCase());
    const start = (mark.index ?? 0) + mark[0].length;
    const end = marks[i + 1]?.index ?? rest.length;
    const raw = rest.slice(start, end).trim();
    if (option && raw) options_[option.name] = parseValue(option.type, raw);
  });
  return { kind: "command", command, request: { userId: CONSOLE_USER, options: options_ } };
}

function findButton(payload: ReplyPayload | null, label: string): string | null {
  for (const row of payload?.components ?? []) {
    for (const button of row.components) {
      if ("custom_id" in button && !button.disabled && button.label === label)
        return button.custom_id;
    }
  }
  return null;
}

function hasPages(payload: ReplyPayload): boolean {
  return payload.components.some((row) => row.components.some((b) => !b.disabled));
}

/** Runs one parsed line; the text to print. Same error boundary as the Discord dispatcher. */
export class ConsoleSession {
  private last: ReplyPayload | null = null;
  readonly registry: CommandRegistry;
  private readonly context: CommandContext;

  constructor(
    service: TalksService,
    commands: readonly unknown[] | undefined,
    private readonly log: Logger,
    private readonly pictureDir = DEFAULT_PICTURE_DIR,
  ) {
    this.registry = loadCommands(commands);
    this.context = { service, commands: this.registry.list };
  }

  async run(line: string): Promise<string | null> {
    const parsed = parseLine(line, this.registry);
    try {
      switch (parsed.kind) {
        case "empty":
          return "";
        case "quit":
          return null;
        case "unknown":
          return `${Messages.unknownCommand} (/${parsed.name})`;
        case "page":
          return this.page(parsed.label);
        case "command": {
          parsed.command.check?.(parsed.request);
          return this.show(await parsed.command.execute(parsed.request, this.context));
        }
      }
    } catch (error) {
      if (error instanceof UserError) return error.message;
      this.log.error({ err: error, line }, "console command failed");
      return Messages.somethingWentWrong;
    }
  }

  private page(label: string): string {
    const customId = findButton(this.last, label);
    const prefix = customId?.split(":", 1)[0] ?? "";
    const component = this.registry.byPrefix.get(prefix)?.component;
    if (!customId || !component || !this.last) return "There is no other page to turn to.";
    const request = { userId: CONSOLE_USER, customId, message: { embeds: this.last.embeds } };
    return this.show(component.handle(request, this.context));
  }

  private show(payload: ReplyPayload): string {
    this.last = payload;
    const text = [payloadToText(payload), ...this.writeFiles(payload)].join("\n");
    return hasPages(payload) ? `${text}\n${PAGING_HINT}` : text;
  }

  /** The files Discord would attach, written where a terminal user can open them. */
  private writeFiles(payload: ReplyPayload): string[] {
    if (!payload.files?.length) return [];
    mkdirSync(this.pictureDir, { recursive: true });
    return payload.files.map((file) => {
      const path = join(this.pictureDir, file.name);
      writeFileSync(path, file.attachment);
      return `Picture: ${path}`;
    });
  }

  /** Tab completion: command names, option names, then the command's own autocomplete. */
  completer: Completer = (line) => {
    const commandMatch = /^\/(\S*)$/.exec(line);
    if (commandMatch) {
      const names = this.registry.list.map((c) => `/${c.data.name} `);
      return [names.filter((n) => n.startsWith(line)), line];
    }
    const optionMatch = /^\/(\S+)\s.*?(\S+):([^:]*)$/.exec(line);
    const command = optionMatch ? this.registry.byName.get(optionMatch[1] ?? "") : undefined;
    if (optionMatch && command?.autocomplete) {
      const partial = optionMatch[3] ?? "";
      const choices = command.autocomplete(
        { name: optionMatch[2] ?? "", value: partial },
        this.context,
      );
      const head = line.slice(0, line.length - partial.length);
      return [choices.map((c) => head + c.value), line];
    }
    return [[], line];
  };
}

export async function runConsole(options: ConsoleOptions): Promise<void> {
  const log = options.log ?? defaultLog;
  const session = new ConsoleSession(options.service, options.commands, log, options.pictureDir);
  const write = (text: string) => options.output.write(`${text}\n`);
  const rl = createInterface({
    input: options.input,
    ...(options.interactive
      ? { output: options.output, terminal: true, completer: session.completer }
      : { terminal: false }),
  });
  if (options.interactive) {
    write(`${HELP_INTRO}\nType /help for the commands, /ask <question> to ask, "exit" to leave.`);
    rl.on("SIGINT", () => rl.close());
    rl.setPrompt("> ");
    rl.prompt();
  }
  for await (const line of rl) {
    if (!options.interactive && line.trim()) write(`> ${line.trim()}`);
    const out = await session.run(line);
    if (out === null) break;
    if (out) write(`${out}\n`);
    if (options.interactive) rl.prompt();
  }
  rl.close();
}
