import { choicesProblems, messageProblems, type SentFile } from "./discordLimits.js";
import type { RestCall } from "./fakeDiscord.js";

/**
 * What the bot sent, read back from the fake's record of REST calls, and the checks every
 * message must pass: Discord's limits, mentions disabled, no live mention in the text.
 * Free of vitest, so the load runner uses the same checks as the tests.
 */

type Json = Record<string, unknown>;
type Embed = {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
  author?: { name: string };
};
type Row = { components: { custom_id?: string; label?: string; disabled?: boolean }[] };

export function embedsOf(body: Record<string, unknown>): Embed[] {
  return (body.embeds ?? []) as Embed[];
}

export function buttonsOf(body: Record<string, unknown>): Row["components"] {
  return ((body.components ?? []) as Row[]).flatMap((r) => r.components);
}

/** All text of a message, for "contains"/"does not contain" checks. */
export function allText(body: Record<string, unknown>): string {
  const parts = [String(body.content ?? "")];
  for (const e of embedsOf(body)) {
    parts.push(e.title ?? "", e.description ?? "", e.footer?.text ?? "", e.author?.name ?? "");
    for (const f of e.fields ?? []) parts.push(f.name, f.value);
  }
  return parts.join("\n");
}

/**
 * Mention syntax Discord would turn into a ping if mentions were parsed: @everyone, @here,
 * <@user>, <@!user>, <@&role>. The bot writes them inert ("@\u200Beveryone", "<\u200B@…>").
 */
const LIVE_MENTION = /@(?:everyone|here)|<@[!&]?\d+>/gi;

export function liveMentions(text: string): string[] {
  return text.match(LIVE_MENTION) ?? [];
}

/** Problems with one message body the bot sent; empty when Discord would accept it calmly. */
export function sentMessageProblems(
  body: unknown,
  { creating = true, files = [] as readonly SentFile[] } = {},
): string[] {
  const problems = messageProblems(body, { creating, files });
  if (typeof body !== "object" || body === null) return problems;
  const message = body as Json;
  const allowed = JSON.stringify(message.allowed_mentions);
  if (allowed !== JSON.stringify({ parse: [] })) {
    problems.push(`allowed_mentions is ${allowed}, not {"parse":[]}`);
  }
  for (const mention of liveMentions(allText(message))) {
    problems.push(`live mention ${JSON.stringify(mention)} in the text`);
  }
  return problems;
}

export interface SentCheck {
  /** Messages (callback data, edits, follow-ups) and choice lists checked. */
  checked: number;
  problems: string[];
}

/**
 * Checks every message and autocomplete answer in `calls`, including those the fake answered
 * with an injected fault: what matters is what the bot tried to send.
 */
export function checkSent(calls: readonly RestCall[]): SentCheck {
  const problems: string[] = [];
  let checked = 0;
  for (const call of calls) {
    const where = `${call.method} ${call.path.replace(/\/[\w-]{20,}(?=\/|$)/g, "/:token")}`;
    const say = (list: string[]) => problems.push(...list.map((p) => `${where}: ${p}`));
    const body = (call.body ?? {}) as Json;
    if (call.method === "POST" && call.path.startsWith("/interactions/")) {
      const type = body.type;
      const data = (body.data ?? {}) as Json;
      checked += 1;
      if (type === 4 || type === 7)
        say(sentMessageProblems(data, { creating: type === 4, files: call.files }));
      else if (type === 8) say(choicesProblems(data));
      else if (type === 5 || type === 6) {
        if (Object.keys(data).some((k) => k !== "flags")) say(["a deferral carries a message"]);
      } else say([`unexpected callback type ${String(type)}`]);
    } else if (call.path.startsWith("/webhooks/")) {
      if (call.method === "PATCH") {
        checked += 1;
        say(sentMessageProblems(body, { creating: false, files: call.files }));
      } else if (call.method === "POST") {
        checked += 1;
        say(sentMessageProblems(body, { files: call.files }));
      }
    }
  }
  return { checked, problems };
}
