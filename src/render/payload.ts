import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIEmbedField,
} from "discord.js";
import { Limits } from "./limits.js";
import { truncate } from "./text.js";

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

/** A file sent with a message, as discord.js takes it; description is the alt text. */
export interface FilePayload {
  attachment: Buffer;
  name: string;
  description: string;
}

/** What every message we send looks like: mentions always off, within every Discord limit. */
export interface ReplyPayload {
  content?: string;
  embeds: APIEmbed[];
  components: ButtonRow[];
  /** Present (possibly empty) on every message that carries a picture, so an edit replaces it. */
  files?: FilePayload[];
  allowedMentions: { parse: [] };
}

export interface PayloadParts {
  content?: string;
  embeds?: APIEmbed[];
  components?: ButtonRow[];
  files?: FilePayload[];
}

const EMPTY = "\u200B";

function nonEmpty(text: string | undefined, max: number): string {
  const cut = truncate(text ?? "", max);
  return cut.trim().length > 0 ? cut : EMPTY;
}

function embedLength(embed: APIEmbed): number {
  let n = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  n += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const field of embed.fields ?? []) n += field.name.length + field.value.length;
  return n;
}

export function totalEmbedLength(embeds: readonly APIEmbed[]): number {
  return embeds.reduce((sum, e) => sum + embedLength(e), 0);
}

function clampEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = truncate(out.title, Limits.embedTitle);
  if (out.description !== undefined) {
    out.description = truncate(out.description, Limits.embedDescription);
  }
  if (out.footer)
    out.footer = { ...out.footer, text: nonEmpty(out.footer.text, Limits.embedFooter) };
  if (out.author)
    out.author = { ...out.author, name: nonEmpty(out.author.name, Limits.embedAuthorName) };
  if (out.fields) {
    out.fields = out.fields.slice(0, Limits.embedFields).map((f): APIEmbedField => ({
      ...f,
      name: nonEmpty(f.name, Limits.embedFieldName),
      value: nonEmpty(f.value, Limits.embedFieldValue),
    }));
  }
  return out;
}

/**
 * Last line of defence for the 6000-character total: renderers budget their text so this
 * should not fire. Shortens, from the end, field values, then descriptions, then titles.
 */
function fitTotal(embeds: APIEmbed[]): APIEmbed[] {
  let excess = totalEmbedLength(embeds) - Limits.embedTotal;
  for (let i = embeds.length - 1; i >= 0 && excess > 0; i--) {
    const embed = embeds[i];
    if (!embed) continue;
    const fields = embed.fields ?? [];
    while (excess > 0 && fields.length > 0) {
      const last = fields[fields.length - 1];
      if (!last) break;
      const keep = last.value.length - excess;
      if (keep >= 40) {
        const value = truncate(last.value, keep);
        excess -= last.value.length - value.length;
        fields[fields.length - 1] = { ...last, value };
      } else {
        fields.pop();
        excess -= last.name.length + last.value.length;
      }
    }
    for (const key of ["description", "title"] as const) {
      const text = embed[key];
      if (excess > 0 && text) {
        const cut = truncate(text, Math.max(0, text.length - excess));
        excess -= text.length - cut.length;
        if (cut) embed[key] = cut;
        else delete embed[key];
      }
    }
  }
  return embeds;
}

/** Files within Discord's count and size; alt text cut to its limit, never left empty. */
function clampFiles(files: readonly FilePayload[]): FilePayload[] {
  return files
    .filter((f) => f.attachment.length > 0 && f.attachment.length <= Limits.attachmentBytes)
    .slice(0, Limits.attachments)
    .map((f) => ({
      ...f,
      description: truncate(f.description.trim(), Limits.attachmentDescription) || f.name,
    }));
}

/** An embed image pointing at an attachment the message does not carry would show broken. */
function dropMissingImages(embeds: APIEmbed[], files: readonly FilePayload[]): APIEmbed[] {
  const names = new Set(files.map((f) => `attachment://${f.name}`));
  return embeds.map((e) => {
    if (!e.image?.url.startsWith("attachment://") || names.has(e.image.url)) return e;
    const rest = { ...e };
    delete rest.image;
    return rest;
  });
}

function clampComponents(rows: readonly ButtonRow[]): ButtonRow[] {
  const seen = new Set<string>();
  const out: ButtonRow[] = [];
  for (const row of rows.slice(0, Limits.actionRows)) {
    const buttons: APIButtonComponent[] = [];
    for (const button of row.components.slice(0, Limits.buttonsPerRow)) {
      if ("custom_id" in button) {
        // A custom_id that does not fit would route nowhere: drop the button rather than cut it.
        if (button.custom_id.length > Limits.customId || seen.has(button.custom_id)) continue;
        seen.add(button.custom_id);
      }
      if (button.style === ButtonStyle.Link && button.url.length > Limits.buttonUrl) continue;
      buttons.push(
        "label" in button && button.label !== undefined
          ? { ...button, label: truncate(button.label, Limits.buttonLabel) }
          : button,
      );
    }
    if (buttons.length > 0) out.push({ type: ComponentType.ActionRow, components: buttons });
  }
  return out;
}

/**
 * The one response helper: every payload the bot sends goes through here. Mentions are never
 * parsed, and text is cut to Discord's limits whatever the renderers produced.
 */
export function buildPayload(parts: PayloadParts): ReplyPayload {
  const embeds = fitTotal((parts.embeds ?? []).slice(0, Limits.embedsPerMessage).map(clampEmbed));
  let content = parts.content === undefined ? undefined : truncate(parts.content, Limits.content);
  if ((content === undefined || content.trim() === "") && embeds.length === 0) content = EMPTY;
  const files = parts.files === undefined ? undefined : clampFiles(parts.files);
  const payload: ReplyPayload = {
    embeds: dropMissingImages(embeds, files ?? []),
    components: clampComponents(parts.components ?? []),
    allowedMentions: { parse: [] },
  };
  if (files !== undefined) payload.files = files;
  if (content !== undefined) payload.content = content;
  return payload;
}

export interface ChoicePayload {
  name: string;
  value: string;
}

/** Autocomplete choices as Discord accepts them: at most 25, names 1–100, values ≤ 100, unique. */
export function buildChoices(choices: readonly ChoicePayload[]): ChoicePayload[] {
  const seen = new Set<string>();
  const out: ChoicePayload[] = [];
  for (const choice of choices) {
    const name = truncate(choice.name.trim(), Limits.choiceName);
    const value = choice.value;
    if (!name || !value || value.length > Limits.choiceValue || seen.has(value)) continue;
    seen.add(value);
    out.push({ name, value });
    if (out.length === Limits.autocompleteChoices) break;
  }
  return out;
}
