import { englishChrono } from "../dates/chrono.js";
import type { CleanResult } from "./clean.js";
import type { BylineDate, StatedDate } from "./metadataLines.js";
import { hostOf, outletName } from "./outlets.js";
import { captionsOf } from "./captions.js";
import type { Caption } from "./types.js";

/** How an outlet read from the page's own credit of the piece is recorded: its line is a name. */
export const CREDIT_HOWS = ["a credit line", "the by-line"] as const;

export type InferableField = "title" | "outlet" | "republished_by" | "published" | "url";

/** The line a field was read or inferred from, and how, so a person can check it. */
export interface Evidence {
  line: string;
  how: string;
}

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
  evidence: Partial<Record<InferableField, Evidence>>;
  /** The photo captions cleaning removed, with their credits. */
  captions: Caption[];
}

/** What a saved HTML page states in its markup (og:*, JSON-LD, canonical link). */
export interface MarkupMeta {
  title: string | null;
  siteName: string | null;
  published: StatedDate | null;
  url: string | null;
  /** The markup each value came from, e.g. "JSON-LD NewsArticle headline". */
  sources: Partial<Record<"title" | "outlet" | "published" | "url", string>>;
}

const FUTURE_CONTEXT =
  /\b(will|shall|to be held|scheduled|is expected to|are expected to|plans? to|next|upcoming)\b/i;

const ZONE_RANK = { head: 0, masthead: 1, tail: 3 } as const;
const LABEL_RANK = { published: 0, plain: 1, updated: 2 } as const;
const HOW_RANK = { credit: 0, "by-line": 1, copyright: 2 } as const;

const URL_DATE = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|-|$)/;

/** Legal and generic words that do not tell two outlet names apart. */
const sameOutlet = (a: string, b: string): boolean => {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/^the\s+|\.(?:com|org|net|co\.uk)$|[^\p{L}\d]/gu, "")
      .replace(/(?:media|group|news)$/u, "");
  return norm(a) === norm(b);
};

export function pageMetadata(clean: CleanResult, markup: MarkupMeta | null = null): PageMetadata {
  const { hints } = clean;
  const inferred = new Set<InferableField>();
  const evidence: PageMetadata["evidence"] = {};
  const url = markup?.url ?? hints.urls[0] ?? null;
  if (url) evidence.url = { line: url, how: markup?.sources.url ?? "the page's source URL line" };
  const host = url ? hostOf(url) : null;

  // Outlet: an agency's dateline, a credit line, the by-line, the markup, the copyright
  // holder, the host; the first of these the page has.
  let outlet = "";
  const named = [...hints.outletHints].sort((a, b) => HOW_RANK[a.how] - HOW_RANK[b.how]);
  const credit = named.find((o) => o.how !== "copyright");
  const copyright = named.find((o) => o.how === "copyright");
  if (hints.dateline?.outlet) {
    outlet = outletName(hints.dateline.outlet);
    evidence.outlet = { line: hints.dateline.text.trim(), how: "the agency in the dateline" };
  } else if (credit) {
    outlet = outletName(credit.name);
    evidence.outlet = { line: credit.line, how: credit.how === "credit" ? CREDIT_HOWS[0] : CREDIT_HOWS[1] };
  } else if (markup?.siteName) {
    outlet = outletName(markup.siteName);
    evidence.outlet = { line: markup.siteName, how: markup.sources.outlet ?? "the page's markup" };
  } else if (copyright) {
    // "Example Courier Media" holds the copyright of a page whose masthead says "Example
    // Courier": the outlet is the name the masthead gives.
    const masthead = hints.masthead;
    const name =
      masthead && copyright.name.toLowerCase().startsWith(`${masthead.toLowerCase()} `)
        ? copyright.name.slice(0, masthead.length)
        : copyright.name;
    outlet = outletName(name);
    evidence.outlet = { line: copyright.line, how: "the copyright holder" };
    inferred.add("outlet");
  } else if (host) {
    outlet = outletName(host);
    evidence.outlet = { line: url ?? host, how: "the URL's host" };
    inferred.add("outlet");
  } else if (hints.breadcrumbSite) {
    outlet = outletName(hints.breadcrumbSite);
    evidence.outlet = { line: hints.breadcrumbSite, how: "the first step of the breadcrumb trail" };
    inferred.add("outlet");
  }

  // A copy on another site: named in its own boilerplate, or holding the copyright of a page
  // whose story a credit or dateline gives to someone else.
  let site = hints.sites.find((s) => outletName(s) !== outlet) ?? null;
  if (!site && copyright && outlet && evidence.outlet?.how !== "the copyright holder") {
    if (!sameOutlet(copyright.name, outlet) && !(markup?.siteName && sameOutlet(copyright.name, markup.siteName)))
      site = copyright.name;
  }
  if (site) {
    inferred.add("republished_by");
    evidence.republished_by =
      copyright && site === copyright.name
        ? { line: copyright.line, how: "the copyright holder of a page crediting another outlet" }
        : { line: site, how: "the site its own boilerplate names" };
  }

  const { date, source } = chooseDate(clean, markup, url);
  let dateSource: string | null = null;
  if (date && source) {
    dateSource = source.how;
    evidence.published = { line: source.line, how: source.how };
    if (source.inferred) inferred.add("published");
  }
  if (date && date.year === null) {
    inferred.add("published");
    const own = yearFromPage(clean, date);
    if (own) {
      date.year = own.year;
      dateSource = `${dateSource ?? ""}; year from ${own.how}`;
      evidence.published = { line: `${source?.line ?? date.text} + ${own.line}`, how: dateSource };
    }
  }

  let title = clean.title ?? "";
  if (markup?.title) title = markup.title;
  if (title) {
    evidence.title = {
      line: title,
      how: markup?.title ? (markup.sources.title ?? "the page's markup") : "the headline-shaped line above the story",
    };
  }

  const captions = captionsOf(clean.removed);
  return { title, outlet, republishedBy: site, url, date, dateSource, inferred, evidence, captions };
}

