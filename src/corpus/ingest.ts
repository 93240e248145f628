import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, extname, join } from "node:path";
import { decodeText } from "./decode.js";
import { DEFAULT_MAX_PAGE_BYTES } from "./limits.js";
import { findDuplicates, type DuplicateLink } from "./dedupe.js";
import { parseArticle, serializeArticle, type ParsedArticle } from "./frontMatter.js";
import {
  contentHash,
  INGEST_MANIFEST_FILE,
  ingestCodeVersion,
  readManifest,
  type IngestManifest,
  type ManifestEntry,
} from "./manifest.js";
import { corpusMessages } from "./messages.js";
import {
  anchorMentions,
  anchorsFrom,
  isoDate,
  mentionedDays,
  yearFromDays,
  type InferableField,
  type PageMetadata,
} from "./metadata.js";
import type { Removed } from "./clean.js";
import { readPage } from "./page.js";
import type { ArticleMeta, LoadProblem } from "./types.js";
import { isEnglishWord, WordCounter, type Vocabulary } from "./vocabulary.js";

export interface IngestOptions {
  rawDir: string;
  articlesDir: string;
  /** Replace reviewed front-matter values with what ingest finds. */
  force?: boolean;
  /**
   * Where the manifest of the last ingest is kept (corpus/.cache). With it, a raw file
   * unchanged since then is not cleaned again; without it, every file is.
   */
  cacheDir?: string;
  /**
   * A raw file name: show what ingest makes of that page (metadata with the lines it came
   * from, dropped lines with reasons) and write nothing at all.
   */
  explain?: string;
  /**
   * A raw page larger than this many bytes is refused with the reason: one huge page would
   * make every start and every question that reaches it slow. Default DEFAULT_MAX_PAGE_BYTES.
   */
  maxPageBytes?: number;
  /** Called as files are cleaned and written, for a progress bar. */
  onProgress?: (stage: IngestStage, done: number, total: number) => void;
}

export type IngestStage = "clean" | "write";


export interface IngestReport {
  written: string[];
  unchanged: string[];
  duplicates: DuplicateLink[];
  /** "file: message" lines: fields not found or inferred, reviewed values kept. */
  warnings: string[];
  problems: LoadProblem[];
  /** Raw files cleaned this time (new, changed, or everything without a manifest). */
  cleaned: string[];
  /** Raw files unchanged since the last ingest, whose earlier cleaning was used. */
  reused: string[];
  /** With `explain`: what ingest makes of that page; nothing was written. */
  explained?: Explained;
}

export interface Explained {
  rawFile: string;
  /** The front matter the article would get (a person's corrections kept, unless forced). */
  meta: ArticleMeta;
  body: string;
  /** Every line left out of the body, with the reason. */
  removed: Removed[];
  /** The warnings ingest gives about this file. */
  warnings: string[];
}

/** An article file ingest found in place: its front matter (a person may have corrected it). */
type ExistingArticle = { ok: true; meta: ArticleMeta } | { ok: false; problem: string } | null;

/** A raw page read and decoded, or why it cannot be. */
type RawRead = { ok: true; text: string; hash: string } | { ok: false; problem: string };

function readRaw(rawDir: string, file: string, maxPageBytes: number): RawRead {
  // Sized before it is read: a page over the limit is never loaded whole.
  const size = statSync(join(rawDir, file)).size;
  if (size > maxPageBytes) {
    return { ok: false, problem: corpusMessages.pageTooLarge(size, maxPageBytes) };
  }
  const bytes = readFileSync(join(rawDir, file));
  const result = decodeText(bytes);
  return result.ok ? { ok: true, text: result.text, hash: contentHash(bytes) } : result;
}

interface Page {
  id: string;
  rawFile: string;
  body: string;
  /** Lines cleaning removed (only for a page cleaned in this run). */
  removed?: Removed[];
  /** How many breakages cleaning repaired. */
  repairs: number;
  meta: PageMetadata;
  /** What the next ingest needs to skip cleaning this file again. */
  entry: ManifestEntry;
}

/** Article ids come from raw file names, so they stay stable when metadata is corrected. */
export function articleIdFor(rawFile: string): string {
  return basename(rawFile, extname(rawFile)).replace(/[^A-Za-z0-9_-]+/g, "-");
}

const FIELD_OF: Record<InferableField, keyof ArticleMeta> = {
  title: "title",
  outlet: "outlet",
  republished_by: "republishedBy",
  published: "published",
  url: "url",
};

