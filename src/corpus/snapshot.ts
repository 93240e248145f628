import type { Article, ArticleMeta, Corpus, LoadProblem, Passage, Sentence } from "./types.js";

/**
 * The loaded corpus in a form that is quick to save and restore: metadata as JSON, bodies as
 * one block of UTF-8, sentences and passages as offsets. Restoring 200,000 passages takes a
 * fraction of a second, where reading and splitting the .md files again takes a minute.
 */
export interface CorpusSnapshot {
  meta: {
    articles: ArticleMeta[];
    duplicates: ArticleMeta[];
    problems: LoadProblem[];
  };
  sections: {
    bodies: Uint8Array;
    /** Byte offsets of each body in `bodies` (one more than there are articles). */
    bodyOffsets: Uint32Array;
    /** [start, end] of every sentence, UTF-16 offsets into its body. */
    sentenceRanges: Uint32Array;
    /** Sentences of each article. */
    sentenceCounts: Uint32Array;
    /** Sentences of each passage, article after article. */
    passageSizes: Uint16Array;
    /** Passages of each article. */
    passageCounts: Uint32Array;
  };
}

function metaOf(a: Article): ArticleMeta {
  const { id, title, outlet, republishedBy, published, url, rawFile, duplicateOf, inferred } = a;
  const meta = { id, title, outlet, republishedBy, published, url, rawFile, duplicateOf, inferred };
  return {
    ...meta,
    ...(a.captions ? { captions: a.captions } : {}),
    ...(a.evidence ? { evidence: a.evidence } : {}),
  };
}

export function snapshotCorpus(corpus: Corpus): CorpusSnapshot {
  const bodies = corpus.articles.map((a) => Buffer.from(a.body, "utf8"));
  const bodyOffsets = new Uint32Array(bodies.length + 1);
  bodies.forEach((b, i) => (bodyOffsets[i + 1] = bodyOffsets[i]! + b.length));
  const sentenceRanges: number[] = [];
  const passageSizes: number[] = [];
  for (const a of corpus.articles) {
    for (const s of a.sentences) sentenceRanges.push(s.start, s.end);
    for (const p of a.passages) passageSizes.push(p.sentences.length);
  }
  return {
    meta: {
      articles: corpus.articles.map(metaOf),
      duplicates: corpus.duplicates,
      problems: corpus.problems,
    },
    sections: {
      bodies: Buffer.concat(bodies),
      bodyOffsets,
      sentenceRanges: Uint32Array.from(sentenceRanges),
      sentenceCounts: Uint32Array.from(corpus.articles, (a) => a.sentences.length),
      passageSizes: Uint16Array.from(passageSizes),
      passageCounts: Uint32Array.from(corpus.articles, (a) => a.passages.length),
    },
  };
}

/**
 * A snapshot made article by article from their offsets, as build threads send them: the same
 * snapshot snapshotCorpus takes of the articles, without the whole corpus's objects ever being
 * made. Each body is kept as UTF-8 once added, so its string can go.
 */
export class SnapshotBuilder {
  private readonly bodies: Buffer[] = [];
  private readonly metas: ArticleMeta[] = [];
  private sentenceRanges: number[] = [];
  private readonly rangeBlocks: Uint32Array[] = [];
  private readonly passageSizes: number[] = [];
  private readonly sentenceCounts: number[] = [];
  private readonly passageCounts: number[] = [];

  add(article: ArticleRanges): void {
    this.metas.push(article.meta);
    this.bodies.push(Buffer.from(article.body, "utf8"));
    for (const n of article.sentenceRanges) this.sentenceRanges.push(n);
    // Numbers in blocks: one array of a million boxed numbers would cost more than the text.
    if (this.sentenceRanges.length > 65536) this.flushRanges();
    for (const n of article.passageSizes) this.passageSizes.push(n);
    this.sentenceCounts.push(article.sentenceRanges.length / 2);
    this.passageCounts.push(article.passageSizes.length);
  }

  private flushRanges(): void {
    this.rangeBlocks.push(Uint32Array.from(this.sentenceRanges));
    this.sentenceRanges = [];
  }

  finish(duplicates: ArticleMeta[], problems: LoadProblem[]): CorpusSnapshot {
    this.flushRanges();
    const bodyOffsets = new Uint32Array(this.bodies.length + 1);
    this.bodies.forEach((b, i) => (bodyOffsets[i + 1] = bodyOffsets[i]! + b.length));
    const sentenceRanges = new Uint32Array(this.rangeBlocks.reduce((n, b) => n + b.length, 0));
    let at = 0;
    for (const block of this.rangeBlocks) {
      sentenceRanges.set(block, at);
      at += block.length;
    }
    const bodies = Buffer.concat(this.bodies);
    this.bodies.length = 0;
    this.rangeBlocks.length = 0;
    return {
      meta: { articles: this.metas, duplicates, problems },
      sections: {
        bodies,
        bodyOffsets,
        sentenceRanges,
        sentenceCounts: Uint32Array.from(this.sentenceCounts),
        passageSizes: Uint16Array.from(this.passageSizes),
        passageCounts: Uint32Array.from(this.passageCounts),
      },
    };
  }
}

/**
 * The corpus a snapshot was taken of. Each article's body, sentences and passages are made on
 * first use: a start restores 18,000 articles' metadata at once, and only the articles a
 * question reaches (or a full pass such as the timeline) pay for their text.
 */
