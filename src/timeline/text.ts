import type { Source } from "../corpus/types.js";
import { timelineMessages } from "./messages.js";
import type { Timeline, TimelineEvent } from "./types.js";

/** Plain-text timeline for the console: one event per paragraph, its sources under it. */

function dateLabel(event: TimelineEvent): string {
  return event.dateEnd ? `${event.date} – ${event.dateEnd}` : event.date;
}

function sourceLabel(source: Source): string {
  const who = source.outlet || source.title || source.articleId;
  return source.published ? `${who}, ${source.published}` : who;
}

export function formatTimelineText(timeline: Timeline): string {
  if (timeline.events.length === 0) return `${timelineMessages.noEvents}\n`;
  const width = Math.max(...timeline.events.map((e) => dateLabel(e).length));
  const indent = " ".repeat(width + 2);
  return timeline.events
    .map((event) => {
      const status = event.status === "scheduled" ? "(scheduled at the time of writing) " : "";
      const head = `${dateLabel(event).padEnd(width)}  ${status}${event.summary}`;
      const cited = `${indent}— ${event.sources.map(sourceLabel).join("; ")}`;
      return `${head}\n${cited}\n`;
    })
    .join("\n");
}
