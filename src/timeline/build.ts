import { sourceOf } from "../corpus/cite.js";
import type { Source } from "../corpus/types.js";
import type { Article, Corpus } from "../corpus/types.js";
import { dateInterval } from "../dates/calendar.js";
import { extractEvents, type EventMention } from "./extract.js";
import { groupEvents, type EventGroup } from "./merge.js";
import type { TimelineEvent } from "./types.js";
import { contentStems } from "./words.js";
import { contextSentences } from "./context.js";

const PRECISION_RANK = { year: 0, month: 1, day: 2 } as const;

/**
 * The report a group is summarised by: one at the group's own precision and status, from the
 * article written soonest after the date (the first-hand report), earliest in its article.
 */
function primary(
  group: EventGroup,
  status: TimelineEvent["status"],
  byId: Map<string, Article>,
): EventMention {
  const lead = group.lead;
  const candidates = group.members.filter(
    (m) =>
      m.precision === lead.precision &&
      m.date === lead.date &&
      m.dateEnd === lead.dateEnd &&
      m.status === status,
  );
  const pool = candidates.length > 0 ? candidates : group.members;
  const start = dateInterval(lead.date)?.first ?? lead.date;
  const published = (m: EventMention): string => byId.get(m.articleId)?.published ?? "";
  const rank = (m: EventMention): string => {
    const p = published(m);
    // Reports written on or after the date come first, soonest first; earlier ones (plans) last.
    return p >= start ? `0${p}` : `1${p}`;
  };
  return [...pool].sort(
    (a, b) =>
      rank(a).localeCompare(rank(b)) ||
      a.articleId.localeCompare(b.articleId) ||
      a.sentenceIndex - b.sentenceIndex,
  )[0]!;
}

/**
 * One source per article: a second report in the same article, or in a copy of it, is the
 * same testimony and never counts twice. The passage quoted is the article's report at the
 * group's precision that says the most (content words), so that a reader sees, and a topic
 * search finds, what the article adds: "a follow-up round … addressed diplomatic funding and …
 * direct flights" rather than "… unchanged from a previous round on February 27".
 */
function sources(group: EventGroup, byId: Map<string, Article>): Source[] {
  const best = new Map<string, EventMention>();
  const atLeadPrecision = (x: EventMention): number => Number(x.precision === group.lead.precision);
  const saying = new Map<EventMention, number>();
  const said = (x: EventMention): number => {
    let n = saying.get(x);
    if (n === undefined) saying.set(x, (n = contentStems(x.sentence.text).size));
    return n;
  };
  const better = (a: EventMention, b: EventMention): boolean =>
    (atLeadPrecision(a) - atLeadPrecision(b) ||
      said(a) - said(b) ||
      b.sentenceIndex - a.sentenceIndex) > 0;
  for (const m of group.members) {
    const current = best.get(m.articleId);
    if (!current || better(m, current)) best.set(m.articleId, m);
  }
  return [...best.entries()]
    .flatMap(([id, m]) => {
      const article = byId.get(id);
      return article ? [sourceOf(article, m.sentence.text)] : [];
    })
    .sort(
      (a, b) => a.published.localeCompare(b.published) || a.articleId.localeCompare(b.articleId),
    );
}

/** Sentence index → the undated sentences that speak of that sentence's event. */
export type ArticleContext = Map<number, string[]>;

/** Article id → its context. */
type ContextTable = ReadonlyMap<string, ArticleContext>;

/**
 * The context sentences of one article's events, from its own mentions: a build thread works
 * them out with the mentions, so the timeline is joined from metadata and mentions alone.
 */
export function articleContext(
  article: Article,
  mentions: readonly EventMention[],
): ArticleContext {
  const dated = new Map<number, { meeting: boolean }>();
  for (const m of mentions) {
    const meeting = (dated.get(m.sentenceIndex)?.meeting ?? false) || m.kind === "meeting";
    dated.set(m.sentenceIndex, { meeting });
  }
  return contextSentences(article, dated);
}

function contextTable(mentions: readonly EventMention[], byId: Map<string, Article>): ContextTable {
  const byArticle = new Map<string, EventMention[]>();
  for (const m of mentions) {
    const list = byArticle.get(m.articleId);
    if (list) list.push(m);
    else byArticle.set(m.articleId, [m]);
  }
  const table = new Map<string, ArticleContext>();
  for (const [id, list] of byArticle) {
    const article = byId.get(id);
    if (article) table.set(id, articleContext(article, list));
  }
  return table;
}

function contextOf(group: EventGroup, table: ContextTable): string[] {
  const out = new Set<string>();
  for (const m of group.members) {
    for (const text of table.get(m.articleId)?.get(m.sentenceIndex) ?? []) out.add(text);
  }
  return [...out];
}

function toEvent(
  group: EventGroup,
  byId: Map<string, Article>,
  table: ContextTable,
): TimelineEvent {
  // A later report that it happened outranks an earlier plan: nothing is reported held before it is.
  const status = group.members.some((m) => m.status === "happened") ? "happened" : "scheduled";
  const lead = group.lead;
  const event: TimelineEvent = {
    date: lead.date,
    precision: lead.precision,
    summary: primary(group, status, byId).summary,
    status,
    sources: sources(group, byId),
  };
  if (lead.dateEnd !== undefined) event.dateEnd = lead.dateEnd;
  const context = contextOf(group, table);
  if (context.length > 0) event.context = context;
  return event;
}

/**
 * Chronological order. Where dates start together the coarser one comes first, as it contains
 * the other; on the same date the more widely reported event leads.
 */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  const fa = dateInterval(a.date)?.first ?? a.date;
  const fb = dateInterval(b.date)?.first ?? b.date;
  return (
    fa.localeCompare(fb) ||
    PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] ||
    (a.dateEnd ?? "").localeCompare(b.dateEnd ?? "") ||
    b.sources.length - a.sources.length ||
    a.summary.localeCompare(b.summary)
  );
}

/**
 * The dated, de-duplicated timeline of what the corpus reports. Only canonical articles are
 * read: copies (duplicateOf set, or listed among the corpus's duplicates) never add an event
 * or a source.
 */
export function buildTimeline(corpus: Corpus): TimelineEvent[] {
  return timelineFromMentions(corpus, corpus.articles.flatMap(extractEvents));
}

/**
 * The timeline from mentions already extracted article by article (extractEvents), in corpus
 * order: extraction is most of the cost and can run on several threads. With `contexts` (each
 * article's articleContext, worked out with its mentions) no article's text is read.
 */
export function timelineFromMentions(
  corpus: Corpus,
  all: EventMention[],
  contexts?: ReadonlyMap<string, ArticleContext>,
): TimelineEvent[] {
  const copies = new Set(corpus.duplicates.map((d) => d.id));
  const articles = corpus.articles.filter((a) => !a.duplicateOf && !copies.has(a.id));
  const byId = new Map(articles.map((a) => [a.id, a] as const));
  const mentions = all.filter((m) => byId.has(m.articleId));
  const table = contexts ?? contextTable(mentions, byId);
  return groupEvents(mentions)
    .map((g) => toEvent(g, byId, table))
    .sort(compareEvents);
}