interface DateSource extends Evidence {
  inferred: boolean;
}

/**
 * The publication date: the markup's, else the by-line's (between headline and story before
 * a masthead's date; published before updated), else the dateline's, the URL's, a time stamp
 * after the story, and last the latest date the text reports as past.
 */
function chooseDate(
  clean: CleanResult,
  markup: MarkupMeta | null,
  url: string | null,
): { date: StatedDate | null; source: DateSource | null } {
  if (markup?.published) {
    return {
      date: { ...markup.published },
      source: { line: markup.published.text, how: markup.sources.published ?? "the page's markup", inferred: false },
    };
  }
  const dates = [...clean.hints.dates].sort(
    (a, b) => ZONE_RANK[a.zone] - ZONE_RANK[b.zone] || LABEL_RANK[a.label] - LABEL_RANK[b.label],
  );
  const best = dates[0];
  const stated = (d: BylineDate | StatedDate): StatedDate & { weekday?: number } => ({
    year: d.year,
    month: d.month,
    day: d.day,
    text: d.text,
    ...("weekday" in d && d.weekday !== undefined ? { weekday: d.weekday } : {}),
  });
  if (best && best.zone !== "tail") {
    return { date: stated(best), source: { line: best.line, how: "the page's date line", inferred: false } };
  }
  const dateline = clean.hints.dateline;
  if (dateline?.date) {
    return { date: stated(dateline.date), source: { line: dateline.text.trim(), how: "the dateline", inferred: false } };
  }
  const inUrl = url ? URL_DATE.exec(url) : null;
  if (inUrl) {
    const [, y, m, d] = inUrl;
    return {
      date: { year: Number(y), month: Number(m), day: Number(d), text: `${y}/${m}/${d}` },
      source: { line: url ?? "", how: "the date in the URL", inferred: true },
    };
  }
  if (best) {
    return { date: stated(best), source: { line: best.line, how: "a time stamp below the story", inferred: true } };
  }
  const reported = latestReportedDate(clean.body);
  if (reported) {
    return {
      date: reported,
      source: {
        line: reported.text,
        how: `the latest date the text reports as past ('${reported.text}')`,
        inferred: true,
      },
    };
  }
  return { date: null, source: null };
}

/** Years the text mentions outside sentences about what will happen. */
function pastYears(body: string): number[] {
  const years: number[] = [];
  for (const sentence of body.split(/(?<=[.!?]["”’]?)\s+/)) {
    if (FUTURE_CONTEXT.test(sentence)) continue;
    for (const m of sentence.matchAll(/\b(?:19|20)\d{2}\b/g)) years.push(Number(m[0]));
  }
  return years;
}

/**
 * A missing year from the page's own evidence: a date in its URL, another date line with a
 * year, its copyright year, the latest year its text reports (checked against a weekday).
 */
export function yearFromPage(
  clean: CleanResult,
  date: StatedDate & { weekday?: number },
): { year: number; line: string; how: string } | null {
  for (const u of clean.hints.urls) {
    const m = URL_DATE.exec(u) ?? /\/((?:19|20)\d{2})\//.exec(u);
    if (m?.[1]) return { year: Number(m[1]), line: u, how: "the URL" };
  }
  const withYear = clean.hints.dates.find((d) => d.year !== null);
  if (withYear?.year) return { year: withYear.year, line: withYear.line, how: "another date line" };
  const copyright = Math.max(...clean.hints.copyrightYears);
  if (Number.isFinite(copyright)) {
    const line = clean.removed.find((r) => r.reason === "copyright notice")?.line ?? String(copyright);
    return { year: copyright, line, how: "the copyright year" };
  }
  const years = pastYears(clean.body);
  if (years.length > 0) {
    // A story is dated the year of the latest year it reports, or the next; a weekday in its
    // by-line tells which.
    const latest = Math.max(...years);
    const weekday = date.weekday;
    const year =
      weekday === undefined
        ? latest
        : ([latest, latest + 1].find((y) => new Date(Date.UTC(y, date.month - 1, date.day)).getUTCDay() === weekday) ??
          latest);
    return { year, line: String(latest), how: weekday === undefined ? "the latest year the text reports" : "the latest year the text reports and the by-line's weekday" };
  }
  return null;
}

/** The latest day-precise date in the text outside sentences about what will happen. */
export function latestReportedDate(body: string): StatedDate | null {
  let best: StatedDate | null = null;
  for (const r of englishChrono().parse(body)) {
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
  for (const r of englishChrono().parse(body, ref)) {
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
  for (const r of englishChrono().parse(body)) {
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
