import type { TimelineEvent } from "../../timeline/types.js";
import { formatDate } from "../dates.js";
import { oneLine, truncate } from "../text.js";
import { svgToPng } from "./png.js";
import { shortDateRange, timelineSvg, type PictureOptions } from "./svg.js";

/** What Discord, the console and the CLI attach or write: the PNG and its alt text. */
export interface TimelinePicture {
  png: Buffer;
  name: string;
  /** Alt text: what the picture shows, for a reader who cannot see it. */
  description: string;
}

export const PICTURE_NAME = "timeline.png";
/** Discord's limit on an attachment's description (alt text). */
export const DESCRIPTION_MAX = 1024;

export const PICTURE_TITLE = "Timeline of the Istanbul talks";

function altText(events: readonly TimelineEvent[], options: PictureOptions): string {
  const about = options.about ? ` ${oneLine(options.about)}` : "";
  if (events.length === 0) return `Timeline chart: no events${about}.`;
  const first = formatDate(events[0]!.date);
  const last = formatDate(events.at(-1)!.dateEnd ?? events.at(-1)!.date);
  const count = options.count ?? `${events.length} event${events.length === 1 ? "" : "s"}`;
  const head = `Timeline chart of ${count.charAt(0).toLowerCase()}${count.slice(1)}${about}, ${first} to ${last}: `;
  const items = events.map(
    (e) =>
      `${shortDateRange(e.date, e.dateEnd)}${e.status === "scheduled" ? " (scheduled)" : ""}, ${truncate(oneLine(e.summary), 80)}`,
  );
  return truncate(`${head}${items.join("; ")}.`, DESCRIPTION_MAX);
}

/** The picture of the events given (already filtered, and paged where the reply pages). */
export function renderTimelinePicture(
  events: readonly TimelineEvent[],
  options: Partial<PictureOptions> = {},
): TimelinePicture {
  const full: PictureOptions = { title: PICTURE_TITLE, ...options };
  const { svg, width, height } = timelineSvg(events, full);
  return {
    png: svgToPng(svg, width, height),
    name: PICTURE_NAME,
    description: altText(events, full),
  };
}
