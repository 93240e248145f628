import { Readability } from "@mozilla/readability";
import { decodeHTMLStrict } from "entities";
import { parseHTML } from "linkedom";
import type { Removed } from "./clean.js";
import type { MarkupMeta } from "./metadata.js";
import type { StatedDate } from "./metadataLines.js";

/** A saved HTML page as text lines for the cleaner, and what its markup states. */
export interface HtmlPage {
  /** The story's blocks (paragraphs, list items, headings), one per line, blank between. */
  text: string;
  markup: MarkupMeta;
  /** Blocks dropped for their structure (figure captions), with the reason. */
  removed: Removed[];
  /** Every block of the page, chrome included: by-lines and copyright lines Readability drops. */
  pageText: string;
}

/** The little of the DOM this file uses; the project builds without the DOM's types. */
interface DomNode {
  nodeType: number;
  textContent: string | null;
  childNodes: Iterable<DomNode>;
}
interface Element extends DomNode {
  tagName: string;
  nextElementSibling: Element | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): Element | null;
}
interface Document {
  body: Element | null;
  querySelector(selector: string): Element | null;
  querySelectorAll(selector: string): Iterable<Element>;
}

const parse = (html: string): Document => parseHTML(html).document as unknown as Document;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report)$/;

/** Every object of a JSON-LD block, inside @graph and arrays included. */
function jsonLdObjects(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (v: Json): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object") {
      out.push(v);
      const graph = v["@graph"];
      if (graph) visit(graph);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? "") as Json);
    } catch {
      // A malformed block states nothing; the rest of the page still does.
    }
  }
  return out;
}

const isType = (o: JsonObject, re: RegExp): boolean => {
  const t = o["@type"];
  return Array.isArray(t) ? t.some((x) => typeof x === "string" && re.test(x)) : typeof t === "string" && re.test(t);
};
const str = (v: Json | undefined): string | null =>
  typeof v === "string" && v.trim() ? decodeHTMLStrict(v.trim()).replace(/\s+/g, " ") : null;

/** A value that is an object, or a reference to one elsewhere in the graph by @id. */
function resolve(v: Json | undefined, all: JsonObject[]): JsonObject | null {
  const first = Array.isArray(v) ? v[0] : v;
  if (!first || typeof first !== "object" || Array.isArray(first)) return null;
  const id = first["@id"];
  if (typeof id === "string" && Object.keys(first).length === 1) {
    return all.find((o) => o["@id"] === id && o !== first) ?? first;
  }
  return first;
}

/** "2025-04-10T08:30:00-04:00" → 10 April 2025: the day as the page's own clock gives it. */
export function isoStated(value: string | null): StatedDate | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim()) : null;
  if (!m || !value) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), text: value.trim() };
}

/** A title with the site's name after a separator: "Headline | Site", "Headline — Site". */
export function withoutSiteSuffix(title: string, site: string | null): string {
  const m = /^(.*\S)\s+[|–—-]\s+([^|–—]+)$/.exec(title);
  if (!m?.[1] || !m[2]) return title;
  const suffix = m[2].trim().toLowerCase();
  if (site && (suffix === site.toLowerCase() || site.toLowerCase().startsWith(suffix))) return m[1];
  return site ? title : m[1];
}

/** Other meta tags sites state a publication time in. */
const PUBLISHED_METAS = [
  "og:article:published_time",
  "pubdate",
  "publishdate",
  "date",
  "dc.date",
  "DC.date.issued",
  "parsely-pub-date",
  "sailthru.date",
];

