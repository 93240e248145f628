import { loadArticleFile } from "../corpus/load.js";
import type { Article, ArticleMeta, LoadProblem } from "../corpus/types.js";
import { articleContext, type ArticleContext } from "../timeline/build.js";
import { extractEvents, type EventMention } from "../timeline/extract.js";
import { IndexAnalyser, type IndexAnalysis } from "./build.js";

/** A run of article files read and analysed, each article kept in the form the caller asks. */
export interface AnalysedFiles<T> {
  articles: T[];
  duplicates: ArticleMeta[];
  problems: LoadProblem[];
  analysis: IndexAnalysis;
  mentions: EventMention[];
  /** Per article with events, the undated sentences that speak of them (articleContext). */
  contexts: Map<string, ArticleContext>;
}

/**
 * Reads, splits and analyses article files one at a time: an article is indexed and its
 * events extracted as soon as it is read, then only what `keep` makes of it is held. A build
 * thread keeps offsets instead of the article's objects, so its memory stays near that of its
 * results rather than of its whole share of the corpus.
 */
export function analyseFiles<T>(
  articlesDir: string,
  files: string[],
  keep: (article: Article) => T,
): AnalysedFiles<T> {
  const analyser = new IndexAnalyser();
  const articles: T[] = [];
  const duplicates: ArticleMeta[] = [];
  const problems: LoadProblem[] = [];
  const mentions: EventMention[] = [];
  const contexts = new Map<string, ArticleContext>();
  for (const file of files) {
    const loaded = loadArticleFile(articlesDir, file);
    if (loaded.kind === "duplicate") duplicates.push(loaded.meta);
    else if (loaded.kind === "problem") problems.push(loaded.problem);
    else {
      analyser.add(loaded.article);
      const found = extractEvents(loaded.article);
      for (const m of found) mentions.push(m);
      if (found.length > 0) contexts.set(loaded.article.id, articleContext(loaded.article, found));
      articles.push(keep(loaded.article));
    }
  }
  return { articles, duplicates, problems, analysis: analyser.finish(), mentions, contexts };
}
