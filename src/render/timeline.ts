import type { APIEmbed, APIEmbedField } from "discord.js";
import type { Source } from "../answer/types.js";
import type { Timeline, TimelineEvent } from "../timeline/types.js";
import { timelinePageId, type TimelineState } from "./customIds.js";
import { formatDate, formatDateRange, formatPublished } from "./dates.js";
import { Limits } from "./limits.js";
import { Messages } from "./messages.js";
import { clampPage, pageCount, pagerRows, rangeLabel } from "./pager.js";
import { buildPayload, type FilePayload, type ReplyPayload } from "./payload.js";
import { renderTimelinePicture } from "./picture/timelinePicture.js";
import { escapeMarkdown, escapeWithin, link, oneLine, truncate } from "./text.js";

export const EVENTS_PER_PAGE = 5;
const SOURCES_PER_EVENT = 2;
export const TIMELINE_COLOR = 0x6b4fbb;
export const TIMELINE_LEGEND = "Dates are as precise as the articles give them.";

function sourceLine(sources: readonly Source[]): string {
  const shown = sources.slice(0, SOURCES_PER_EVENT).map((s) => {
    const outlet = truncate(oneLine(s.outlet) || oneLine(s.title) || "source", 60);
    return `${link(outlet, s.url)}, ${formatPublished(s.published)}`;
  });
  const more = sources.length - shown.length;
  if (shown.length === 0) return "";
  return `— ${shown.join("; ")}${more > 0 ? ` (+${more} more)` : ""}`;
}

function eventField(event: TimelineEvent, budget: number): APIEmbedField {
  const when = formatDateRange(event.date, event.dateEnd);
  const name = event.status === "scheduled" ? `${when} · scheduled` : when;
  const sources = sourceLine(event.sources);
  const summaryBudget = Math.min(Limits.embedFieldValue, budget) - sources.length - 1;
  const summary = escapeWithin(oneLine(event.summary), Math.max(40, summaryBudget));
  return {
    name: truncate(escapeMarkdown(name), 200),
    value: truncate(sources ? `${summary}\n${sources}` : summary, Limits.embedFieldValue),
  };
}

/** "about flights", for the picture's subtitle: the topic and dates the events were chosen by. */
export function describeQueryPlain(state: TimelineState): string {
  const parts: string[] = [];
  if (state.topic) parts.push(`about ${oneLine(state.topic)}`);
  if (state.from) parts.push(`from ${formatDate(state.from)}`);
  if (state.to) parts.push(`to ${formatDate(state.to)}`);
  return parts.join(" ");
}

function describeQuery(state: TimelineState): string {
  const parts: string[] = [];
  if (state.topic)
    parts.push(`about **${escapeWithin(oneLine(state.topic), 100, { links: false })}**`);
  if (state.from) parts.push(`from ${formatDate(state.from)}`);
  if (state.to) parts.push(`to ${formatDate(state.to)}`);
  return parts.join(" ");
}

/**
 * /timeline: a page of dated events, each at the precision its source gives, marked when it
 * was still scheduled at the time of writing, each with its sources; Previous / Next buttons.
 */
export function renderTimeline(timeline: Timeline, state: TimelineState, page = 0): ReplyPayload {
  const events = timeline.events;
  const pages = pageCount(events.length, EVENTS_PER_PAGE);
  const current = clampPage(page, pages);
  const onPage = events.slice(current * EVENTS_PER_PAGE, (current + 1) * EVENTS_PER_PAGE);
  const query = describeQuery(state);

  const title = "Timeline of the Istanbul talks";
  const description =
    events.length === 0
      ? [query ? `Events ${query}.` : "", Messages.noEvents].filter(Boolean).join("\n")
      : `${events.length} event${events.length === 1 ? "" : "s"}${query ? ` ${query}` : ""}.`;
  const footer =
    pages > 1
      ? `Events ${rangeLabel(current, EVENTS_PER_PAGE, events.length)} · page ${current + 1}/${pages}`
      : TIMELINE_LEGEND;

  const fixed = title.length + description.length + footer.length;
  const perField = Math.floor((Limits.embedTotal - fixed - 50) / Math.max(1, onPage.length)) - 210;
  const embed: APIEmbed = {
    color: TIMELINE_COLOR,
    title,
    description,
    fields: onPage.map((e) => eventField(e, perField)),
    footer: { text: footer },
  };
  // The picture shows the events the page lists, large enough to read: paging turns both.
  const files: FilePayload[] = [];
  if (onPage.length > 0) {
    const about = describeQueryPlain(state);
    const picture = renderTimelinePicture(onPage, {
      ...(about ? { about } : {}),
      ...(pages > 1
        ? { count: `Events ${rangeLabel(current, EVENTS_PER_PAGE, events.length)}` }
        : {}),
    });
    files.push({ attachment: picture.png, name: picture.name, description: picture.description });
    embed.image = { url: `attachment://${picture.name}` };
  }
  return buildPayload({
    embeds: [embed],
    components: pagerRows(current, pages, (p) => timelinePageId(p, state)),
    files,
  });
}
