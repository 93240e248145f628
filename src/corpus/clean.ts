import { isHeadlineLike, isShortLabel, isTitleCase, junkReason } from "./junk.js";
import {
  dateLine,
  datelineAtStart,
  outletInLine,
  siteNamedIn,
  urlInLine,
  type Dateline,
  type StatedDate,
} from "./metadataLines.js";
import { joinBrokenLines, restoreMissingSpaces, splitGluedWords } from "./repair.js";
import { lookupTable } from "../lexicon/lookupTable.js";

/** What the raw page said about itself, pulled out of the text rather than left in the body. */
export interface MetadataHints {
  urls: string[];
  /** By-lines and time stamps. */
  dates: StatedDate[];
  /** Outlet names from credit lines or host lines ("RT.com", "(Reuters)"). */
  outlets: string[];
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

const ENTITIES = lookupTable<string>({
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  mdash: "—",
  ndash: "–",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
  hellip: "…",
});

/** Encoding-level clean-up that never changes the words: line ends, odd spaces, HTML remnants. */
export function normalizeText(raw: string): { text: string; repairs: number } {
  let repairs = 0;
  let text = raw
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00A0\u2007\u202F]/g, " ")
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, "");
  text = text.replace(/<\/?[a-zA-Z][^<>\n]*>/g, () => {
    repairs++;
    return "";
  });
  text = text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    const decoded = lower.startsWith("#x")
      ? String.fromCodePoint(parseInt(lower.slice(2), 16))
      : lower.startsWith("#")
        ? String.fromCodePoint(parseInt(lower.slice(1), 10))
        : ENTITIES[lower];
    if (decoded === undefined) return whole;
    repairs++;
    return decoded;
  });
  // Markdown that a scraper left: links keep their text, emphasis marks go.
  text = text.replace(/\[([^\]\n]+)\]\((?:https?:[^)\s]+)\)/g, "$1").replace(/(\*\*|__)(.+?)\1/g, "$2");
  return { text: text.normalize("NFC"), repairs };
}

interface Line {
  text: string;
  heading: boolean;
}

export function cleanRaw(raw: string, isWord: (w: string) => boolean): CleanResult {
  const normalized = normalizeText(raw);
  let repairs = normalized.repairs;
  const hints: MetadataHints = { urls: [], dates: [], outlets: [], dateline: null, sites: [] };
  const removed: Removed[] = [];
  const remove = (line: string, reason: string): null => {
    removed.push({ line, reason });
    return null;
  };

  // 1. Line by line: metadata is recorded then removed, chrome is removed, the rest is kept.
  //    A removed line becomes blank so it still separates paragraphs.
  const lines: Array<Line | null> = normalized.text.split("\n").map((rawLine) => {
    const heading = /^\s*#{1,6}\s+/.test(rawLine);
    const text = rawLine.replace(/^\s*#{1,6}\s+/, "").trim();
    if (text === "") return null;
    const site = siteNamedIn(text);
    if (site) hints.sites.push(site);
    const url = urlInLine(text);
    if (url) {
      if (url.url) hints.urls.push(url.url);
      return remove(text, "source URL");
    }
    const date = dateLine(text);
    if (date) {
      hints.dates.push(date);
      return remove(text, "by-line date");
    }
    const outlet = outletInLine(text);
    if (outlet) {
      hints.outlets.push(outlet);
      return remove(text, "outlet credit");
    }
    const junk = junkReason(text);
    if (junk) return remove(text, junk);
    return { text, heading };
  });

  // 2. The title: a heading or headline-like first line, after any section label.
  let title: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const hasMore = lines.slice(i + 1).some((l) => l !== null);
    if (!line.heading && isShortLabel(line.text) && hasMore) {
      remove(line.text, "section label");
      lines[i] = null;
      continue;
    }
    if (hasMore && (line.heading || isHeadlineLike(line.text))) {
      title = line.text;
      lines[i] = null;
    }
    break;
  }

  // 3. Lines back into paragraphs, repairing sentences broken across lines.
  const joined = joinBrokenLines(lines.map((l) => l?.text ?? ""));
  repairs += joined.repairs;
  let paragraphs = joined.paragraphs;

  // 4. An agency dateline opens the first paragraph; it is metadata, not article text.
  const first = paragraphs[0];
  if (first !== undefined) {
    const dateline = datelineAtStart(first);
    if (dateline) {
      hints.dateline = dateline;
      removed.push({ line: dateline.text.trim(), reason: "dateline" });
      paragraphs[0] = first.slice(dateline.text.length);
    }
  }

  // 5. Headline lists and menu items between or after the article's paragraphs.
  paragraphs = paragraphs.filter((p) => {
    if (isHeadlineLike(p) && isTitleCase(p)) return remove(p, "related headline") ?? false;
    if (isShortLabel(p)) return remove(p, "menu item or label") ?? false;
    return p.trim() !== "";
  });

  // 6. Sentence- and word-level repairs.
  const repaired = paragraphs.map((p) => {
    const spaced = restoreMissingSpaces(p);
    const split = splitGluedWords(spaced.text, isWord);
    repairs += spaced.repairs + split.repairs;
    return split.text;
  });

  return { title, body: repaired.join("\n\n"), hints, removed, repairs };
}