export function ingest(options: IngestOptions): IngestReport {
  const report: IngestReport = {
    written: [],
    unchanged: [],
    duplicates: [],
    warnings: [],
    problems: [],
    cleaned: [],
    reused: [],
  };
  const rawFiles = readdirSync(options.rawDir)
    .filter((f) => !f.startsWith("."))
    .sort();

  // First pass: every page decoded once for the corpus's word counts, none kept, so memory
  // holds one raw page at a time however many there are.
  const decoded: Array<{ file: string; hash: string }> = [];
  const maxPageBytes = options.maxPageBytes ?? DEFAULT_MAX_PAGE_BYTES;
  const counter = new WordCounter();
  for (const file of rawFiles) {
    const read = readRaw(options.rawDir, file, maxPageBytes);
    if (!read.ok) {
      report.problems.push({ file, problem: read.problem });
      continue;
    }
    counter.add(read.text);
    decoded.push({ file, hash: read.hash });
  }

  const manifestFile = options.cacheDir ? join(options.cacheDir, INGEST_MANIFEST_FILE) : null;
  const previous = manifestFile ? readManifest(manifestFile) : null;
  const vocabulary = counter.vocabulary();
  const existing = new Map<string, ExistingArticle>();
  const pages: Page[] = [];
  decoded.forEach(({ file, hash }, done) => {
    options.onProgress?.("clean", done, decoded.length);
    const id = articleIdFor(file);
    const target = join(options.articlesDir, `${id}.md`);
    const article = existsSync(target) ? parseArticle(readFileSync(target, "utf8")) : null;
    // The article's body is read again when it is written: only its front matter is kept.
    existing.set(id, article?.ok ? { ok: true, meta: article.meta } : article);
    const explained = file === options.explain;
    const reused = explained ? null : reuse(previous?.files[file], hash, article, vocabulary);
    if (reused) {
      pages.push({ id, rawFile: file, ...reused });
      report.reused.push(file);
      return;
    }
    // Second pass: the page read again to be cleaned, then let go.
    const read = readRaw(options.rawDir, file, maxPageBytes);
    const page = read.ok ? cleanPage(id, file, read.text, read.hash, vocabulary) : null;
    if (page && !explained) delete page.removed;
    if (page) pages.push(page);
    else report.problems.push({ file, problem: read.ok ? corpusMessages.noArticleText : read.problem });
    report.cleaned.push(file);
  });
  options.onProgress?.("clean", decoded.length, decoded.length);

  const metas = resolveDates(pages, report);
  report.duplicates = markDuplicates(pages, metas, report);
  if (options.explain !== undefined) return explain(options, pages, metas, existing, report);

  mkdirSync(options.articlesDir, { recursive: true });
  pages.forEach((page, done) => {
    options.onProgress?.("write", done, pages.length);
    const fresh = metas.get(page.id);
    if (!fresh) return;
    const target = join(options.articlesDir, `${page.id}.md`);
    const before = existing.get(page.id) ?? null;
    const meta = options.force ? fresh : keepReviewed(before, fresh, report);
    const content = serializeArticle(meta, page.body);
    if (before && readFileSync(target, "utf8") === content) {
      report.unchanged.push(target);
      return;
    }
    writeAtomically(target, content);
    report.written.push(target);
  });
  options.onProgress?.("write", pages.length, pages.length);
  if (options.cacheDir && manifestFile) {
    const manifest: IngestManifest = {
      version: ingestCodeVersion(),
      files: Object.fromEntries(pages.map((p) => [p.rawFile, p.entry])),
    };
    mkdirSync(options.cacheDir, { recursive: true });
    writeAtomically(manifestFile, JSON.stringify(manifest));
  }
  report.problems.sort((a, b) => a.file.localeCompare(b.file));
  return report;
}

/** Marks a manifest word whose recorded answer is "common word?", not "word?". */
const COMMON = "common:";

/** Cleans one raw page and records what a later ingest needs to skip doing it again. */
function cleanPage(
  id: string,
  rawFile: string,
  text: string,
  hash: string,
  vocabulary: Vocabulary,
): Page | null {
  const words: Record<string, boolean> = {};
  const { clean, meta } = readPage(rawFile, text, {
    isWord: (word) => {
      const known = vocabulary.isWord(word);
      if (!isEnglishWord(word)) words[word.toLowerCase()] = known;
      return known;
    },
    isCommon: (word) => {
      const common = vocabulary.isCommon(word);
      words[`${COMMON}${word.toLowerCase()}`] = common;
      return common;
    },
  });
  if (clean.body.trim() === "") return null;
  const date = meta.date;
  const dated = date?.year != null;
  const entry: ManifestEntry = {
    raw: hash,
    body: contentHash(clean.body),
    repairs: clean.repairs,
    meta: { ...meta, inferred: [...meta.inferred] },
    words,
    anchors: dated ? anchorMentions(clean.body, isoDate(date.year ?? 0, date.month, date.day)) : [],
    days: date && !dated ? mentionedDays(clean.body) : [],
    names: storyNames(clean.body),
  };
  // Copied: strings cut from the raw page would otherwise keep all of it alive until the end.
  const kept = structuredClone({ body: clean.body, meta, entry });
  return { id, rawFile, ...kept, removed: clean.removed, repairs: clean.repairs };
}

