import type { Article } from "../../corpus/types.js";
import { isStopword } from "../../lexicon/stopwords.js";
import { tokenize } from "../../search/tokens.js";
import type { SearchIndex } from "../../search/types.js";
import { formatDate } from "../extract/dates.js";
import { answerMessages } from "../messages.js";
import { blanked, datedSource, isRepublisher, outletsNamed, ranOn } from "../outlets.js";
import { nlp } from "../../nlp/wink.js";
import { sourceName, sourceOf } from "../sources.js";
import { fieldEvidence } from "../../corpus/cite.js";
import { CREDIT_HOWS } from "../../corpus/metadata.js";
import type { Answer } from "../types.js";

/**
 * "When was the TASS article published?", "what outlet did the April 8 story come from?",
 * "what is the headline of the RT piece?": a fact of the piece itself, which its masthead
 * carries and its text never states. Answered from the articles' metadata, each article
 * cited by its headline. A question may say what the piece is about ("the RT piece on the
 * talks"); one that asks what a piece says ("when did TASS report that…") is left to the text.
 */

/** A piece of reporting named as such. */
const PIECE = /\b(?:article|story|piece|report|dispatch|write-?up|preview|account)s?\b/iu;

const ASKS_DATE =
  /\b(?:when\b|(?:what|which)\s+(?:date|day)\b|publication\s+date|date\s+(?:of|on)\b|dated\b)/iu;
const ASKS_OUTLET =
  /\b(?:(?:what|which)\s+(?:news\s+)?(?:outlet|publication|site|website|paper|newspaper|agency|media|source|wire)\b|who\s+(?:published|ran|wrote|put\s+out|carried|filed)\b)/iu;
const ASKS_TITLE = /\b(?:headline|title)\b/iu;

/**
 * Words that only say what of a piece is asked, or how it came out: with the outlet's or the
 * date's own words gone, nothing else may be left for the question to be about the piece.
 */
const PHRASING = new Set(
  `when what which who date day dated publication published publish run ran carried carry
  put out filed file wrote written come came from headline title outlet site website paper
  originally original first initially republished republish syndicated
  newspaper agency media source wire news article story piece report dispatch write up on of
  the a an is was did does it its their`.split(/\s+/u),
);

export type PieceFact = "date" | "outlet" | "title";

export interface PieceAsked {
  fact: PieceFact;
  /** The outlets the question names the piece by, each its outlet or its republisher. */
  outlets: string[];
  /** The day it ran, as outlets.ts's datedSource gives it ("2025-04-08" or "-04-08"). */
  published?: string;
  /** Stems of what the question says the piece is about: every one is in it. */
  about: string[];
}

/** Tags of words between a noun phrase's opening and its noun ("April 10", "RT", "new"). */
const MODIFIER_TAGS = new Set(["PROPN", "NUM", "ADJ", "NOUN"]);
/** Tags that open a noun phrase: "the", "its", "'s", or a preposition ("in April 8 reports"). */
const OPENING_TAGS = new Set(["DET", "PRON", "PART", "ADP"]);

/**
 * Where the first word naming a piece ends, read as a noun: "the April 10 report from
 * Istanbul" names one, "when did TASS report that…" asks what it said. -1 when none does.
 */
function pieceNounEnd(question: string): number {
  const { its, readDoc } = nlp();
  const tokens = readDoc(question).tokens();
  const words: string[] = tokens.out(its.value);
  const tags: string[] = tokens.out(its.pos);
  let from = 0;
  for (let i = 0; i < words.length; i++) {
    const at = question.indexOf(words[i]!, from);
    if (at < 0) continue;
    from = at + words[i]!.length;
    if (tags[i] !== "NOUN" || !PIECE.test(words[i]!)) continue;
    // A noun opens with a determiner or a possessive ("the April 10 report", "RT's piece");
    // after "did TASS" the word is the verb the tagger took for a noun.
    let j = i - 1;
    while (j >= 0 && MODIFIER_TAGS.has(tags[j]!)) j--;
    if (j >= 0 && OPENING_TAGS.has(tags[j]!)) return from;
  }
  return -1;
}

