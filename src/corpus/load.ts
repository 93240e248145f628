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

/** Loads the named files of a directory, as loadCorpus does for all of them. */
export function loadArticleFiles(articlesDir: string, files: string[]): Corpus {
  const articles: Article[] = [];
  const duplicates: ArticleMeta[] = [];
  const problems: LoadProblem[] = [];
  for (const file of files) {
    const decoded = decodeText(readFileSync(join(articlesDir, file)));
    if (!decoded.ok) {
      problems.push({ file, problem: decoded.problem });
      continue;
    }
    const parsed = parseArticle(decoded.text);
    if (!parsed.ok) {
      problems.push({ file, problem: parsed.problem });
      continue;
    }
    const expected = basename(file, ".md");
    if (parsed.meta.id !== expected) {
      problems.push({ file, problem: corpusMessages.idMismatch(parsed.meta.id, expected) });
      continue;
    }
    // Where each field came from is for the person reviewing the file, not for answers.
    const meta = { ...parsed.meta };
    delete meta.evidence;
    if (meta.duplicateOf) duplicates.push(meta);
    else articles.push(buildArticle(meta, parsed.body));
  }
  return { articles, duplicates, problems };
}
