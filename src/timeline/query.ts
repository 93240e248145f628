import { dateInterval, parseDay } from "../dates/calendar.js";
import { MeaningMatcher, type ExpandWord } from "./topicMatch.js";
import { TimelineQueryError, timelineMessages } from "./messages.js";
import type { Timeline, TimelineEvent, TimelineQuery } from "./types.js";

/** Everything an event says, for topic matching: its summary and each quoted passage. */
export function eventText(event: TimelineEvent): string {
  return [event.summary, ...event.sources.map((s) => s.passage)].join("\n");
}

/** What a topic filter reads: the event's own text and the undated sentences about it. */
export function topicText(event: TimelineEvent): string {
  return [eventText(event), ...(event.context ?? [])].join("\n");
}

/** Throws TimelineQueryError when a bound is not a real YYYY-MM-DD day or the range is reversed. */
export function validateQuery(query: TimelineQuery): void {
  if (query.from !== undefined && !parseDay(query.from)) {
    throw new TimelineQueryError(timelineMessages.badDate("--from", query.from));
  }
  if (query.to !== undefined && !parseDay(query.to)) {
    throw new TimelineQueryError(timelineMessages.badDate("--to", query.to));
  }
  if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
    throw new TimelineQueryError(timelineMessages.fromAfterTo(query.from, query.to));
  }
}

/**
 * Whether an event can lie in [from, to]: an event dated to a month or a year overlaps the range
 * if any part of it does, since the text does not say which day it was.
 */
export function overlapsRange(event: TimelineEvent, from?: string, to?: string): boolean {
  const first = dateInterval(event.date)?.first;
  const last = dateInterval(event.dateEnd ?? event.date)?.last;
  if (!first || !last) return false;
  return (from === undefined || last >= from) && (to === undefined || first <= to);
}

/**
 * A timeline ready for queries: each event's dates and words worked out once. The events stay
 * the plain data they are (they can be saved as JSON); this only sits beside them.
 */
export interface QueryableTimeline {
  readonly events: readonly TimelineEvent[];
  /** First and last day each event covers; undefined for a malformed date. */
  readonly first: ReadonlyArray<string | undefined>;
  readonly last: ReadonlyArray<string | undefined>;
  readonly matcher: MeaningMatcher;
}

export interface PrepareOptions {
  /**
   * What a topic word stands for beyond its own lemma (meaning.ts builds it from the answer
   * engine's index); without it, topics match lemmas and, for unknown words, close spellings.
   */
  expand?: ExpandWord;
}

/**
 * Prepares events for queryTimeline. Queries on the same array prepare it on first use anyway;
 * call this at start so that the first query does not pay for it. Events are taken as they
 * are: change one and prepare again.
 */
export function prepareTimeline(
  events: readonly TimelineEvent[],
  options: PrepareOptions = {},
): QueryableTimeline {
  const timeline: QueryableTimeline = {
    events: [...events],
    first: events.map((e) => dateInterval(e.date)?.first),
    last: events.map((e) => dateInterval(e.dateEnd ?? e.date)?.last),
    matcher: new MeaningMatcher(events.map(topicText), options.expand),
  };
  prepared.set(events, timeline);
  return timeline;
}

/**
 * prepareTimeline a slice at a time: the same result, with `pause()` awaited after each event's
 * share of the work, so a server can prepare a large timeline without holding its event loop.
 */
export async function prepareTimelineInSteps(
  events: readonly TimelineEvent[],
  pause: () => Promise<void>,
  options: PrepareOptions = {},
): Promise<QueryableTimeline> {
  const texts: string[] = [];
  for (const event of events) {
    texts.push(topicText(event));
    await pause();
  }
  const timeline: QueryableTimeline = {
    events: [...events],
    first: events.map((e) => dateInterval(e.date)?.first),
    last: events.map((e) => dateInterval(e.dateEnd ?? e.date)?.last),
    matcher: await MeaningMatcher.inSteps(texts, options.expand ?? (() => []), pause),
  };
  prepared.set(events, timeline);
  return timeline;
}

const prepared = new WeakMap<readonly TimelineEvent[], QueryableTimeline>();

/** The prepared form of an array, prepared again if the array changed since. */
function preparedFor(events: readonly TimelineEvent[]): QueryableTimeline {
  const known = prepared.get(events);
  const current =
    known !== undefined &&
    known.events.length === events.length &&
    known.events.every((e, i) => e === events[i]);
  return current ? known : prepareTimeline(events);
}

function isQueryable(
  timeline: readonly TimelineEvent[] | QueryableTimeline,
): timeline is QueryableTimeline {
  return !Array.isArray(timeline);
}

/** The events on a topic (by meaning, see topicMatch.ts) and in a date range (inclusive), in order. */
export function queryTimeline(
  timeline: readonly TimelineEvent[] | QueryableTimeline,
  query: TimelineQuery,
): Timeline {
  validateQuery(query);
  const t = isQueryable(timeline) ? timeline : preparedFor(timeline);
  const { from, to } = query;
  const topic = query.topic?.trim();
  const hits = topic ? t.matcher.matching(topic) : null;
  const events: TimelineEvent[] = [];
  const consider = (i: number): void => {
    const first = t.first[i];
    const last = t.last[i];
    if (!first || !last) return;
    if ((from === undefined || last >= from) && (to === undefined || first <= to)) {
      events.push(t.events[i]!);
    }
  };
  if (hits) hits.forEach(consider);
  else for (let i = 0; i < t.events.length; i++) consider(i);
  return { events };
}
