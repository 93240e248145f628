import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { serializeArticle } from "../../src/corpus/frontMatter.js";
import type { Corpus } from "../../src/corpus/types.js";
import { startProgress } from "../progress.js";

const MANIFEST = "manifest.json";

function corpusDigest(corpus: Corpus): string {
  const hash = createHash("sha256");
  for (const a of corpus.articles) hash.update(serializeArticle(a, a.body)).update("\u0000");
  return hash.digest("hex");
}

/**
 * Writes the corpus as corpus/articles-style .md files, the form the bot loads at start, so a
 * cold start reads what a real deployment would. Skipped when the directory already holds
 * exactly this corpus (the manifest records its digest); returns whether it wrote.
 */
export function writeArticles(corpus: Corpus, dir: string, label: string): boolean {
  const digest = corpusDigest(corpus);
  const manifestFile = join(dir, "..", `${MANIFEST}`);
  if (existsSync(manifestFile) && existsSync(dir)) {
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as { digest?: string };
    if (manifest.digest === digest) return false;
  }
  rmSync(dir, { recursive: true, force: true });
  rmSync(manifestFile, { force: true });
  mkdirSync(dir, { recursive: true });
  const progress = startProgress(`write ${label}`, corpus.articles.length, "articles");
  corpus.articles.forEach((a, i) => {
    writeFileSync(join(dir, `${a.id}.md`), serializeArticle(a, a.body));
    progress.update(i + 1);
  });
  progress.stop();
  writeFileSync(manifestFile, JSON.stringify({ digest, articles: corpus.articles.length }));
  return true;
}
