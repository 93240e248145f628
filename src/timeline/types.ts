import type { Source } from "../corpus/types.js";
import type { DatePrecision } from "../dates/types.js";

export type { DatePrecision };

export interface TimelineEvent {
  /** YYYY, YYYY-MM or YYYY-MM-DD: never more precise than the text. */
  date: string;
  /** Set for ranges ("between 2016 and 2018"), at the same precision as date. */
  dateEnd?: string;
  precision: DatePrecision;
  summary: string;
  /** Whether it had happened at the time of writing of the reporting article. */
  status: "happened" | "scheduled";
  sources: Source[];
  /**
   * Undated sentences of the reporting articles that speak of the event (see context.ts):
   * topic filters read them; the renderers and the JSON contract do not show them.
   */
  context?: string[];
}

export interface TimelineQuery {
  topic?: string;
  /** Inclusive bounds, YYYY-MM-DD. */
  from?: string;
  to?: string;
}

export interface Timeline {
  events: TimelineEvent[];
}
