/**
 * Line-level recognisers for site chrome that scrapers carry along with an article.
 * Each returns the reason a line is junk, or null. They look at the shape and wording of
 * a line, never at a particular site's exact text, so they work on pages not seen yet.
 */

const PROMO_PATTERNS: RegExp[] = [
  /\bsubscri(be|ption)\b/i,
  /\bnewsletter\b/i,
  /\bdaily (dose|digest|briefing)\b/i,
  /\b(sign|signing) up\b/i,
  /\bunlimited (portal )?access\b/i,
  /^advertis(e|ement|ing)\b/i,
  /\bmerchandise\b/i,
  /\bnews release\b/i,
  /\bpublish news of your\b/i,
  /\bstart broadcasting\b/i,
  /\bit'?s voluntary\b/i,
  /\b(click|tap) here\b/i,
  /\bfollow us\b/i,
  /\bdownload (our|the) app\b/i,
  /\bsupport (our|independent) journalism\b/i,
  /\b(donate|contribute) (now|today)\b/i,
  /\bcookies?\b.*\b(accept|policy|consent)\b/i,
  /\ball rights reserved\b/i,
  /©|\(c\) ?\d{4}|\bcopyright\b/i,
  /\bterms of (use|service)\b/i,
  /\bprivacy policy\b/i,
];

const SHARE_WORDS =
  /^(share|share this( article)?|tweet|email|e-mail|print|copy link|facebook|twitter|x|whatsapp|telegram|linkedin|reddit|vk|pinterest|comments?)$/i;

/** "Home | World | Europe", "News › Politics": short items joined by separators. */
const BREADCRUMB = /^[^|›»>.!?]{1,30}(?:\s+[|›»>]\s+[^|›»>.!?]{1,30})+$/;

const RELATED_PREFIX =
  /^(related( articles?| stories| news| content)?|read (more|also)|see also|more information|more from|recommended|you may (also )?like|most (read|popular)|trending( now)?|also read)\b\s*[:\-–—]?/i;

/** "Jane Roe / Harbour News", "Photo: Reuters", "(AP Photo/Jane Doe)" at the end of a caption. */
export const PHOTO_CREDIT =
  /(\b[A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+){0,3} ?\/ ?(?:[A-Z][\p{L}.&-]*)(?: [A-Z][\p{L}.&-]*){0,3}|\b(?:Photo|Image|Picture|Credit)s?: ?[^.]{2,60}|\((?:\w+ )?Photo(?: by)?\b[^)]*\))$/u;

export function junkReason(line: string): string | null {
  const t = line.trim();
  if (t === "") return null;
  if (/^[\p{P}\p{S}\s]+$/u.test(t)) return "punctuation only";
  if (/(\.\.\.|…)$/.test(t)) return "teaser cut off with an ellipsis";
  if (/^\[[^\]]{1,40}\]\s*[-–—:]/.test(t)) return "related headline with a section tag";
  // "Related: …" is a link; "Related talks will follow." is a sentence.
  if (RELATED_PREFIX.test(t) && (/^[^:\-–—]{0,40}[:\-–—]/.test(t) || !/[.!?]["”’]?$/.test(t))) {
    return "related-content link";
  }
  if (SHARE_WORDS.test(t)) return "share button";
  if (BREADCRUMB.test(t)) return "navigation breadcrumb";
  if (PROMO_PATTERNS.some((re) => re.test(t)) && !looksLikeReportedSpeech(t)) {
    return "subscription, advertising or site notice";
  }
  if (PHOTO_CREDIT.test(t) && !/[.!?]["”’]?$/.test(t)) return "photo caption or credit";
  return null;
}

/** An article sentence may mention a newsletter or copyright; quoted speech is never chrome. */
function looksLikeReportedSpeech(t: string): boolean {
  return /\b(said|says|told|according to|reported)\b/i.test(t) && /[.!?]["”’]?$/.test(t);
}

const SMALL_WORDS = new Set(
  "a an and as at but by for from in into is it its of on or the to up via vs with".split(" "),
);

/** A line that reads like a headline: a few words, no closing sentence punctuation. */
export function isHeadlineLike(line: string): boolean {
  const t = line.trim();
  if (/[.,;:]["”’)]?$/.test(t)) return false;
  const words = t.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length >= 2 && words.length <= 25;
}

/** Most content words capitalised: "Shoigu Arrives in China for Talks With Xi". */
export function isTitleCase(line: string): boolean {
  const words = line
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\d]+/u, ""))
    .filter((w) => /^\p{L}/u.test(w) && !SMALL_WORDS.has(w.toLowerCase()));
  if (words.length < 2) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.75;
}

/** A one- or two-word line without punctuation: a section label or menu item. */
export function isShortLabel(line: string): boolean {
  const t = line.trim();
  const words = t.split(/\s+/);
  return words.length <= 2 && !/[.!?]["”’]?$/.test(t) && /\p{L}/u.test(t);
}