/**
 * The earlier cleaning of a raw file, when it still holds: the file's content is the same,
 * its article file still has the body cleaning gave (not edited, not deleted), and every
 * word cleaning asked the vocabulary about gets the same answer from this corpus.
 */
function reuse(
  entry: ManifestEntry | undefined,
  hash: string,
  article: ParsedArticle | null,
  vocabulary: Vocabulary,
): Omit<Page, "id" | "rawFile"> | null {
  if (!entry || entry.raw !== hash || !article?.ok) return null;
  if (contentHash(article.body) !== entry.body) return null;
  for (const [word, known] of Object.entries(entry.words)) {
    const now = word.startsWith(COMMON)
      ? vocabulary.isCommon(word.slice(COMMON.length))
      : vocabulary.isWord(word);
    if (now !== known) return null;
  }
  const meta: PageMetadata = {
    ...entry.meta,
    inferred: new Set(entry.meta.inferred),
    evidence: entry.meta.evidence as PageMetadata["evidence"],
  };
  return { body: article.body, repairs: entry.repairs, meta, entry };
}

/**
 * Publication dates. A year the page itself does not give is borrowed from articles of the
 * same story (they share its names): the year they give the days it mentions, else the year
 * most of them carry. Unrelated articles never lend a year.
 */
function resolveDates(pages: Page[], report: IngestReport): Map<string, ArticleMeta> {
  const dated = pages.filter((p) => p.meta.date?.year != null);
  const byName = new Map<string, Page[]>();
  for (const p of dated) {
    for (const name of p.entry.names) {
      const list = byName.get(name) ?? [];
      list.push(p);
      byName.set(name, list);
    }
  }

  const metas = new Map<string, ArticleMeta>();
  for (const page of pages) {
    const { meta } = page;
    let published = "";
    const date = meta.date;
    const evidence = { ...meta.evidence };
    if (date) {
      let year = date.year;
      let how = meta.dateSource ?? "";
      if (year === null) {
        const story = sameStory(page, byName);
        year = yearFromDays(date, page.entry.days, anchorsFrom(story.map((p) => p.entry.anchors)));
        if (year === null) year = commonYear(story);
        if (year !== null) {
          how += `; year from articles of the same story (${story.map((p) => p.id).join(", ")})`;
          evidence.published = { line: evidence.published?.line ?? date.text, how };
        }
      }
      if (year !== null) published = isoDate(year, date.month, date.day);
      if (published && meta.inferred.has("published")) {
        report.warnings.push(
          `${page.rawFile}: ${corpusMessages.fieldInferred("published", published, how)}`,
        );
      }
    }
    if (!published) delete evidence.published;
    metas.set(page.id, {
      id: page.id,
      title: meta.title,
      outlet: meta.outlet,
      republishedBy: meta.republishedBy,
      published,
      url: meta.url,
      rawFile: page.rawFile,
      duplicateOf: null,
      inferred: [...meta.inferred].filter((f) => f !== "published" || published !== ""),
      evidence: Object.fromEntries(
        Object.entries(evidence).map(([field, e]) => [field, `${e.how}: ${e.line}`]),
      ),
      ...(meta.captions.length > 0 ? { captions: meta.captions } : {}),
    });
  }
  return metas;
}

/** Share of its names an article must share with another to be the same story. */
const SAME_STORY_SHARE = 0.3;
const SAME_STORY_MIN_NAMES = 3;

/** Dated articles that tell the same story as an undated one: many of its names in common. */
function sameStory(page: Page, byName: Map<string, Page[]>): Page[] {
  const shared = new Map<Page, number>();
  for (const name of page.entry.names) {
    for (const other of byName.get(name) ?? []) shared.set(other, (shared.get(other) ?? 0) + 1);
  }
  return [...shared]
    .filter(([other, n]) => {
      const smaller = Math.min(page.entry.names.length, other.entry.names.length);
      return other !== page && n >= SAME_STORY_MIN_NAMES && n / Math.max(1, smaller) >= SAME_STORY_SHARE;
    })
    .map(([other]) => other)
    .sort((a, b) => a.id.localeCompare(b.id));
}

