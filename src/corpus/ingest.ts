import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { cleanRaw, type CleanResult } from "./clean.js";
import { decodeText } from "./decode.js";
import { findDuplicates, type DuplicateLink } from "./dedupe.js";
import { parseArticle, serializeArticle } from "./frontMatter.js";
import { corpusMessages } from "./messages.js";
import {
  isoDate,
  pageMetadata,
  yearAnchors,
  yearFromAnchors,
  type InferableField,
  type PageMetadata,
} from "./metadata.js";
import type { ArticleMeta, LoadProblem } from "./types.js";
import { vocabularyFrom } from "./vocabulary.js";

export interface IngestOptions {
  rawDir: string;
  articlesDir: string;
  /** Replace reviewed front-matter values with what ingest finds. */
  force?: boolean;
}

export interface IngestReport {
  written: string[];
  unchanged: string[];
  duplicates: DuplicateLink[];
  /** "file: message" lines: fields not found or inferred, reviewed values kept. */
  warnings: string[];
  problems: LoadProblem[];
}

interface Page {
  id: string;
  rawFile: string;
  clean: CleanResult;
  meta: PageMetadata;
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
  };
  const rawFiles = readdirSync(options.rawDir)
    .filter((f) => !f.startsWith("."))
    .sort();

  const decoded: Array<{ file: string; text: string }> = [];
  for (const file of rawFiles) {
    const result = decodeText(readFileSync(join(options.rawDir, file)));
    if (result.ok) decoded.push({ file, text: result.text });
    else report.problems.push({ file, problem: result.problem });
  }

  const isWord = vocabularyFrom(decoded.map((d) => d.text));
  const pages: Page[] = [];
  for (const { file, text } of decoded) {
    const clean = cleanRaw(text, isWord);
    if (clean.body.trim() === "") {
      report.problems.push({ file, problem: corpusMessages.noArticleText });
      continue;
    }
    pages.push({ id: articleIdFor(file), rawFile: file, clean, meta: pageMetadata(clean) });
  }

  const metas = resolveDates(pages, report);
  report.duplicates = markDuplicates(pages, metas, report);

  mkdirSync(options.articlesDir, { recursive: true });
  for (const page of pages) {
    const fresh = metas.get(page.id);
    if (!fresh) continue;
    const target = join(options.articlesDir, `${page.id}.md`);
    const meta = options.force ? fresh : keepReviewed(target, fresh, report);
    const content = serializeArticle(meta, page.clean.body);
    if (existsSync(target) && readFileSync(target, "utf8") === content) {
      report.unchanged.push(target);
      continue;
    }
    writeAtomically(target, content);
    report.written.push(target);
  }
  report.problems.sort((a, b) => a.file.localeCompare(b.file));
  return report;
}

/** Publication dates, borrowing a missing year from what the dated articles say. */
function resolveDates(pages: Page[], report: IngestReport): Map<string, ArticleMeta> {
  const dated = pages.filter((p) => p.meta.date?.year != null);
  const anchors = yearAnchors(
    dated.map((p) => ({
      body: p.clean.body,
      published: isoDate(p.meta.date?.year ?? 0, p.meta.date?.month ?? 1, p.meta.date?.day ?? 1),
    })),
  );
  const yearCounts = new Map<number, number>();
  for (const p of dated) {
    const y = p.meta.date?.year ?? 0;
    yearCounts.set(y, (yearCounts.get(y) ?? 0) + 1);
  }
  const commonYear = [...yearCounts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;

  const metas = new Map<string, ArticleMeta>();
  for (const page of pages) {
    const { meta, clean } = page;
    let published = "";
    const date = meta.date;
    if (date) {
      let year = date.year;
      let how = meta.dateSource ?? "";
      if (year === null) {
        year = yearFromAnchors(clean.body, date, anchors);
        if (year !== null) how += "; year from the dates the other articles give";
        else if (commonYear !== null) {
          year = commonYear;
          how += "; year of the corpus's dated articles";
        }
      }
      if (year !== null) published = isoDate(year, date.month, date.day);
      if (published && meta.inferred.has("published")) {
        report.warnings.push(
          `${page.rawFile}: ${corpusMessages.fieldInferred("published", published, how)}`,
        );
      }
    }
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
    });
  }
  return metas;
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
        text: p.clean.body,
        defectScore: p.clean.repairs / Math.max(1, p.clean.body.length / 1000) + missing * 0.5,
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

/**
 * A person's corrections survive re-ingest: a front-matter value that differs from what
 * ingest finds is kept (and no longer marked inferred, since a person stated it).
 */
function keepReviewed(target: string, fresh: ArticleMeta, report: IngestReport): ArticleMeta {
  if (!existsSync(target)) return fresh;
  const existing = parseArticle(readFileSync(target, "utf8"));
  if (!existing.ok) return fresh;
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
