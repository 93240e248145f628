import { englishChrono } from "../dates/chrono.js";

/** A date as the page states it, with the parts it actually gives. */
export interface StatedDate {
  year: number | null;
  month: number;
  day: number;
  text: string;
}

const URL_ONLY = /^<?(https?:\/\/[^\s<>]+)>?$/;
const URL_LABEL =
  /^(?:original |source |canonical |short |share )?(?:url|link|permalink|source|web address)\s*:\s*(https?:\/\/\S+)?$/i;
const HOST_ONLY = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;
const CREDIT = /^\(([^()]{2,40})\)$/;
export function urlInLine(line: string): { url: string | null } | null {
  const t = line.trim();
  const only = URL_ONLY.exec(t);
  if (only?.[1]) return { url: only[1] };
  const label = URL_LABEL.exec(t);
  if (label) return { url: label[1] ?? null };
  return null;
}

/** "RT.com" alone on a line, or a credit "(RT.com)" / "(Reuters)". */
export function outletInLine(line: string): string | null {
  const t = line.trim();
  if (HOST_ONLY.test(t)) return t;
  const credit = CREDIT.exec(t);
  if (credit?.[1] && !/\d/.test(credit[1])) return credit[1];
  return null;
}

/** What a by-line says a date is: when the story was published, or when it was last changed. */
export type DateLabel = "published" | "updated" | "plain";

/** A date read from a by-line or time stamp. */
export interface BylineDate extends StatedDate {
  label: DateLabel;
  /** 0 (Sunday) to 6, when the line names the weekday: evidence for a missing year. */
  weekday?: number;
}

const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?![a-z])/i;
const NUMERIC_DATE = /\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/;
/** What may stand around by-line dates without making the line a sentence. */
const BYLINE_WORDS = /\b(?:first|last|published|updated|posted|modified|on|at|time|and|[ap]\.?m\.?)\b/gi;
/** Time zones ("GMT+10", "EDT"), separators, digits and spaces. */
const BYLINE_FILLER = /\b[A-Z]{2,5}(?:[+-]\d{1,2})?\b|[\d:+\-–—|,.()/·•]|\s/g;
/** "… by Jane Roe" closing a by-line: the author, not part of the date. */
const BY_AUTHOR = /\bby\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|al|bin))*\s*$/u;

/** The dates a line gives, when it is nothing but a by-line or time stamp. */
export function bylineDates(line: string, dayFirst = true): BylineDate[] {
  const t = line.trim();
  // Most lines name no month and hold no numeric date: no need to ask the parser.
  if (t.length > 120 || !/\d/.test(t) || !(MONTH_WORD.test(t) || NUMERIC_DATE.test(t))) return [];
  const results = (dayFirst ? englishChrono().GB : englishChrono()).parse(t);
  const dates: BylineDate[] = [];
  let rest = "";
  let from = 0;
  for (const r of results) {
    const before = t.slice(from, r.index);
    rest += before;
    from = r.index + r.text.length;
    // A date, not "2 hours ago" or a bare time: a month name or a numeric day-month-year.
    if (!r.start.isCertain("day") || /\bago\b/i.test(r.text)) return [];
    if (!MONTH_WORD.test(r.text) && !NUMERIC_DATE.test(r.text)) return [];
    const weekday = r.start.isCertain("weekday") ? r.start.get("weekday") : null;
    dates.push({
      year: r.start.isCertain("year") ? (r.start.get("year") ?? null) : null,
      month: r.start.get("month") ?? 1,
      day: r.start.get("day") ?? 1,
      text: r.text.trim(),
      ...(weekday !== null && weekday !== undefined ? { weekday } : {}),
      label: /\b(?:updated|modified)\b/i.test(before)
        ? "updated"
        : /\b(?:published|posted)\b/i.test(before)
          ? "published"
          : "plain",
    });
  }
  rest += t.slice(from);
  if (dates.length === 0) return [];
  if (rest.replace(BY_AUTHOR, "").replace(BYLINE_WORDS, "").replace(BYLINE_FILLER, "").length > 0)
    return [];
  return dates;
}

