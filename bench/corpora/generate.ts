import { buildArticle } from "../../src/corpus/sentences.js";
import type { Article, ArticleMeta, Corpus } from "../../src/corpus/types.js";
import { deriveSeed, randomInt, seededRandom, shuffled } from "../random.js";
import { shiftDate, speechDate } from "./dates.js";
import { splitSpeech, varyParagraphs, type DistractorDocument } from "./distractors.js";
import type { Speech } from "./sotu.js";

export const DISTRACTOR_OUTLET = "State of the Union";

/**
 * The pieces of every address, in one fixed shuffled order. Shuffling mixes eras, so even a
 * small corpus carries the speeches that talk about Russia, embassies and diplomats.
 */
export function distractorDocuments(speeches: Speech[], seed: number): DistractorDocument[] {
  const documents = speeches.flatMap((s) =>
    splitSpeech(s, seededRandom(deriveSeed(seed, "split", s.year, s.name))),
  );
  return shuffled(documents, seededRandom(deriveSeed(seed, "order")));
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
}

/** A distractor before the bot's sentence rules cut it: what a page would carry. */
export interface DistractorPiece {
  meta: ArticleMeta;
  paragraphs: string[];
}

/**
 * Copy `copy` of one document. Every random choice comes from a stream seeded by the document
 * and the copy, so a piece is the same whatever corpus size it ends up in.
 */
export function distractorPiece(
  doc: DistractorDocument,
  copy: number,
  seed: number,
): DistractorPiece {
  const random = seededRandom(deriveSeed(seed, "article", doc.year, doc.speaker, doc.part, copy));
  const base = speechDate(doc.year, random);
  const published = copy === 0 ? base : shiftDate(base, randomInt(random, -900, 900));
  const paragraphs = varyParagraphs(doc.paragraphs, copy, random);
  // Fixed-width id parts: sorting ids then equals sorting the file names loadCorpus reads.
  const id = [
    "sotu",
    doc.year,
    slug(doc.speaker),
    `c${String(copy).padStart(2, "0")}`,
    `p${String(doc.part).padStart(3, "0")}`,
  ].join("_");
  const meta: ArticleMeta = {
    id,
    title: `State of the Union ${doc.year}: ${doc.speaker} (part ${doc.part + 1})`,
    outlet: DISTRACTOR_OUTLET,
    republishedBy: null,
    published,
    url: null,
    rawFile: `${id}.txt`,
    duplicateOf: null,
    inferred: [],
  };
  return { meta, paragraphs };
}

/** Copy `copy` of one document as an article, cut into passages as the bot cuts them. */
export function distractorArticle(doc: DistractorDocument, copy: number, seed: number): Article {
  const { meta, paragraphs } = distractorPiece(doc, copy, seed);
  return buildArticle(meta, paragraphs.join("\n\n"));
}

/** The seeds plus the given distractors, sorted by id as loadCorpus sorts its files. */
export function assembleCorpus(seeds: Corpus, distractors: Article[]): Corpus {
  const articles = [...seeds.articles, ...distractors];
  articles.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { articles, duplicates: seeds.duplicates, problems: seeds.problems };
}

export function passageCount(articles: readonly Article[]): number {
  return articles.reduce((n, a) => n + a.passages.length, 0);
}