function commonYear(pages: Page[]): number | null {
  const counts = new Map<number, number>();
  for (const p of pages) {
    const y = p.meta.date?.year;
    if (y != null) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
}

/** The words of a body outside the dictionary (names of people and places), once each. */
export function storyNames(body: string): string[] {
  const names = new Set<string>();
  for (const token of body.match(/\p{Lu}\p{L}{3,}/gu) ?? []) {
    if (!isEnglishWord(token)) names.add(token.toLowerCase());
  }
  return [...names].sort();
}

/**
 * Records copies of one story. The copy that needed the fewest repairs per character and
 * lacks the least metadata is kept; a copy inherits what it lacks from it, marked inferred.
 */
function markDuplicates(
  pages: Page[],
  metas: Map<string, ArticleMeta>,
  report: IngestReport,
): DuplicateLink[] {
  const links = findDuplicates(
    pages.map((p) => {
      const meta = metas.get(p.id);
      const missing = meta
        ? [meta.title, meta.outlet, meta.published, meta.url ?? ""].filter((v) => v === "").length
        : 4;
      return {
        id: p.id,
        text: p.body,
        defectScore: p.repairs / Math.max(1, p.body.length / 1000) + missing * 0.5,
      };
    }),
  );
  for (const link of links) {
    const copy = metas.get(link.id);
    const original = metas.get(link.duplicateOf);
    if (!copy || !original) continue;
    copy.duplicateOf = original.id;
    const inherited = new Set(copy.inferred);
    for (const field of ["title", "outlet", "published"] as const) {
      if (copy[field] === "" && original[field] !== "") {
        copy[field] = original[field];
        inherited.add(field);
        copy.evidence = { ...copy.evidence, [field]: `the copy's original: ${original.id}` };
      }
    }
    copy.inferred = [...inherited];
    const rawFile = copy.rawFile;
    report.warnings.push(`${rawFile}: ${corpusMessages.duplicate(original.id, link.similarity)}`);
  }
  for (const meta of metas.values()) {
    if (meta.duplicateOf) continue;
    for (const field of ["title", "outlet", "published", "url"] as const) {
      if (!meta[field]) report.warnings.push(`${meta.rawFile}: ${corpusMessages.fieldNotFound(field)}`);
    }
  }
  return links;
}

/** The report of an `explain` run: one page's outcome, with nothing written. */
function explain(
  options: IngestOptions,
  pages: Page[],
  metas: Map<string, ArticleMeta>,
  existing: Map<string, ExistingArticle>,
  report: IngestReport,
): IngestReport {
  const page = pages.find((p) => p.rawFile === options.explain);
  const fresh = page ? metas.get(page.id) : undefined;
  if (!page || !fresh) return report;
  const before = existing.get(page.id) ?? null;
  const meta = options.force ? fresh : keepReviewed(before, fresh, report);
  const prefix = `${page.rawFile}: `;
  report.explained = {
    rawFile: page.rawFile,
    meta,
    body: page.body,
    removed: page.removed ?? [],
    warnings: report.warnings.filter((w) => w.startsWith(prefix)).map((w) => w.slice(prefix.length)),
  };
  return report;
}

/**
 * A person's corrections survive re-ingest: a front-matter value that differs from what
 * ingest finds is kept (and no longer marked inferred, since a person stated it).
 */
function keepReviewed(
  existing: ExistingArticle,
  fresh: ArticleMeta,
  report: IngestReport,
): ArticleMeta {
  if (!existing?.ok) return fresh;
  const merged: ArticleMeta = { ...fresh, inferred: [...fresh.inferred] };
  for (const [field, key] of Object.entries(FIELD_OF) as Array<[InferableField, keyof ArticleMeta]>) {
    const kept = existing.meta[key];
    const found = fresh[key];
    if (kept === found) continue;
    (merged as unknown as Record<string, unknown>)[key] = kept;
    merged.inferred = merged.inferred.filter((f) => f !== field);
    report.warnings.push(
      `${fresh.rawFile}: ${corpusMessages.keptReviewed(field, String(kept ?? ""), String(found ?? ""))}`,
    );
  }
  return merged;
}

/** Temp file + rename: a reader never sees half an article, even if ingest is killed. */
export function writeAtomically(path: string, content: string): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, content, "utf8");
  renameSync(temp, path);
}
