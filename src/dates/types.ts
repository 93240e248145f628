/** How exactly a date is known: a day, a month or only a year. */
export type DatePrecision = "day" | "month" | "year";

/** A time expression found in a text and resolved to a calendar date at the precision the text gives. */
export interface TimeMention {
  /** UTF-16 offsets into the searched text; text === input.slice(start, end). */
  start: number;
  end: number;
  text: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD, matching precision. */
  date: string;
  /** Last date of a range ("between 2016 and 2018", "last week"), same precision as date. */
  dateEnd?: string;
  precision: DatePrecision;
}

/** Which way the surrounding words point: a report of the past, a plan, or no telling. */
export type Tense = "past" | "future" | "unknown";

/** A mention with what the resolver knew about its context; the timeline needs the tense. */
export interface AnalysedMention extends TimeMention {
  tense: Tense;
}

/**
 * A time expression that names no date: "in the coming days", "in recent years". Kept apart from
 * TimeMention so it can never be shown as a date, but its direction still tells plans from reports.
 */
export interface VagueTimeMention {
  start: number;
  end: number;
  text: string;
  direction: "past" | "future";
}
