import { dateInterval, parseDay } from "../dates/calendar.js";
import { TopicMatcher } from "./match.js";
import { TimelineQueryError, timelineMessages } from "./messages.js";
import type { Timeline, TimelineEvent, TimelineQuery } from "./types.js";

/** Everything an event says, for topic matching: its summary and each quoted passage. */
export function eventText(event: TimelineEvent): string {
  return [event.summary, ...event.sources.map((s) => s.passage)].join("\n");
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

/** The events matching a topic (fuzzy, see match.ts) and a date range (inclusive), in order. */
export function queryTimeline(events: TimelineEvent[], query: TimelineQuery): Timeline {
  validateQuery(query);
  let selected = events.filter((e) => overlapsRange(e, query.from, query.to));
  const topic = query.topic?.trim();
  if (topic) {
    const matcher = new TopicMatcher(selected.map(eventText));
    const hits = new Set(matcher.matching(topic));
    selected = selected.filter((_, i) => hits.has(i));
  }
  return { events: selected };
}
