import type { APIEmbed } from "discord.js";
import { Prefix } from "./customIds.js";
import type { ReplyPayload } from "./payload.js";

/** Buttons that only mean something on Discord (follow up in a thread, 👍 / 👎). */
const DISCORD_ONLY = new Set<string>([Prefix.followUp, Prefix.vote]);

/**
 * Discord markdown as plain text for the console: links become "text <url>", escapes and
 * emphasis markers go, quotes keep their "> ". Same words as in Discord, no styling.
 */
export function unmarkdown(text: string): string {
  return text
    .replace(/\u200B/g, "")
    .replace(
      /\[((?:\\.|[^\]\\])*)\]\((https?:\/\/[^\s)]+)\)/g,
      (_m, label: string, url: string) => {
        return `${label} <${url}>`;
      },
    )
    .replace(/(^|[^\\])\*\*(.+?)\*\*/g, "$1$2")
    .replace(/(^|[\s(])\*(?!\s)(.+?)\*(?=$|[\s).,;:!?])/gm, "$1$2")
    .replace(/(^|[^\\])`([^`]+)`/g, "$1$2")
    .replace(/\\([^A-Za-z0-9\s])/g, "$1");
}

function indent(text: string, prefix: string): string {
  return text
    .split("\n")
    .map((line) => prefix + line)
    .join("\n");
}

function embedToText(embed: APIEmbed): string {
  const out: string[] = [];
  if (embed.title) {
    const title = unmarkdown(embed.title);
    out.push(title, "─".repeat(Math.min(60, Math.max(3, title.length))));
  }
  if (embed.description) out.push(unmarkdown(embed.description));
  for (const field of embed.fields ?? []) {
    out.push("", unmarkdown(field.name), indent(unmarkdown(field.value), "    "));
  }
  if (embed.footer?.text) out.push("", embed.footer.text.replace(/\u200B/g, ""));
  return out.join("\n");
}

/** The whole payload as the console shows it; buttons appear as [labels], disabled ones hidden. */
export function payloadToText(payload: ReplyPayload): string {
  const parts: string[] = [];
  if (payload.content && payload.content.trim()) parts.push(unmarkdown(payload.content));
  for (const embed of payload.embeds) parts.push(embedToText(embed));
  const buttons = payload.components
    .flatMap((row) => row.components)
    .filter((b) => !b.disabled && "label" in b && b.label)
    .filter((b) => !("custom_id" in b) || !DISCORD_ONLY.has(b.custom_id.split(":", 1)[0] ?? ""))
    .map((b) => `[${"label" in b ? b.label : ""}]`);
  if (buttons.length) parts.push(buttons.join(" "));
  return parts.join("\n\n");
}
