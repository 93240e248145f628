/**
 * Site chrome told from article text by features that hold across sites, as jusText and
 * Readability do: a line's shape (length, closing punctuation, share of function words), its
 * position (before the story starts, after a block of links has begun), the cue words that
 * open navigation, promotion, comment and credit blocks, and code-like tokens a broken
 * template leaves. Cue words name kinds of chrome, never a particular site's text.
 */
import { isStopword } from "../lexicon/stopwords.js";
import { junkReason, PHOTO_CREDIT } from "./junk.js";

/**
 * What a chrome line says about the lines after it. "soft": a block of links or promotion
 * (related, most read, share) that the story may resume after; "terminal": the story is over
 * (comments, author bio, tags, reporting credits, copyright).
 */
export type BlockKind = "soft" | "terminal";

export interface Cue {
  reason: string;
  block: BlockKind | null;
}

/** Tokens no article sentence contains: template placeholders, state paths, "undefined". */
const CODE_LIKE = [
  /\{\{|\}\}|\{%|%\}|<%|%>|\$\{/,
  /\b\w*__\w+__\w*\b|\b__\w+/,
  /\b[a-z_$][\w$]*\.[a-z_$][\w$]*\.[\w$]+(?:\[\d+\])?/i,
  /\b[a-z]+[A-Z]\w*\[\d+\]/,
  /^(?:\d+\.?\s+)?(?:undefined|null|NaN|\[object Object\])$/,
];

/** A dotted token that is a web host, not a code path: "www.example.co.uk". */
const HOST_TOKEN = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|io|ru|uk|eu|tr|info|co)$/i;

export function isCodeLike(line: string): boolean {
  const t = line.trim();
  const withoutHosts = t
    .split(/\s+/)
    .filter((w) => !HOST_TOKEN.test(w.replace(/[.,;:)]+$/, "")))
    .join(" ");
  return CODE_LIKE.some((re) => re.test(withoutHosts));
}

type CueRule = [RegExp, string, BlockKind | null];

/** A photo gallery's counter ("[1/2]") or a link label no sentence has. */
const GALLERY = /^\[\d+\/\d+\]|\bopens new tab\b|\bpurchase licensing rights\b/i;

const COOKIE_BANNER =
  /\bcookies?\b.*\b(?:accept|reject|consent|partners|personal data|settings|similar technologies|manage)\b/i;

/**
 * Cue lines, tested on whole short lines (a header or a widget) or on a line's opening words.
 * Each names a kind of chrome found on news sites generally.
 */
