import { decodeHTMLStrict } from "entities";
import { endsSentence, isListItem, isLongProse, isProse, lineCue, type BlockKind } from "./boilerplate.js";
import { isHeadlineLike, isShortLabel, isTitleCase } from "./junk.js";
import {
  bylineParts,
  copyrightHolder,
  datelineAtStart,
  dayFirstOn,
  isAuthorLike,
  outletInLine,
  siteNamedIn,
  urlInLine,
  type BylineDate,
  type Dateline,
} from "./metadataLines.js";
import { isHardWrapped, joinBrokenLines, restoreMissingSpaces, splitGluedWords } from "./repair.js";

/** Where a date line stood: above the headline (a masthead), between it and the story, after. */
export type DateZone = "masthead" | "head" | "tail";

/** A by-line date with the line it came from. */
export interface DateHint extends BylineDate {
  line: string;
  index: number;
  zone: DateZone;
}

/** An outlet the page names, with the line and the kind of line that names it. */
export interface OutletHint {
  name: string;
  line: string;
  how: "credit" | "by-line" | "copyright";
  index: number;
}

/** What the raw page said about itself, pulled out of the text rather than left in the body. */
export interface MetadataHints {
  urls: string[];
  /** By-lines and time stamps. */
  dates: DateHint[];
  /** Outlet names from credit lines or host lines ("RT.com", "(Reuters)"). */
  outlets: string[];
  /** Every line that names an outlet: credits, "By … | Outlet", copyright lines. */
  outletHints: OutletHint[];
  /** Years in copyright lines: evidence for a date that lacks its year. */
  copyrightYears: number[];
  /** Line numbers of author by-lines ("By Jane Roe"). */
  authors: number[];
  /** The page's first line when it is a short name: the site's masthead. */
  masthead: string | null;
  /** The first step of a breadcrumb trail, when it is the site rather than "Home". */
  breadcrumbSite: string | null;
  dateline: Dateline | null;
  /** Sites named in syndication boilerplate ("… daily dose of Example Star news"). */
  sites: string[];
}

export interface Removed {
  line: string;
  reason: string;
}

export interface CleanResult {
  title: string | null;
  /** Paragraphs separated by one blank line; every line is a whole paragraph. */
  body: string;
  hints: MetadataHints;
  removed: Removed[];
  /** How many breakages were repaired: a measure of how badly the page was scraped. */
  repairs: number;
}

/** Encoding-level clean-up that never changes the words: line ends, odd spaces, HTML remnants. */
export function normalizeText(raw: string): { text: string; repairs: number } {
  let repairs = 0;
  let text = raw.replace(/\r\n?/g, "\n");
  text = text.replace(/<\/?[a-zA-Z][^<>\n]*>/g, () => {
    repairs++;
    return "";
  });
  // Entities by the HTML standard's table ("entities"); a name it lacks stays as written.
  text = text.replace(/&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi, (whole) => {
    const decoded = decodeHTMLStrict(whole);
    if (decoded === whole) return whole;
    repairs++;
    return decoded;
  });
  // Odd spaces, the decoded ones included, become plain; zero-width ones go.
  text = text.replace(/[\u00A0\u2007\u202F]/g, " ").replace(/[\u200B-\u200D\u2060\uFEFF]/g, "");
  // Markdown that a scraper left: links keep their text, emphasis marks go.
  text = text.replace(/\[([^\]\n]+)\]\((?:https?:[^)\s]+)\)/g, "$1").replace(/(\*\*|__)(.+?)\1/g, "$2");
  return { text: text.normalize("NFC"), repairs };
}

interface Line {
  text: string;
  heading: boolean;
}

/** A removed line: blank in the text, and possibly the header of a block of chrome. */
interface Gap {
  block: BlockKind | null;
  reason: string | null;
  line?: string;
}

type Slot = Line | Gap;
const isLine = (s: Slot | undefined): s is Line => s !== undefined && "text" in s;

/** A paragraph or the header of a chrome block between paragraphs. */
type Piece = { paragraph: string } | { block: BlockKind; reason: string };

