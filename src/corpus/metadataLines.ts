import * as chrono from "chrono-node";

/** A date as the page states it, with the parts it actually gives. */
export interface StatedDate {
  year: number | null;
  month: number;
  day: number;
  text: string;
}

const URL_ONLY = /^<?(https?:\/\/[^\s<>]+)>?$/;
const URL_LABEL = /^(?:original |source |canonical )?(?:url|link|source)\s*:\s*(https?:\/\/\S+)?$/i;
const HOST_ONLY = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;
const CREDIT = /^\(([^()]{2,40})\)$/;
/** Words that may stand around a by-line date without making it a sentence. */
const DATE_LINE_FILLER =
  /\b(published|updated|posted|last|modified|on|at|gmt|utc|msk|[ap]m)\b|[\d:+\-–—|,.()/]|\s/gi;

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

/** A line that is nothing but a date (a by-line or time stamp): "08 Apr 2025, 22:47 GMT+10". */
export function dateLine(line: string): StatedDate | null {
  const t = line.trim();
  if (t.length > 60) return null;
  const results = chrono.parse(t);
  const first = results[0];
  if (results.length !== 1 || !first || !first.start.isCertain("day")) return null;
  const rest = (t.slice(0, first.index) + t.slice(first.index + first.text.length)).replace(
    DATE_LINE_FILLER,
    "",
  );
  if (rest.length > 0) return null;
  return {
    year: first.start.isCertain("year") ? (first.start.get("year") ?? null) : null,
    month: first.start.get("month") ?? 1,
    day: first.start.get("day") ?? 1,
    text: first.text,
  };
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
  /^([A-Z][A-Z .'-]{2,}?),?\s+(?:([A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)[.,]?\s*)?(?:\/([A-Za-z][\w .-]{0,30})\/|\(([A-Za-z][\w .-]{0,30})\))\.?\s*(?:[-–—]\s*)?/;

export function datelineAtStart(paragraph: string): Dateline | null {
  const m = DATELINE.exec(paragraph);
  if (!m) return null;
  const [text, place = "", dateText, slashOutlet, parenOutlet] = m;
  let date: StatedDate | null = null;
  if (dateText) {
    const parsed = chrono.parse(dateText)[0];
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