/** A line that is nothing but a date (a by-line or time stamp): "08 Apr 2025, 22:47 GMT+10". */
export function dateLine(line: string, dayFirst = true): StatedDate | null {
  const best = preferPublished(bylineDates(line, dayFirst));
  return best ? { year: best.year, month: best.month, day: best.day, text: best.text } : null;
}

/** Of the dates one by-line gives, the publication date before an update. */
export function preferPublished<T extends { label: DateLabel }>(dates: readonly T[]): T | null {
  const rank = (d: T) => (d.label === "published" ? 0 : d.label === "plain" ? 1 : 2);
  return [...dates].sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

/**
 * Whether numeric dates on this page put the day first: "16/02/2025" says so, "02/16/2025"
 * the opposite; a page that shows neither is read day first, as most of the world writes.
 */
export function dayFirstOn(text: string): boolean {
  for (const m of text.matchAll(/\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g)) {
    if (Number(m[1]) > 12) return true;
    if (Number(m[2]) > 12) return false;
  }
  return true;
}

/** "By Jane Roe", "By Jane Roe, Moscow correspondent", "By Jane Roe | Example Post". */
export function authorLine(line: string): { author: string; outlet: string | null } | null {
  const parts = bylineParts(line);
  return parts?.author ? { author: parts.author, outlet: parts.outlet } : null;
}

/** What a by-line of separated parts says: "By Jane Roe | Example Post | May 2, 2025". */
export interface BylineParts {
  author: string | null;
  outlet: string | null;
  dates: BylineDate[];
}

const BY = /^(?:written )?by\s+(\p{Lu}.*)$/iu;
const RELATIVE = /^(?:(?:last )?updated:?\s+)?(?:an?|\d+)\s+(?:minutes?|hours?|days?|mins?|hrs?)\s+ago$|^\d+\s+min(?:ute)?s?\s+read$/i;

/**
 * A line that is nothing but a by-line: parts separated by "|", "·" or "•", each an author
 * ("By …"), dates, a relative time ("2 hours ago", "4 min read") or, beside those, an outlet.
 */
export function bylineParts(line: string, dayFirst = true): BylineParts | null {
  const t = line.trim();
  if (t.length > 160 || t.split(/\s+/).length > 24) return null;
  const whole = bylineDates(t, dayFirst);
  if (whole.length > 0) return { author: null, outlet: null, dates: whole };
  const parts: BylineParts = { author: null, outlet: null, dates: [] };
  const others: string[] = [];
  for (const segment of t.split(/\s+[|·•]\s+/).map((x) => x.trim())) {
    const by = BY.exec(segment);
    if (by?.[1] && !parts.author && segment.split(/\s+/).length <= 10 && !/[.!?]["”’]?$/.test(segment)) {
      parts.author = by[1].trim();
      continue;
    }
    const dates = bylineDates(segment, dayFirst);
    if (dates.length > 0) parts.dates.push(...dates);
    else if (!RELATIVE.test(segment)) others.push(segment);
  }
  if (!parts.author && parts.dates.length === 0) return null;
  // Beside an author or a date, one short capitalised name is the outlet.
  const [outlet, ...rest] = others;
  if (rest.length > 0) return null;
  if (outlet !== undefined) {
    if (!/^\p{Lu}/u.test(outlet) || /\d|[.!?]$/.test(outlet) || outlet.split(/\s+/).length > 5) return null;
    parts.outlet = outlet;
  }
  return parts;
}

/** An author or job line near a by-line: "Jane Roe", "Jane Roe, Riga", "Staff Writer". */
export function isAuthorLike(line: string): boolean {
  const t = line.trim();
  const words = t.split(/\s+/);
  if (words.length > 6 || /[.!?:]$/.test(t)) return false;
  if (/\b(?:correspondent|reporter|writer|editor|contributor|columnist|staff)\b/i.test(t)) return true;
  return words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:and|&|de|van|von|al)$/.test(w));
}

