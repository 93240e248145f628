import type { Article, Caption, Corpus } from "../../corpus/types.js";
import {
  MONTHS,
  PHOTO_ASKING,
  PHOTO_NOUNS,
  PHOTO_SUBJECT,
  PHOTO_PLACEMENT,
  PHOTO_SUPPLIER,
  WHOLE_PICTURE,
} from "../../lexicon/words.js";
import { doubleMetaphone } from "double-metaphone";
import { isStopword } from "../../lexicon/stopwords.js";
import { editDistance } from "../../search/editDistance.js";
import { stemsOf } from "../../search/tokens.js";
import { defaultEngineOptions } from "../../tuning/defaults.js";
import { confidenceOf, notFound } from "../compose.js";
import { answerMessages } from "../messages.js";
import { attribution, sourceOf } from "../sources.js";
import type { Answer } from "../types.js";
import type { KindContext, QuestionKind } from "./types.js";

/** A credit as its parts: "Jane Roe / Reuters", "Photo: Jane Roe for the Post". */
export interface Credit {
  by?: string;
  agency?: string;
}

const CREDIT_LEAD = /^\(?\s*(?:(?:photo(?:graph)?|image|picture)s?(?:\s+by)?|credit)\s*:?\s*/iu;

export function creditParts(credit: string): Credit {
  const bare = credit
    .replace(CREDIT_LEAD, "")
    .replace(/\)\s*$/u, "")
    .trim();
  const slash = bare.split(/\s*\/\s*/u).filter(Boolean);
  if (slash.length >= 2) return { by: slash[0]!, agency: slash.slice(1).join(" / ") };
  const forMatch = /^(.+?)\s+for\s+(.+)$/u.exec(bare);
  if (forMatch) return { by: forMatch[1]!, agency: forMatch[2]! };
  return bare ? { by: bare } : {};
}

/** The photo nouns as written, for a word that sounds like one ("foto", "fotograph"). */
const PHOTO_SPELLINGS = ["photo", "photos", "photograph", "photographs", "photographer"];
let photoSounds: Map<string, string[]> | undefined;

/**
 * A photo noun spelt as it sounds ("foto", "fotos", "fotographer"), as the noun: English and
 * the word vectors both hold "foto", so spelling correction leaves it as it is.
 */
export function photoWordFor(norm: string): string | undefined {
  if (PHOTO_NOUNS().has(norm) || norm.length < 4) return undefined;
  photoSounds ??= PHOTO_SPELLINGS.reduce((m, w) => {
    const [key] = doubleMetaphone(w);
    m.set(key, [...(m.get(key) ?? []), w]);
    return m;
  }, new Map<string, string[]>());
  const [key] = doubleMetaphone(norm);
  return photoSounds.get(key)?.find((w) => editDistance(norm, w, 2) <= 2);
}

/** The question with photo nouns spelt as they sound written as such. */
function photoSpelt(text: string): string {
  return text.replace(/\p{L}+/gu, (w) => photoWordFor(w.toLowerCase()) ?? w);
}

const captionsByCorpus = new WeakMap<Corpus, Array<{ article: Article; caption: Caption }>>();

/** Every caption of the corpus with its article, gathered once per corpus (few articles have any). */
function captionsOf(corpus: Corpus): ReadonlyArray<{ article: Article; caption: Caption }> {
  let found = captionsByCorpus.get(corpus);
  if (!found) {
    found = corpus.articles.flatMap((article) =>
      (article.captions ?? []).map((caption) => ({ article, caption })),
    );
    captionsByCorpus.set(corpus, found);
  }
  return found;
}

/** The day an article ran, in words: "february 28 2025". */
function ranOn(article: Article): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(article.published ?? "");
  if (!m) return "";
  return `${MONTHS[Number(m[2]) - 1] ?? ""} ${Number(m[3])} ${m[1]}`;
}

