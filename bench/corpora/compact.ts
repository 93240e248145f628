import type { Article, ArticleMeta, Passage, Sentence } from "../../src/corpus/types.js";

/**
 * An article as offsets into its body: what buildArticle computed, without the repeated text.
 * Generating a corpus of 200,000 passages splits hundreds of thousands of sentences, so
 * generated articles are stored in this form and rebuilt in milliseconds.
 */
export interface CompactArticle {
  meta: ArticleMeta;
  body: string;
  /** [start, end] of each sentence. */
  sentences: Array<[number, number]>;
  /** Number of sentences in each passage, in order. */
  passageSizes: number[];
}

export function compactArticle(article: Article): CompactArticle {
  const { body, sentences, passages, ...meta } = article;
  return {
    meta,
    body,
    sentences: sentences.map((s) => [s.start, s.end]),
    passageSizes: passages.map((p) => p.sentences.length),
  };
}

/** The inverse of compactArticle: ids and texts as buildArticle makes them. */
export function expandArticle(compact: CompactArticle): Article {
  const { meta, body } = compact;
  const sentences: Sentence[] = compact.sentences.map(([start, end], i) => ({
    id: `${meta.id}#s${i}`,
    start,
    end,
    text: body.slice(start, end),
  }));
  const passages: Passage[] = [];
  let next = 0;
  for (const size of compact.passageSizes) {
    const group = sentences.slice(next, next + size);
    next += size;
    const first = group[0];
    const last = group[group.length - 1];
    if (!first || !last) continue;
    passages.push({
      id: `${meta.id}#p${passages.length}`,
      articleId: meta.id,
      start: first.start,
      end: last.end,
      text: body.slice(first.start, last.end),
      sentences: group,
    });
  }
  return { ...meta, body, sentences, passages };
}
