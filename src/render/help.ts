import type { APIEmbed } from "discord.js";
import { buildPayload, type ReplyPayload } from "./payload.js";
import { escapeMarkdown } from "./text.js";

export interface HelpEntry {
  /** e.g. "/timeline [topic] [from] [to]" */
  usage: string;
  description: string;
  examples: readonly string[];
}

export const HELP_COLOR = 0x4f5660;
export const HELP_INTRO =
  "I answer questions about the 2025 Russia–US consultations in Istanbul on the work of their embassies, from the news articles I have read. Every answer quotes its sources: outlet, date and link.";

/** /help: what the bot can do, one field per command with examples, from the command list. */
export function renderHelp(entries: readonly HelpEntry[]): ReplyPayload {
  const embed: APIEmbed = {
    color: HELP_COLOR,
    title: "What I can do",
    description: HELP_INTRO,
    fields: entries.map((e) => ({
      name: e.usage,
      value: [escapeMarkdown(e.description), ...e.examples.map((x) => `\`${x}\``)].join("\n"),
    })),
    footer: { text: "Answers come only from the articles listed by /sources." },
  };
  return buildPayload({ embeds: [embed] });
}

/** A short private notice (cooldown, user error, failure): plain content, no embed. */
export function renderNotice(text: string): ReplyPayload {
  return buildPayload({ content: text });
}