/** The caption the question means, by the share of its other words the caption holds. */
function captionMeant(
  ctx: KindContext,
  captions: Array<{ article: Article; caption: Caption }>,
): { article: Article; caption: Caption; coverage: number } | "which" | null {
  const { analysis, terms, index } = ctx;
  const skip = new Set([
    ...PHOTO_NOUNS(),
    ...PHOTO_ASKING(),
    ...PHOTO_SUPPLIER(),
    ...PHOTO_PLACEMENT(),
  ]);
  const words = analysis.content.filter(
    (t) => !skip.has(t.stem) && !isStopword(t.norm) && photoWordFor(t.norm) === undefined,
  );
  if (words.length === 0) {
    if (captions.length === 1) return { ...captions[0]!, coverage: 1 };
    return captions.length > 1 ? "which" : null;
  }
  const rarity = (stem: string): number => index.vocabulary.idf(stem);
  let best: { article: Article; caption: Caption; coverage: number } | null = null;
  for (const c of captions) {
    // A photo is asked of by its article too: its outlet, and the day it ran ("the article
    // of February 28").
    const held = new Set(
      stemsOf(`${c.caption.text} ${c.caption.credit} ${c.article.outlet} ${ranOn(c.article)}`),
    );
    let total = 0;
    let covered = 0;
    for (const w of words) {
      const weight = rarity(w.stem);
      total += weight;
      let strength = held.has(w.stem) ? 1 : 0;
      for (const t of terms) {
        if (t.source === w.stem && held.has(t.stem)) strength = Math.max(strength, t.weight);
      }
      covered += weight * strength;
    }
    const coverage = total > 0 ? covered / total : 0;
    if (!best || coverage > best.coverage) best = { ...c, coverage };
  }
  return best;
}

/**
 * "Who took the photo of…", "which agency supplied the picture", "what does the photo show":
 * answered from the captions ingest keeps out of the body (corpus/captions.ts), never from
 * the article's text, which does not say who took its photos.
 */
export const photo: QuestionKind = {
  name: "photo",
  detect: (analysis) => {
    const stemsIn = (text: string): Set<string> =>
      new Set(stemsOf(text.replace(WHOLE_PICTURE, "")));
    const has = (stems: Set<string>, set: ReadonlySet<string>): boolean =>
      [...stems].some((s) => set.has(s));
    const asks = (stems: Set<string>): boolean =>
      has(stems, PHOTO_NOUNS()) && has(stems, PHOTO_ASKING());
    // Every question passes here: its words are respelt by their sound only when, as written,
    // it does not ask about a photo.
    if (asks(stemsIn(analysis.text))) return true;
    const respelt = photoSpelt(analysis.text);
    return respelt !== analysis.text && asks(stemsIn(respelt));
  },
  phrasing: (token) =>
    PHOTO_NOUNS().has(token.stem) ||
    PHOTO_ASKING().has(token.stem) ||
    photoWordFor(token.norm) !== undefined,
  compose: (ctx): Answer => {
    const { analysis, index, outlet } = ctx;
    const captions = captionsOf(index.corpus).filter(
      ({ article: a }) => outlet === undefined || a.outlet === outlet || a.republishedBy === outlet,
    );
    const meant = captionMeant(ctx, captions);
    if (meant === "which") {
      return notFound(analysis.text, undefined, answerMessages.whichPhoto(captions.length));
    }
    if (!meant || meant.coverage < defaultEngineOptions.photo.minCoverage) {
      return notFound(analysis.text, undefined, answerMessages.noPhoto);
    }
    const { article, caption } = meant;
    const stems = new Set(stemsOf(analysis.text));
    const asks = (set: ReadonlySet<string>): boolean => [...stems].some((s) => set.has(s));
    const credit = creditParts(caption.credit);
    // "Pictured" shares its stem with "picture": read as written.
    const short =
      asks(PHOTO_SUBJECT()) || /\bpictured\b/iu.test(analysis.text)
        ? caption.text
        : asks(PHOTO_SUPPLIER())
          ? (credit.agency ?? caption.credit)
          : credit.by && credit.agency
            ? `${credit.by} (${credit.agency})`
            : caption.credit;
    if (!short) return notFound(analysis.text, undefined, answerMessages.noPhoto);
    const passage = [caption.text, caption.credit].filter(Boolean).join(" ");
    return {
      question: analysis.text,
      status: "answered",
      answer: `${short.replace(/[.\s]+$/u, "")}.\n\n${answerMessages.quote(passage, attribution(article))}`,
      confidence: confidenceOf(meant.coverage),
      sources: [sourceOf(article, passage)],
      notes: [answerMessages.fromCaption],
      short,
      quotes: [{ sentence: passage, articleId: article.id, caption: true }],
    };
  },
};
