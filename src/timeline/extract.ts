import { dateInterval } from "../dates/calendar.js";
import { analyseTimeExpressions, type AnalysedMention } from "../dates/resolve.js";
import type { Article, Sentence } from "../corpus/types.js";
import type { DatePrecision } from "./types.js";
import { readClause, type EventKind } from "./triggers.js";
import { partAround } from "./sentence-parts.js";
import { summarise } from "./summary.js";

/** One article's report of a happening at a time: the raw material that merge.ts groups. */
export interface EventMention {
  articleId: string;
  /** Order of the sentence in its article, for choosing the earliest report. */
  sentenceIndex: number;
  /** Which part of the corpus sentence, when the splitter left two sentences together. */
  partIndex: number;
  sentence: Sentence;
  mention: AnalysedMention;
  date: string;
  dateEnd?: string;
  precision: DatePrecision;
  status: "happened" | "scheduled";
  kind: EventKind;
  summary: string;
}

/**
 * Whether the event had happened when the article was written. A date wholly before publication
 * has happened and one wholly after is planned, whatever the verbs say; a date that includes the
 * publication day ("will meet on Thursday" in a Thursday story) is decided by the tense.
 */
export function statusAt(mention: AnalysedMention, published: string): "happened" | "scheduled" {
  const first = dateInterval(mention.date)?.first;
  const last = dateInterval(mention.dateEnd ?? mention.date)?.last;
  if (published && last && last < published) return "happened";
  if (published && first && first > published) return "scheduled";
  return mention.tense === "future" ? "scheduled" : "happened";
}

function sentenceEvents(
  article: Article,
  sentence: Sentence,
  sentenceIndex: number,
): EventMention[] {
  const text = sentence.text;
  const mentions = analyseTimeExpressions(text, article.published);
  const events = mentions.flatMap((mention) => {
    const reading = readClause(text, mention.start, mention.end);
    return reading.isEvent
      ? [{ mention, kind: reading.kind, part: partAround(text, mention.start) }]
      : [];
  });
  return events.map(({ mention, kind, part }) => {
    // Summaries come from the mention's own part of the sentence, offsets shifted into it.
    const shift = (s: { start: number; end: number }) => ({
      start: s.start - part.from,
      end: s.end - part.from,
    });
    const inPart = (s: { start: number }) => s.start >= part.from && s.start < part.to;
    const others = events
      .filter((e) => e.mention !== mention && inPart(e.mention))
      .map((e) => shift(e.mention));
    const local = shift(mention);
    const event: EventMention = {
      articleId: article.id,
      sentenceIndex,
      partIndex: part.index,
      sentence,
      mention,
      date: mention.date,
      precision: mention.precision,
      status: statusAt(mention, article.published),
      kind,
      summary: summarise(
        text.slice(part.from, part.to),
        local.start,
        local.end,
        others,
        mentions.filter(inPart).map(shift),
      ),
    };
    if (mention.dateEnd !== undefined) event.dateEnd = mention.dateEnd;
    return event;
  });
}

/**
 * Every dated happening an article reports, each normalised against the article's own
 * publication date. A copy of another article reports nothing of its own.
 */
export function extractEvents(article: Article): EventMention[] {
  if (article.duplicateOf) return [];
  return article.sentences.flatMap((s, i) => sentenceEvents(article, s, i));
}