const LEGAL_SUFFIX =
  /,?\s+(?:Pty\.? Ltd\.?|Pte\.? Ltd\.?|Ltd\.?|Limited|LLC|L\.L\.C\.|Inc\.?|S\.?p\.?A\.?|SpA|GmbH|AG|KG|plc|PLC|S\.?A\.?|SAS|SARL|S\.?L\.?|S\.?r\.?l\.?|N\.?V\.?|B\.?V\.?|AB|Oy|A\/S|AS|Co\.)$/;

/** The holder a copyright line names: "© 2025 Example Post Ltd. All rights reserved." */
export function copyrightHolder(line: string): string | null {
  const t = line.trim();
  if (!/©|\bcopyright\b|\(c\)\s*\d{4}/i.test(t) || t.split(/\s+/).length > 25) return null;
  const stripped = t
    .replace(/\bcopyright\b|©|\(c\)/gi, " ")
    .replace(/\b\d{4}(?:\s*[-–]\s*\d{2,4})?\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  let holder = stripped.split(/\s[·|•–—-]\s|,|\.\s|\.$/)[0]?.trim() ?? "";
  holder = holder.replace(/\ball rights reserved\b.*$/i, "").trim();
  while (LEGAL_SUFFIX.test(holder)) holder = holder.replace(LEGAL_SUFFIX, "").trim();
  if (!/\p{L}/u.test(holder) || holder.split(/\s+/).length > 6) return null;
  return holder;
}

export interface Dateline {
  /** The dateline as it stood, removed from the body. */
  text: string;
  place: string;
  date: StatedDate | null;
  outlet: string | null;
}

/**
 * Agency datelines at the head of a story: "ISTANBUL, April 10. /TASS/.",
 * "MOSCOW, Feb 28 (Reuters) -", "WASHINGTON (AP) —".
 */
const DATELINE =
  /^([A-Z][A-Z .'-]{2,}?),?\s+(?:([A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)[.,]?\s*)?(?:\/([A-Za-z][\w .-]{0,30})\/|\(([A-Za-z][\w .-]{0,30})\))\.?\s*(?:[-–—:]\s*)?/;
/**
 * The same with the place in title case ("Geneva, March 3 (Reuters) -"): only with a date
 * and a dash after the agency, so "Mr Smith (Labour) said" stays a sentence.
 */
const TITLE_CASE_DATELINE =
  /^([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}),\s+([A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)[.,]?\s*(?:\/([A-Za-z][\w .-]{0,30})\/|\(([A-Za-z][\w .-]{0,30})\))\.?\s*[-–—:]\s*/;

export function datelineAtStart(paragraph: string): Dateline | null {
  const m = DATELINE.exec(paragraph) ?? TITLE_CASE_DATELINE.exec(paragraph);
  if (!m) return null;
  const [text, place = "", dateText, slashOutlet, parenOutlet] = m;
  let date: StatedDate | null = null;
  if (dateText) {
    const parsed = englishChrono().parse(dateText)[0];
    if (parsed?.start.isCertain("day")) {
      date = {
        year: parsed.start.isCertain("year") ? (parsed.start.get("year") ?? null) : null,
        month: parsed.start.get("month") ?? 1,
        day: parsed.start.get("day") ?? 1,
        text: dateText,
      };
    }
  }
  return { text, place: place.trim(), date, outlet: (slashOutlet ?? parenOutlet ?? "").trim() || null };
}

/**
 * The site a syndicated copy was scraped from, named in its own boilerplate:
 * "Get a daily dose of Example Star news", "a news release to Example Star".
 */
const SITE_IN_BOILERPLATE =
  /\b(?:daily dose of|news release to|subscribe to|newsletter from|sign up for)\s+((?:the )?\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*){0,4})/u;

export function siteNamedIn(line: string): string | null {
  const m = SITE_IN_BOILERPLATE.exec(line);
  return m?.[1]?.replace(/[.,;:]+$/, "").replace(/\s+(?:news|newsletter)$/i, "") ?? null;
}
