/**
 * Text hygiene for anything that did not come from us: a user's question or topic, and the
 * corpus text (titles, passages, summaries) we quote. Nothing here knows about embeds.
 */

const ELLIPSIS = "…";

// Control characters except tab and newline; bidi embeddings, overrides and isolates; zero-width
// characters and the BOM. They are invisible, can reorder what a reader sees, and never carry
// meaning in a question.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const FORMATTING = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// A bare URL stays unescaped so it stays a link; it may hold "_" (harmless inside a word) but
// none of the characters that could open a masked link, code, spoiler or emphasis.
const URL_PATTERN = /https?:\/\/[^\s<>"'()[\]`|*~\\]+/g;

// Invisible characters between two letters or digits separate words: dropping them would glue
// "direct\u200Bflights" into one word, so there they become a space (elsewhere, as after the
// "@" of a mention made inert, they are dropped).
const SEPARATORS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /(?<=[\p{L}\p{N}])[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B]+(?=[\p{L}\p{N}])/gu;

/** Drops invisible and control characters and repairs broken UTF-16, keeping newlines. */
export function clean(text: string): string {
  return text
    .replace(LONE_SURROGATE, "\uFFFD")
    .replace(SEPARATORS, " ")
    .replace(CONTROLS, "")
    .replace(FORMATTING, "")
    .replace(/\t/g, " ");
}

/** clean() and every run of whitespace (newlines included) collapsed to one space, trimmed. */
export function oneLine(text: string): string {
  return clean(text).replace(/\s+/g, " ").trim();
}

/**
 * The form of a question we ask the domain with and show back: one line, no invisible
 * characters. Idempotent, so a question read back from a message we sent normalizes the same.
 */
export function normalizeQuestion(text: string): string {
  return oneLine(text);
}

/**
 * Cuts text to at most `max` UTF-16 code units, ending with "…" when cut, never splitting a
 * surrogate pair and preferring to cut at a word boundary when one is near.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return "";
  if (max === 1) return ELLIPSIS;
  let end = max - ELLIPSIS.length;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  const space = text.lastIndexOf(" ", end);
  if (space > end - 20 && space > 0) end = space;
  return text.slice(0, end).trimEnd() + ELLIPSIS;
}

/** Makes @everyone, @here and <@…>/<#…>/</…> forms inert wherever they are shown. */
export function neutralizeMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, "@\u200B$1").replace(/<([@#/:]|a:|t:)/g, "<\u200B$1");
}

function escapeMarkdownPart(text: string): string {
  return text
    .replace(/[\\*_~`|[\]<>]/g, "\\$&")
    .replace(/^(\s*)([#+-])/gm, "$1\\$2")
    .replace(/^(\s*)(\d+)\./gm, "$1$2\\.");
}

/**
 * Shows text literally in Discord markdown: formatting characters are escaped, masked links
 * cannot be formed, mentions are made inert. Bare URLs are kept as they are so they stay links,
 * unless `links: false` (text a user typed, shown in a public message): then a zero-width
 * space after the scheme keeps Discord from making it one.
 */
export function escapeMarkdown(text: string, { links = true } = {}): string {
  if (!links) {
    return neutralizeMentions(escapeMarkdownPart(clean(text))).replace(
      /\b(https?):(?=\/\/)/gi,
      "$1:\u200B",
    );
  }
  const cleaned = clean(text);
  let out = "";
  let last = 0;
  for (const match of cleaned.matchAll(URL_PATTERN)) {
    const index = match.index;
    out += escapeMarkdownPart(cleaned.slice(last, index));
    out += match[0];
    last = index + match[0].length;
  }
  out += escapeMarkdownPart(cleaned.slice(last));
  return neutralizeMentions(out);
}

/** A URL safe to put in a markdown link, or null when it is not an http(s) URL. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
  const href = parsed.href.replace(/\(/g, "%28").replace(/\)/g, "%29");
  return href.length <= 512 ? href : null;
}

/** `[text](url)` with text escaped, or the escaped text alone when the URL is not usable. */
export function link(text: string, url: string | null | undefined): string {
  const safe = safeUrl(url);
  const label = escapeMarkdown(oneLine(text));
  return safe ? `[${label}](${safe})` : label;
}

/**
 * escapeMarkdown() of as much of `raw` as fits in `max` once escaped: the raw text is cut
 * before escaping so an escape sequence or a link is never cut in half.
 */
export function escapeWithin(raw: string, max: number, options: { links?: boolean } = {}): string {
  let escaped = escapeMarkdown(raw, options);
  let budget = Math.min(raw.length, max);
  while (escaped.length > max && budget > 0) {
    const ratio = max / escaped.length;
    budget = Math.min(budget - 1, Math.floor(budget * ratio));
    escaped = escapeMarkdown(truncate(raw, budget), options);
  }
  return escaped.length > max ? "" : escaped;
}
