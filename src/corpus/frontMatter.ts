import { createRequire } from "node:module";
import type * as Yaml from "yaml";
import { z } from "zod";
import { corpusMessages } from "./messages.js";
import type { ArticleMeta } from "./types.js";

/**
 * The YAML parser, loaded when an article is first read or written: a start from a saved index
 * reads no article, and loading it cost that start tens of milliseconds.
 */
let yaml: typeof Yaml | undefined;
const loadYaml = (): typeof Yaml =>
  (yaml ??= createRequire(import.meta.url)("yaml") as typeof Yaml);

export const INFERABLE_FIELDS = ["title", "outlet", "republished_by", "published", "url"] as const;

const isoDate = z
  .string()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, "expected an ISO date YYYY-MM-DD or empty")
  .refine((d) => d === "" || !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), "not a real date");

/** The front matter as a person reads and edits it (snake_case, one field a line). */
const frontMatterSchema = z.object({
  id: z.string().min(1),
  title: z.string().default(""),
  outlet: z.string().default(""),
  republished_by: z.string().nullable().default(null),
  published: isoDate.default(""),
  url: z.url().nullable().default(null),
  raw_file: z.string().min(1),
  duplicate_of: z.string().nullable().default(null),
  inferred: z.array(z.enum(INFERABLE_FIELDS)).default([]),
  /** Where each field came from ("how: line"); ingest rewrites it, a person only reads it. */
  evidence: z.partialRecord(z.enum(INFERABLE_FIELDS), z.string()).optional(),
  /** Photo captions cleaning took out of the body, each with its credit. */
  captions: z.array(z.object({ text: z.string(), credit: z.string() })).optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

export function toFrontMatter(meta: ArticleMeta): FrontMatter {
  return {
    id: meta.id,
    title: meta.title,
    outlet: meta.outlet,
    republished_by: meta.republishedBy,
    published: meta.published,
    url: meta.url,
    raw_file: meta.rawFile,
    duplicate_of: meta.duplicateOf,
    inferred: meta.inferred as FrontMatter["inferred"],
    ...(meta.evidence && Object.keys(meta.evidence).length > 0 ? { evidence: meta.evidence } : {}),
    ...(meta.captions && meta.captions.length > 0 ? { captions: meta.captions } : {}),
  };
}

export function fromFrontMatter(fm: FrontMatter): ArticleMeta {
  return {
    id: fm.id,
    title: fm.title,
    outlet: fm.outlet,
    republishedBy: fm.republished_by,
    published: fm.published,
    url: fm.url,
    rawFile: fm.raw_file,
    duplicateOf: fm.duplicate_of,
    inferred: fm.inferred,
    ...(fm.evidence ? { evidence: fm.evidence as Record<string, string> } : {}),
    ...(fm.captions && fm.captions.length > 0 ? { captions: fm.captions } : {}),
  };
}

export function serializeArticle(meta: ArticleMeta, body: string): string {
  const written = loadYaml().stringify(toFrontMatter(meta), { lineWidth: 0 });
  return `---\n${written}---\n\n${body.trim()}\n`;
}

export type ParsedArticle = { ok: true; meta: ArticleMeta; body: string } | { ok: false; problem: string };

/** Splits and validates an article file; every failure is a sentence naming what is wrong. */
export function parseArticle(text: string): ParsedArticle {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== "---") return { ok: false, problem: corpusMessages.noFrontMatter };
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === "---");
  if (close < 0) return { ok: false, problem: corpusMessages.unclosedFrontMatter };
  let data: unknown;
  try {
    data = loadYaml().parse(lines.slice(1, close).join("\n"));
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { ok: false, problem: corpusMessages.frontMatterYaml(detail ?? "") };
  }
  const result = frontMatterSchema.safeParse(data ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.join(".") || "(root)";
    return { ok: false, problem: corpusMessages.frontMatterField(field, issue?.message ?? "invalid") };
  }
  const body = lines
    .slice(close + 1)
    .join("\n")
    .trim();
  if (body === "") return { ok: false, problem: corpusMessages.noArticleText };
  return { ok: true, meta: fromFrontMatter(result.data), body };
}