export function restoreCorpus(snapshot: CorpusSnapshot): Corpus {
  const { meta, sections } = snapshot;
  const { bodies, bodyOffsets, sentenceRanges, sentenceCounts, passageSizes, passageCounts } =
    sections;
  const count = meta.articles.length;
  if (
    bodyOffsets.length !== count + 1 ||
    sentenceCounts.length !== count ||
    passageCounts.length !== count
  ) {
    throw new Error("corpus snapshot does not fit together");
  }
  const bytes = Buffer.from(bodies.buffer, bodies.byteOffset, bodies.byteLength);
  const firstSentence = new Uint32Array(count + 1);
  const firstPassage = new Uint32Array(count + 1);
  for (let i = 0; i < count; i++) {
    firstSentence[i + 1] = firstSentence[i]! + sentenceCounts[i]!;
    firstPassage[i + 1] = firstPassage[i]! + passageCounts[i]!;
  }
  if (
    firstSentence[count]! * 2 !== sentenceRanges.length ||
    firstPassage[count] !== passageSizes.length ||
    bodyOffsets[count] !== bytes.length
  ) {
    throw new Error("corpus snapshot does not fit together");
  }
  checkRanges(sections, firstSentence, firstPassage);
  const articles = meta.articles.map((m, i): Article => {
    let text: { body: string; sentences: Sentence[]; passages: Passage[] } | null = null;
    const restore = () =>
      (text ??= textFromRanges(
        m.id,
        bytes.toString("utf8", bodyOffsets[i], bodyOffsets[i + 1]),
        sentenceRanges.subarray(2 * firstSentence[i]!, 2 * firstSentence[i + 1]!),
        passageSizes.subarray(firstPassage[i]!, firstPassage[i + 1]!),
      ));
    const article = { ...m } as Article;
    for (const key of ["body", "sentences", "passages"] as const) {
      Object.defineProperty(article, key, {
        enumerable: true,
        get: () => restore()[key],
      });
    }
    return article;
  });
  return { articles, duplicates: meta.duplicates, problems: meta.problems };
}

/**
 * Checks, before anything is served, what restoring an article's text lazily would otherwise
 * find out only when a question reaches it: every offset inside its body, passages covering
 * the article's sentences. Typed-array loops, no text decoded: a body of n
 * UTF-8 bytes has at most n UTF-16 units, so that bound is checked here and the exact one at
 * decoding.
 */
function checkRanges(
  sections: CorpusSnapshot["sections"],
  firstSentence: Uint32Array,
  firstPassage: Uint32Array,
): void {
  const { bodyOffsets, sentenceRanges, passageSizes } = sections;
  for (let i = 0; i + 1 < firstSentence.length; i++) {
    const size = bodyOffsets[i + 1]! - bodyOffsets[i]!;
    if (bodyOffsets[i + 1]! < bodyOffsets[i]!) throw new Error("body offsets out of order");
    for (let k = 2 * firstSentence[i]!; k < 2 * firstSentence[i + 1]!; k += 2) {
      const end = sentenceRanges[k + 1]!;
      if (sentenceRanges[k]! > end || end > size) throw new Error("sentence out of range");
    }
    let covered = 0;
    for (let p = firstPassage[i]!; p < firstPassage[i + 1]!; p++) {
      if (passageSizes[p] === 0) throw new Error("empty passage");
      covered += passageSizes[p]!;
    }
    if (covered > firstSentence[i + 1]! - firstSentence[i]!) throw new Error("passage overruns");
  }
}

/** An article's sentences and passages from their offsets, as buildArticle made them. */
export function textFromRanges(
  id: string,
  body: string,
  sentenceRanges: ArrayLike<number>,
  passageSizes: ArrayLike<number>,
): { body: string; sentences: Sentence[]; passages: Passage[] } {
  const sentences: Sentence[] = [];
  for (let k = 0; 2 * k < sentenceRanges.length; k++) {
    const start = sentenceRanges[2 * k]!;
    const end = sentenceRanges[2 * k + 1]!;
    if (end > body.length || start > end) throw new Error(`sentence out of range in ${id}`);
    sentences.push({ id: `${id}#s${k}`, start, end, text: body.slice(start, end) });
  }
  const passages: Passage[] = [];
  let next = 0;
  for (let k = 0; k < passageSizes.length; k++) {
    const group = sentences.slice(next, next + passageSizes[k]!);
    next += passageSizes[k]!;
    const first = group[0];
    const last = group[group.length - 1];
    if (!first || !last) throw new Error(`empty passage in ${id}`);
    passages.push({
      id: `${id}#p${k}`,
      articleId: id,
      start: first.start,
      end: last.end,
      text: body.slice(first.start, last.end),
      sentences: group,
    });
  }
  return { body, sentences, passages };
}

/** An article as offsets: what a build thread sends back instead of the repeated text. */
export interface ArticleRanges {
  meta: ArticleMeta;
  body: string;
  sentenceRanges: number[];
  passageSizes: number[];
}

export function articleRanges(article: Article): ArticleRanges {
  return {
    meta: metaOf(article),
    body: article.body,
    sentenceRanges: article.sentences.flatMap((s) => [s.start, s.end]),
    passageSizes: article.passages.map((p) => p.sentences.length),
  };
}

export function articleFromRanges(r: ArticleRanges): Article {
  return { ...r.meta, ...textFromRanges(r.meta.id, r.body, r.sentenceRanges, r.passageSizes) };
}
