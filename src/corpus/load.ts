import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { decodeText } from "./decode.js";
import { parseArticle } from "./frontMatter.js";
import { corpusMessages } from "./messages.js";
import { buildArticle } from "./sentences.js";
import type { Article, ArticleMeta, Corpus, LoadProblem } from "./types.js";

export const DEFAULT_ARTICLES_DIR = "corpus/articles";

/**
 * Loads every corpus/articles/*.md into typed articles. A file that cannot be read as an
 * article is reported with its name and the problem, and the others still load.
 */
export function loadCorpus(articlesDir: string = DEFAULT_ARTICLES_DIR): Corpus {
  return loadArticleFiles(articlesDir, articleFiles(articlesDir));
}

/** The article files of a directory, in the order the corpus lists them. */
export function articleFiles(articlesDir: string): string[] {
  return readdirSync(articlesDir)
    .filter((f) => f.endsWith(".md"))
    .sort();
}

/** Metadata fields whose page line an answer quotes (see answer/kinds/masthead.ts). */
const SHOWN_EVIDENCE = new Set(["published", "outlet", "republished_by"]);

/** What one article file turns out to be. */
export type LoadedFile =
  | { kind: "article"; article: Article }
  | { kind: "duplicate"; meta: ArticleMeta }
  | { kind: "problem"; problem: LoadProblem };

/** Reads one article file of a directory. */
export function loadArticleFile(articlesDir: string, file: string): LoadedFile {
  const decoded = decodeText(readFileSync(join(articlesDir, file)));
  if (!decoded.ok) return { kind: "problem", problem: { file, problem: decoded.problem } };
  const parsed = parseArticle(decoded.text);
  if (!parsed.ok) return { kind: "problem", problem: { file, problem: parsed.problem } };
  const expected = basename(file, ".md");
  if (parsed.meta.id !== expected) {
    const problem = corpusMessages.idMismatch(parsed.meta.id, expected);
    return { kind: "problem", problem: { file, problem } };
  }
  // Where each field came from is for the person reviewing the file; answers show only the
  // page's own line a date or an outlet was read from, so the reader can check it.
  const meta = { ...parsed.meta };
  const shown = Object.entries(meta.evidence ?? {}).filter(([field]) =>
    SHOWN_EVIDENCE.has(field),
  );
  delete meta.evidence;
  if (shown.length > 0) meta.evidence = Object.fromEntries(shown);
  if (meta.duplicateOf) return { kind: "duplicate", meta };
  return { kind: "article", article: buildArticle(meta, parsed.body) };
}

/** Loads the named files of a directory, as loadCorpus does for all of them. */
export function loadArticleFiles(articlesDir: string, files: string[]): Corpus {
  const articles: Article[] = [];
  const duplicates: ArticleMeta[] = [];
  const problems: LoadProblem[] = [];
  for (const file of files) {
    const loaded = loadArticleFile(articlesDir, file);
    if (loaded.kind === "article") articles.push(loaded.article);
    else if (loaded.kind === "duplicate") duplicates.push(loaded.meta);
    else problems.push(loaded.problem);
  }
  return { articles, duplicates, problems };
}