const CUE_RULES: CueRule[] = [
  // Comment sections end the story: "4 thoughts on “…”", "Comments (3)", "Leave a Reply".
  [/^(?:\d+\s+)?(?:comments?|responses?|replies|thoughts on\b.*)(?:\s*\(\d+\))?:?$/i, "reader comments", "terminal"],
  [/^(?:leave a (?:reply|comment)|post comment|join the (?:conversation|discussion)|reply)$/i, "reader comments", "terminal"],
  [/^(?:comments are closed|your email address will not be published|sign in to (?:comment|join))/i, "reader comments", "terminal"],
  [/^about the (?:author|writer)s?$/i, "author bio", "terminal"],
  [/^(?:tags|topics|filed under|categories|suggested topics|more on)\s*:/i, "tags and topics", "terminal"],
  [/^(?:(?:additional )?reporting|writing|editing|compiled|additional reporting) by\b/i, "reporting credits", "terminal"],
  [/^(?:related(?: coverage| stories| articles| news| content| reading)?|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|read next|up next|what to read next|you may (?:also )?like|recommended(?: for you| stories)?|editor'?s picks|top stories|latest(?: news| stories)?|more (?:from|in|on|stories|news)\b.*|more [\p{L} ]{1,30} news|site index|in other news)\s*:?$/iu, "related or popular links", "soft"],
  [/^(?:share(?: this(?: article| story)?)?|like this)\s*:$/i, "share buttons", null],
  // Widgets and notices, wherever they stand.
  [/^(?:skip to (?:main )?content|jump to|back to top|menu|search(?: for)?:?)$/i, "navigation", null],
  [/^listen to (?:this|the) (?:article|story)\b/i, "audio player", null],
  [/\b\d+\s+min(?:ute)?s?(?: read| listen)?$/i, "reading time", null],
  [GALLERY, "photo gallery or licensing link", null],
  [/\bpowered by\b|\ball quotes delayed\b|\bsee here for\b/i, "site notice", null],
  [/\bcookies?\b.*\b(?:accept|reject|consent|partners|personal data|settings|similar technologies|manage)\b|^(?:accept|reject)(?: all)?$|^manage (?:preferences|cookies|choices)$|^we value your privacy$|^got it$|^cookie settings$/i, "cookie or consent notice", null],
  [/\bfree (?:articles?|stories) (?:remaining|left)|\bread \d+ of \d+ free\b|^(?:already a subscriber|log ?in|sign ?in|register|create (?:an )?account)\b|\bunlimited (?:digital )?access\b/i, "paywall or account prompt", null],
  [/\bin your inbox\b|^email address$|^(?:enable|please enable) javascript|\bplease enable javascript\b/i, "subscription, advertising or site notice", null],
  [/^(?:advertisement|advertising|sponsored(?: content)?|ad)\b\s*(?:[·|-].*)?$/i, "subscription, advertising or site notice", null],
  [
    /^this (?:article|story|report) (?:was|has been) (?:updated|corrected|amended)\b|^this (?:article|story|essay) (?:appears|appeared|will appear) in the\b.*\b(?:edition|issue)\b/i,
    "editor's note",
    null,
  ],
  [/^(?:enter )?(?:your )?e-?mail(?: address)?$/i, "subscription, advertising or site notice", null],
];

const SHARE_TOKENS = new Set(
  "share save gift this article story post tweet email e-mail print copy link facebook x twitter whatsapp telegram linkedin reddit pinterest flipboard".split(
    " ",
  ),
);

/** A row of share and save buttons: "Share Save Gift this article", "Post Share Email". */
function isShareRow(t: string): boolean {
  const words = t.toLowerCase().split(/[\s·|•]+/).filter(Boolean);
  return words.length >= 2 && words.length <= 8 && words.every((w) => SHARE_TOKENS.has(w));
}

/** Why a line is chrome and what it says about the lines after it, or null for text. */
export function lineCue(line: string): Cue | null {
  const t = line.trim();
  if (t === "") return null;
  if (isCodeLike(t)) return { reason: "template or script leak", block: null };
  // Chrome is short, or speaks to the reader; a longer line of reported text is the story's
  // whatever words it uses (it may mention a newsletter or merchandise).
  const n = t.split(/\s+/).length;
  if (n > SHORT_LINE) {
    if (COOKIE_BANNER.test(t)) return { reason: "cookie or consent notice", block: null };
    if (GALLERY.test(t)) return { reason: "photo gallery or licensing link", block: null };
    // A caption ends in its credit however long it is ("… Photo: Jane Roe for the Post").
    if (PHOTO_CREDIT.test(t) && !endsSentence(t)) return { reason: "photo caption or credit", block: null };
    // A teaser is cut off wherever the site's limit fell.
    if (n <= 60 && /(?:\.\.\.|…)$/.test(t)) return { reason: "teaser cut off with an ellipsis", block: null };
    if (n > 60 || !addressesReader(t)) return null;
  }
  for (const [re, reason, block] of CUE_RULES) if (re.test(t)) return { reason, block };
  if (isShareRow(t)) return { reason: "share buttons", block: null };
  const reason = junkReason(t);
  if (!reason) return null;
  return { reason, block: null };
}

/** Words up to which a line may be chrome by its cue words alone. */
const SHORT_LINE = 20;

/** "you", "your", "our" outside quotation marks: a page talking to its reader. */
export function addressesReader(t: string): boolean {
  const unquoted = t.replace(/"[^"]*"|“[^”]*”/g, " ");
  return /\b(?:you|your|yours|our|we|us)\b/i.test(unquoted);
}

const words = (t: string): string[] => t.split(/\s+/).filter((w) => /\p{L}/u.test(w));

/** Ends like a sentence, quotation included. */
export function endsSentence(t: string): boolean {
  return /[.!?]["”’)]?$/.test(t.trim());
}

/** Share of function words: about 0.4 in running prose, near 0 in menus and headlines. */
export function stopwordShare(t: string): number {
  const ws = words(t).map((w) => w.toLowerCase().replace(/[^\p{L}']/gu, ""));
  if (ws.length === 0) return 0;
  return ws.filter((w) => isStopword(w)).length / ws.length;
}

/** A sentence of running text, long enough to start a story. */
export function isProse(t: string, minWords = 10): boolean {
  return endsSentence(t) && words(t).length >= minWords;
}

/**
 * Prose long and plain enough that a block of links cannot be what it is: the story resumes.
 * Set low, since a story paragraph lost is worse than a promotional sentence kept.
 */
export function isLongProse(t: string): boolean {
  return isProse(t, 15) && stopwordShare(t) >= 0.25;
}

/** A short line of a few capitalised words or a numbered item: a menu, list or headline. */
export function isListItem(t: string): boolean {
  return /^\d{1,2}[.)]?\s+\p{Lu}/u.test(t.trim()) && !endsSentence(t);
}