const meta = (doc: Document, key: string): string | null =>
  str(doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content") ?? undefined);

function markupOf(doc: Document): MarkupMeta {
  const all = jsonLdObjects(doc);
  const article = all.find((o) => isType(o, ARTICLE_TYPES)) ?? null;
  const sources: MarkupMeta["sources"] = {};
  const pick = <T>(field: keyof MarkupMeta["sources"], options: Array<[T | null, string]>): T | null => {
    for (const [value, source] of options) {
      if (value) {
        sources[field] = source;
        return value;
      }
    }
    return null;
  };

  const publisher = article ? resolve(article["publisher"], all) : null;
  const siteName = pick("outlet", [
    [meta(doc, "og:site_name"), "og:site_name"],
    [publisher ? str(publisher["name"]) : null, "JSON-LD publisher"],
  ]);
  const h1 = str(doc.querySelector("h1")?.textContent ?? undefined);
  const ogTitle = meta(doc, "og:title");
  const docTitle = str(doc.querySelector("title")?.textContent ?? undefined);
  const title = pick("title", [
    [article ? str(article["headline"]) : null, "JSON-LD headline"],
    [h1, "the page's h1"],
    [ogTitle ? withoutSiteSuffix(ogTitle, siteName) : null, "og:title"],
    [docTitle ? withoutSiteSuffix(docTitle, siteName) : null, "the page's <title>"],
  ]);
  const published = pick("published", [
    [isoStated(article ? str(article["datePublished"]) : null), "JSON-LD datePublished"],
    [isoStated(meta(doc, "article:published_time")), "article:published_time"],
    ...PUBLISHED_METAS.map((name): [StatedDate | null, string] => [isoStated(meta(doc, name)), `meta ${name}`]),
    [isoStated(str(doc.querySelector('[itemprop="datePublished"]')?.getAttribute("content") ?? undefined)), "itemprop datePublished"],
  ]);
  const mainEntity = article ? resolve(article["mainEntityOfPage"], all) : null;
  const url = pick("url", [
    [str(doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? undefined), "link rel=canonical"],
    [meta(doc, "og:url"), "og:url"],
    [article ? str(article["url"]) : null, "JSON-LD url"],
    [mainEntity ? str(mainEntity["@id"]) : null, "JSON-LD mainEntityOfPage"],
  ]);
  return { title, siteName, published, url: url && /^https?:\/\//.test(url) ? url : null, sources };
}

const BLOCKS = new Set(["P", "LI", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "PRE", "TD", "TH", "DT", "DD"]);

/** The list a short heading stands over, if this element is such a heading. */
function boxList(el: Element): Element | null {
  if (!/^H[2-6]$/i.test(el.tagName)) return null;
  const words = (el.textContent ?? "").trim().split(/\s+/).filter(Boolean).length;
  const next = el.nextElementSibling;
  return words > 0 && words <= 4 && next && /^(?:UL|OL)$/i.test(next.tagName) ? next : null;
}

/** The text of each block element, in order; a caption is left out as a caption. */
function blockLines(root: Element, removed: Removed[]): string[] {
  const lines: string[] = [];
  const boxed = new Set<Element>();
  const flat = (t: string) => t.replace(/\s+/g, " ").trim();
  const walk = (el: Element): void => {
    const tag = el.tagName.toUpperCase();
    if (tag === "FIGCAPTION") {
      const text = flat(el.textContent ?? "");
      if (text) removed.push({ line: text, reason: "photo caption (figcaption)" });
      return;
    }
    if (tag === "SCRIPT" || tag === "STYLE" || tag === "NOSCRIPT") return;
    if (BLOCKS.has(tag) && !el.querySelector([...BLOCKS].join(","))) {
      const text = flat(el.textContent ?? "");
      if (text) lines.push(text);
      return;
    }
    // Text standing directly in a container (a div with no <p>) is a block of its own.
    let loose = "";
    for (const node of el.childNodes) {
      if (node.nodeType === 3) loose += node.textContent ?? "";
      else if (node.nodeType === 1) {
        const child = node as Element;
        if (boxed.has(child)) continue;
        const list = boxList(child);
        if (list) {
          // A short heading over a list ("Key points", "Fact box") is a box beside the story.
          for (const el of [child, list]) {
            const text = flat(el.textContent ?? "");
            if (text) removed.push({ line: text, reason: "box beside the story (heading and list)" });
          }
          boxed.add(list);
          continue;
        }
        if (BLOCKS.has(child.tagName.toUpperCase()) || child.querySelector([...BLOCKS].join(","))) {
          if (flat(loose)) lines.push(flat(loose));
          loose = "";
          walk(child);
        } else if (child.tagName.toUpperCase() === "FIGURE" || child.tagName.toUpperCase() === "FIGCAPTION") {
          walk(child);
        } else loose += ` ${child.textContent ?? ""} `;
      }
    }
    if (flat(loose)) lines.push(flat(loose));
  };
  walk(root);
  return lines;
}

/** Reads a saved HTML page: its markup's metadata, and its story's blocks via Readability. */
export function readHtml(html: string): HtmlPage {
  const markup = markupOf(parse(html));
  const removed: Removed[] = [];
  // Readability changes the document it reads, so it gets a copy of its own.
  const article = new Readability(parse(html) as never, { keepClasses: false }).parse();
  const root = article?.content
    ? parse(`<!doctype html><html><body>${article.content}</body></html>`).body
    : parse(html).body;
  const lines = root ? blockLines(root, removed) : [];
  const body = parse(html).body;
  const pageText = body ? blockLines(body, []).join("\n\n") : "";
  return { text: lines.join("\n\n"), markup, removed, pageText };
}
