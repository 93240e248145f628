import * as chrono from "chrono-node";
import type { CleanResult } from "./clean.js";
import type { StatedDate } from "./metadataLines.js";
import { hostOf, outletName } from "./outlets.js";

export type InferableField = "title" | "outlet" | "republished_by" | "published" | "url";

/** What one page tells about itself, before the corpus is consulted for a missing year. */
export interface PageMetadata {
  title: string;
  outlet: string;
  republishedBy: string | null;
  url: string | null;
  date: StatedDate | null;
  /** How the date was found, for the warning that says so. */
  dateSource: string | null;
  inferred: Set<InferableField>;
}

const FUTURE_CONTEXT =
  /\b(will|shall|to be held|scheduled|is expected to|are expected to|plans? to|next|upcoming)\b/i;

export function pageMetadata(clean: CleanResult): PageMetadata {
  const { hints } = clean;
  const inferred = new Set<InferableField>();
  const url = hints.urls[0] ?? null;
  const host = url ? hostOf(url) : null;

  let outlet = "";
  const statedOutlet = hints.dateline?.outlet ?? hints.outlets[0];
  if (statedOutlet) outlet = outletName(statedOutlet);
  else if (host) {
    outlet = outletName(host);
    inferred.add("outlet");
  }

  const site = hints.sites.find((s) => outletName(s) !== outlet) ?? null;
  if (site) inferred.add("republished_by");

  let date: StatedDate | null;
  let dateSource: string | null = null;
  const byline = hints.dates.find((d) => d.year !== null) ?? hints.dates[0];
  if (byline) {
    date = byline;
    dateSource = "the page's date line";
  } else if (hints.dateline?.date) {
    date = hints.dateline.date;
    dateSource = "the dateline";
  } else if (url && /\/(\d{4})\/(\d{1,2})\/(\d{1,2})\//.test(url)) {
    const [, y, m, d] = /\/(\d{4})\/(\d{1,2})\/(\d{1,2})\//.exec(url) ?? [];
    date = { year: Number(y), month: Number(m), day: Number(d), text: `${y}/${m}/${d}` };
    dateSource = "the date in the URL";
    inferred.add("published");
  } else {
    date = latestReportedDate(clean.body);
    if (date) {
      dateSource = `the latest date the text reports as past ('${date.text}')`;
      inferred.add("published");
    }
  }
  if (date && date.year === null) inferred.add("published");

  return {
    title: clean.title ?? "",
    outlet,
    republishedBy: site,
    url,
    date,
    dateSource,
    inferred,
  };
}

/** The latest day-precise date in the text outside sentences about what will happen. */
export function latestReportedDate(body: string): StatedDate | null {
  let best: StatedDate | null = null;
  for (const r of chrono.parse(body)) {
    if (!r.start.isCertain("day") || !r.start.isCertain("month")) continue;
    if (FUTURE_CONTEXT.test(sentenceAround(body, r.index))) continue;
    const candidate: StatedDate = {
      year: r.start.isCertain("year") ? (r.start.get("year") ?? null) : null,
      month: r.start.get("month") ?? 1,
      day: r.start.get("day") ?? 1,
      text: r.text,
    };
    if (!best || compareStated(candidate, best) > 0) best = candidate;
  }
  return best;
}

function compareStated(a: StatedDate, b: StatedDate): number {
  return (a.year ?? 0) - (b.year ?? 0) || a.month - b.month || a.day - b.day;
}

function sentenceAround(text: string, index: number): string {
  const before = text.slice(0, index);
  const start = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n")) + 1;
  const rest = text.slice(index);
  const endMatch = /[.!?](\s|$)/.exec(rest);
  return text.slice(start, index + (endMatch ? endMatch.index + 1 : rest.length));
}

const key = (month: number, day: number): string => `${month}-${day}`;

/** Votes, per "month-day", for the years the dated articles give that day. */
export type YearAnchors = Map<string, Map<number, number>>;

/**
 * The days with a year that one dated article mentions, as ["month-day", year]: its share of
 * the year anchors, which depends on its body and publication date alone.
 */
export function anchorMentions(body: string, published: string): Array<[string, number]> {
  const ref = new Date(`${published}T12:00:00Z`);
  const out: Array<[string, number]> = [];
  for (const r of chrono.parse(body, ref)) {
    if (!r.start.isCertain("day") || !r.start.isCertain("month")) continue;
    const year = r.start.get("year");
    if (year === null) continue;
    out.push([key(r.start.get("month") ?? 1, r.start.get("day") ?? 1), year]);
  }
  return out;
}

/** The year anchors of the dated articles, from each one's mentions. */
export function anchorsFrom(mentions: Iterable<Array<[string, number]>>): YearAnchors {
  const anchors: YearAnchors = new Map();
  for (const list of mentions) {
    for (const [k, year] of list) {
      const votes = anchors.get(k) ?? new Map<number, number>();
      votes.set(year, (votes.get(year) ?? 0) + 1);
      anchors.set(k, votes);
    }
  }
  return anchors;
}

/**
 * Years that dated articles give to the days they mention ("February 27" in a story of
 * 2025-04-08 is 27 February 2025). An article that names a day but no year borrows the year
 * these anchors agree on for the days it mentions.
 */
export function yearAnchors(dated: Array<{ body: string; published: string }>): YearAnchors {
  return anchorsFrom(dated.map(({ body, published }) => anchorMentions(body, published)));
}

/** The days ("month-day") a body mentions, certain to the day and month. */
export function mentionedDays(body: string): string[] {
  const keys: string[] = [];
  for (const r of chrono.parse(body)) {
    if (r.start.isCertain("day") && r.start.isCertain("month")) {
      keys.push(key(r.start.get("month") ?? 1, r.start.get("day") ?? 1));
    }
  }
  return keys;
}

/** The year the anchors agree on for a date and the days its article mentions. */
export function yearFromDays(date: StatedDate, days: readonly string[], anchors: YearAnchors): number | null {
  const tally = new Map<number, number>();
  for (const k of [key(date.month, date.day), ...days]) {
    for (const [year, n] of anchors.get(k) ?? []) tally.set(year, (tally.get(year) ?? 0) + n);
  }
  const ranked = [...tally].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  return ranked[0]?.[0] ?? null;
}

export function yearFromAnchors(body: string, date: StatedDate, anchors: YearAnchors): number | null {
  return yearFromDays(date, mentionedDays(body), anchors);
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