export function cleanRaw(
  raw: string,
  isWord: (w: string) => boolean,
  isCommon: (w: string) => boolean = isWord,
): CleanResult {
  const normalized = normalizeText(raw);
  let repairs = normalized.repairs;
  const dayFirst = dayFirstOn(normalized.text);
  const hints: MetadataHints = {
    urls: [],
    dates: [],
    outlets: [],
    outletHints: [],
    dateline: null,
    sites: [],
    copyrightYears: [],
    authors: [],
    masthead: null,
    breadcrumbSite: null,
  };
  const removed: Removed[] = [];
  const remove = (line: string, reason: string): null => {
    removed.push({ line, reason });
    return null;
  };
  const gap = (line: string, reason: string, block: BlockKind | null = null): Gap => {
    remove(line, reason);
    return { block, reason, line };
  };
  const blank: Gap = { block: null, reason: null };

  // 1. Line by line: metadata is recorded then removed, cued chrome is removed, the rest is
  //    kept. A removed line stays as a gap so it still separates paragraphs.
  const rawLines = normalized.text.split("\n");
  const slots: Slot[] = rawLines.map((rawLine, index) => {
    const heading = /^\s*#{1,6}\s+/.test(rawLine);
    const text = rawLine.replace(/^\s*#{1,6}\s+/, "").trim();
    if (text === "") return blank;
    const site = siteNamedIn(text);
    if (site) hints.sites.push(site);
    const url = urlInLine(text);
    if (url) {
      if (url.url) hints.urls.push(url.url);
      return gap(text, "source URL");
    }
    const byline = bylineParts(text, dayFirst);
    if (byline) {
      for (const d of byline.dates) hints.dates.push({ ...d, line: text, index, zone: "tail" });
      if (byline.outlet) hints.outletHints.push({ name: byline.outlet, line: text, how: "by-line", index });
      if (byline.author) hints.authors.push(index);
      return gap(text, byline.dates.length > 0 ? "by-line date" : "by-line");
    }
    const outlet = outletInLine(text);
    if (outlet) {
      hints.outlets.push(outlet);
      hints.outletHints.push({ name: outlet, line: text, how: "credit", index });
      return gap(text, "outlet credit");
    }
    const holder = copyrightHolder(text);
    if (holder) {
      hints.outletHints.push({ name: holder, line: text, how: "copyright", index });
      for (const y of text.match(/\b\d{4}\b/g) ?? []) hints.copyrightYears.push(Number(y));
      return gap(text, "copyright notice", "terminal");
    }
    const cue = lineCue(text);
    if (cue?.reason === "navigation breadcrumb") {
      // "Example Post › World › Europe": a trail that starts at the site names it.
      const first = text.split(/\s+[|›»>]\s+/)[0]?.trim() ?? "";
      if (first && !GENERIC_CRUMB.test(first)) hints.breadcrumbSite ??= first;
    }
    if (cue) return gap(text, cue.reason, cue.block);
    return { text, heading };
  });

  const top = rawLines.find((l) => l.trim() !== "")?.replace(/^\s*#{1,6}\s+/, "").trim() ?? "";
  if (wordCount(top) <= 5 && !/\d|[.!?:,]$/.test(top) && !lineCue(top)) hints.masthead = top;

  // A short line right after a bare photo credit is the photo's caption.
  for (let i = 1; i < slots.length; i++) {
    const line = slots[i];
    const prev = slots[i - 1];
    if (!isLine(line) || isLine(prev) || prev?.reason !== "photo caption or credit") continue;
    if (!isBareCredit(rawLines[i - 1] ?? "") || wordCount(line.text) > 15 || /["“”]/.test(line.text)) continue;
    slots[i] = gap(line.text, "photo caption or credit");
  }

  // A short line between two subscription or paywall lines is the box's own blurb.
  const PROMPT = new Set(["subscription, advertising or site notice", "paywall or account prompt"]);
  const nearest = (from: number, step: number): Slot | undefined => {
    for (let j = from + step; j >= 0 && j < slots.length; j += step) {
      const s = slots[j];
      if (isLine(s) || s?.reason) return s;
    }
    return undefined;
  };
  slots.forEach((slot, i) => {
    if (!isLine(slot) || wordCount(slot.text) > SHORT_BLURB) return;
    const before = nearest(i, -1);
    const after = nearest(i, 1);
    if (isLine(before) || isLine(after) || !PROMPT.has(before?.reason ?? "") || !PROMPT.has(after?.reason ?? "")) return;
    // The box opens with an offer (an advert beside a sentence of the story is no box).
    if (!OFFER.test(before?.line ?? "")) return;
    slots[i] = gap(slot.text, "inside a subscription box");
  });

  // 2. The title: the headline-shaped line nearest above the by-line, or the page's heading.
  let firstProse = slots.findIndex((s) => isLine(s) && isProse(s.text));
  if (firstProse < 0) firstProse = slots.findIndex((s) => isLine(s) && endsSentence(s.text));
  if (firstProse < 0) firstProse = slots.length;
  const titleIndex = chooseTitle(slots, firstProse, hints);
  const titleSlot = slots[titleIndex];
  const title = isLine(titleSlot) ? titleSlot.text : null;
  if (isLine(titleSlot)) slots[titleIndex] = blank;
  for (const d of hints.dates) {
    d.zone = d.index < firstProse ? (title !== null && d.index < titleIndex ? "masthead" : "head") : "tail";
  }

  // 3. Lines back into paragraphs, repairing sentences broken across lines; a chrome block's
  //    header stays between them.
  const pieces: Piece[] = [];
  let run: string[] = [];
  const hardWrapped = isHardWrapped(rawLines);
  const flush = () => {
    const joined = joinBrokenLines(run, hardWrapped);
    repairs += joined.repairs;
    for (const paragraph of joined.paragraphs) pieces.push({ paragraph });
    run = [];
  };
  slots.forEach((slot, index) => {
    if (isLine(slot)) run.push(slot.text);
    else if (slot.block && index > firstProse && slot.reason) {
      flush();
      pieces.push({ block: slot.block, reason: slot.reason });
    } else run.push("");
  });
  flush();

  // 4. The story starts at its first sentence of running text; what stands above it (menus,
  //    taglines, captions, author lines) is the page's header.
  let start = pieces.findIndex(
    (p) => "paragraph" in p && (isProse(p.paragraph) || wordCount(p.paragraph) >= LONG_PARAGRAPH),
  );
  if (start < 0) start = pieces.findIndex((p) => "paragraph" in p && endsSentence(p.paragraph));
  if (start < 0) start = 0;
  const first = pieces[start];
  if (first && "paragraph" in first) {
    const dateline = datelineAtStart(first.paragraph);
    if (dateline) {
      hints.dateline = dateline;
      removed.push({ line: dateline.text.trim(), reason: "dateline" });
      first.paragraph = first.paragraph.slice(dateline.text.length);
    }
  }

  // 5. Each paragraph by its shape and by the block it stands in.
  let mode: "story" | BlockKind = "story";
  let blockReason = "";
  const kept: string[] = [];
  pieces.forEach((piece, i) => {
    if (!("paragraph" in piece)) {
      if (mode !== "terminal") mode = piece.block;
      blockReason = piece.reason;
      return;
    }
    const p = piece.paragraph.trim();
    if (p === "") return;
    if (i < start) return void remove(p, "page header above the story");
    if (mode === "terminal") return void remove(p, `after the story ended (${blockReason})`);
    if (mode === "soft") {
      if (!isLongProse(p)) return void remove(p, `in a block of ${blockReason}`);
      mode = "story";
    }
    if (isHeadlineLike(p) && isTitleCase(p)) return void remove(p, "related headline");
    if (isShortLabel(p)) return void remove(p, "menu item or label");
    if (isListItem(p)) return void remove(p, "numbered list of links");
    // A sentence introducing a list ends in a colon; a label ending in one is short.
    const introduces = /:$/.test(p) && wordCount(p) >= 10;
    if (!endsSentence(p) && !introduces && wordCount(p) < LONG_PARAGRAPH) {
      return void remove(p, "headline, label or menu item");
    }
    kept.push(p);
  });

  // The story's last paragraph may be its author's bio ("Jane Roe is a staff writer at …").
  const last = kept[kept.length - 1];
  if (last !== undefined && AUTHOR_BIO.test(last)) remove(kept.pop() ?? "", "author bio");

  // A paragraph the story already holds (a pull quote, a repeated standfirst) is a copy.
  const letters = (p: string) => p.toLowerCase().replace(/[^\p{L}\d]+/gu, " ").trim();
  const seen = kept.map(letters);
  for (let i = kept.length - 1; i >= 0; i--) {
    const own = seen[i] ?? "";
    if (own.split(" ").length < 5) continue;
    const elsewhere = seen.some((other, j) => j !== i && (other === own ? j < i : other.includes(own)));
    if (elsewhere) {
      remove(kept[i] ?? "", "repeats the story's own text (pull quote)");
      kept.splice(i, 1);
      seen.splice(i, 1);
    }
  }

  // 6. Sentence- and word-level repairs.
  const repaired = kept.map((p) => {
    const spaced = restoreMissingSpaces(p);
    const split = splitGluedWords(spaced.text, isWord, isCommon);
    repairs += spaced.repairs + split.repairs;
    return split.text;
  });

  return { title, body: repaired.join("\n\n"), hints, removed, repairs };
}

/** "Jane Roe is a contributing writer at the Post.": who wrote it, not what happened. */
const AUTHOR_BIO =
  /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3} (?:is|was) (?:a|an|the) (?:[\p{L}-]+ ){0,4}(?:writer|reporter|correspondent|editor|journalist|columnist|contributor|fellow|author)\b(?: (?:at|for|of|with) )?/u;

/** Breadcrumb steps that name a section, not the site. */
const GENERIC_CRUMB = /^(?:home|news|main|start|front page|index|top)$/i;

/** What a subscription box opens with. */
const OFFER = /\b(?:newsletters?|subscri\w*|sign up|briefing|inbox|digest)\b/i;

/** Words of a blurb in a subscription box. */
const SHORT_BLURB = 20;

/** Words in a paragraph no menu, headline or caption reaches: running text, however cut. */
const LONG_PARAGRAPH = 25;

const wordCount = (t: string): number => t.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/** "Photo: Jane Roe/Reuters" alone, with no caption before it. */
function isBareCredit(line: string): boolean {
  return /^(?:photos?|image|picture|credit)s?:/i.test(line.trim());
}

/** Headline shape: a few words, not a sentence, not a menu, an author or a list item. */
function isTitleCandidate(t: string): boolean {
  const n = wordCount(t);
  return n >= 4 && n <= 30 && !/[.,;:]["”’)]?$/.test(t) && !isAuthorLike(t) && !isListItem(t);
}

/**
 * The line index of the title, or -1. A heading above the story wins; otherwise the headline
 * is the headline-shaped line nearest above the by-line (the dates and author lines that
 * stand just above the story), or, with no by-line, the last one above the story.
 */
function chooseTitle(slots: Slot[], firstProse: number, hints: MetadataHints): number {
  const above = (i: number) => i < firstProse && isLine(slots[i]);
  const hasMore = (i: number) => slots.slice(i + 1).some(isLine);
  for (let i = 0; i < firstProse; i++) {
    const s = slots[i];
    if (isLine(s) && s.heading && hasMore(i)) return i;
  }
  // A line the next one continues in lower case is part of a wrapped paragraph.
  const continued = (i: number) => {
    const next = slots[i + 1];
    return isLine(next) && /^\p{Ll}/u.test(next.text);
  };
  const candidates = slots
    .map((s, i) =>
      above(i) && isLine(s) && isTitleCandidate(s.text) && hasMore(i) && !continued(i) ? i : -1,
    )
    .filter((i) => i >= 0);
  if (candidates.length === 0) return -1;
  const bylines = [
    ...hints.dates.map((d) => d.index),
    ...hints.authors,
  ].filter((i) => i < firstProse);
  const byline = bylines.length > 0 ? Math.max(...bylines) : -1;
  const before = candidates.filter((i) => i < byline);
  if (before.length > 0) return before[before.length - 1] ?? -1;
  if (byline >= 0) return candidates.find((i) => i > byline) ?? -1;
  return candidates[candidates.length - 1] ?? -1;
}