/** The fact of a piece a question asks, and which piece, or null for any other question. */
export function pieceAsked(index: SearchIndex, question: string): PieceAsked | null {
  if (!PIECE.test(question)) return null;
  // Whatever names the piece is no subject of the question: the outlets' names are blanked.
  const { outlets: named, rest: unnamed } = outletsNamed(index, question);
  const dated = datedSource(index, question);
  // "Which outlet's story did the republisher run": a republisher named asks for the original.
  const republisher = named.some((o) => isRepublisher(index, o));
  const fact: PieceFact | null =
    (named.length > 0 || dated !== null) && ASKS_TITLE.test(question)
      ? "title"
      : named.length > 0 && ASKS_DATE.test(question)
        ? "date"
        : (dated !== null || republisher) && ASKS_OUTLET.test(question)
          ? "outlet"
          : null;
  if (fact === null) return null;
  const end = pieceNounEnd(question);
  if (end < 0) return null;
  let rest = unnamed;
  if (dated !== null) {
    const at = rest.toLowerCase().indexOf(dated.said.toLowerCase());
    if (at >= 0) rest = blanked(rest, at, at + dated.said.length);
  }
  const subject = tokenize(rest).filter(
    (t) => !PHRASING.has(t.norm) && !isStopword(t.norm) && !/^\d+$/u.test(t.norm),
  );
  // "The RT piece about the talks", "the April 10 report from Istanbul previewing the round"
  // still ask of one piece, whose words those are, up to the end of the clause; anything else
  // ("when did TASS report that…", "in the TASS article dated April 10, how was the meeting
  // held") asks of what a piece says, left to the text.
  const brk = /\s[-–—]\s|[,;:?]|\b(?:how|what|when|where|who|whom|why|which)\b/iu.exec(
    question.slice(end),
  );
  const clauseEnd = brk ? end + brk.index : question.length;
  if (subject.some((t) => t.start < end || t.start >= clauseEnd)) return null;
  return {
    fact,
    // What the articles never say ("previewing") describes the piece, not its words.
    about: subject.map((t) => t.stem).filter((stem) => index.vocabulary.has(stem)),
    outlets: named,
    ...(dated !== null ? { published: dated.published } : {}),
  };
}

function valueOf(article: Article, fact: PieceFact): string {
  if (fact === "date") return formatDate(article.published);
  if (fact === "title") return article.title;
  // "RT.com" on the page, "RT" in the metadata: the reader sees both.
  const read = fieldEvidence(article, "outlet");
  const credited =
    read && (CREDIT_HOWS as readonly string[]).includes(read.how) && read.line !== article.outlet
      ? `credited as "${read.line}"`
      : undefined;
  const notes = [
    credited,
    article.republishedBy ? `republished by ${article.republishedBy}` : undefined,
  ].filter((n): n is string => n !== undefined);
  return notes.length > 0 ? `${article.outlet} (${notes.join("; ")})` : article.outlet;
}

/** Metadata fields each asked fact is read from. */
const FIELDS: Record<PieceFact, readonly string[]> = {
  date: ["published"],
  outlet: ["outlet", "republished_by"],
  // The headline is quoted whole already.
  title: [],
};

/** The page's own lines the asked fact was read from, each as the answer shows it. */
export function pageLines(article: Article, fact: PieceFact): string[] {
  return FIELDS[fact].flatMap((field) => {
    const read = fieldEvidence(article, field);
    return read ? [answerMessages.readFromPage(read.how, read.line)] : [];
  });
}

/** The masthead line an answer cites: what the metadata says, not a sentence of the text. */
function mastheadLine(article: Article): string {
  const outlet = article.republishedBy
    ? `${article.outlet || "?"} (republished by ${article.republishedBy})`
    : article.outlet;
  const title = article.title ? `"${article.title}"` : "";
  return [outlet, formatDate(article.published), title].filter(Boolean).join(", ");
}

/** The answer to a question about a piece itself, from the articles' metadata. */
export function composePiece(index: SearchIndex, asked: PieceAsked, question: string): Answer {
  const pieces = index.corpus.articles.filter(
    (a) =>
      asked.outlets.every((o) => a.outlet === o || a.republishedBy === o) &&
      (asked.published === undefined || ranOn(a.published, asked.published)) &&
      // "The RT piece about the talks": the piece is the one about them.
      asked.about.every((stem) => index.articleStems.get(a.id)?.has(stem) ?? false),
  );
  const articles = pieces.filter((a) => valueOf(a, asked.fact).trim() !== "");
  if (articles.length === 0) {
    return {
      question,
      status: "not_found",
      answer:
        pieces.length === 0 ? answerMessages.noSuchPiece : answerMessages.notOnMasthead(asked.fact),
      confidence: 0,
      sources: [],
      notes: [],
      kind: "masthead",
    };
  }
  const values = [...new Set(articles.map((a) => valueOf(a, asked.fact)))];
  const lines = articles.map((a) => mastheadLine(a));
  const read = articles.map((a) => pageLines(a, asked.fact));
  const short = values.join("; ");
  const only = articles.length === 1 ? articles[0]! : undefined;
  const lead =
    values.length > 1
      ? `${answerMessages.severalPieces(articles.length)}\n${values.map((v) => `- ${v}`).join("\n")}`
      : only && asked.fact === "date"
        ? `${short}. ${answerMessages.publishedThatDay(sourceName(only))}`
        : `${short}.`;
  return {
    question,
    status: "answered",
    answer: `${lead}\n\n${lines
      .flatMap((l, i) => [answerMessages.fromMasthead(l), ...read[i]!])
      .join("\n")}`,
    confidence: 1,
    sources: articles.map((a, i) => sourceOf(a, [lines[i]!, ...read[i]!].join("\n"))),
    notes: [answerMessages.fromMetadata],
    kind: "masthead",
    short,
    items: values,
    quotes: articles
      .filter((a) => a.title)
      .map((a) => ({ sentence: a.title, articleId: a.id, headline: true as const })),
  };
}
