import type { DatePrecision } from "./types.js";
import {
  addDays,
  compareDays,
  daysBetween,
  daysInMonth,
  formatDay,
  formatMonth,
  formatYear,
  mondayOf,
  shiftMonth,
  weekday,
  type Day,
} from "./calendar.js";
import type { CalendarPoint, Unresolved } from "./candidate.js";
import type { Tense } from "./types.js";

export interface Placed {
  date: string;
  dateEnd?: string;
  precision: DatePrecision;
}

/**
 * Year of a month (and maybe day) written without one, judged against the publication date.
 *
 * - Past tense ("took place on February 27", "in November … reported"): the latest occurrence
 *   not after the publication date. A month later in the year than the publication month is
 *   therefore last year's: "in November" in a February 2025 article is November 2024. For a bare
 *   month the publication month itself counts ("in February" written in February).
 * - Future tense ("will meet on May 5"): the earliest occurrence not before the publication date.
 * - No telling: whichever occurrence is nearer the publication date, ties going to the past,
 *   because news mostly reports what has happened.
 */
export function inferYear(point: CalendarPoint, ref: Day, tense: Tense): number | null {
  const candidates = [ref.year - 1, ref.year, ref.year + 1].filter((y) => fits(point, y));
  const span = (y: number): { first: Day; last: Day } => {
    const first: Day = { year: y, month: point.month, day: point.day ?? 1 };
    const last: Day = {
      year: y,
      month: point.month,
      day: point.day ?? daysInMonth(y, point.month),
    };
    return { first, last };
  };
  const past = candidates.filter((y) => compareDays(span(y).first, ref) <= 0).at(-1);
  const future = candidates.find((y) => compareDays(span(y).last, ref) >= 0);
  if (tense === "past") return past ?? null;
  if (tense === "future") return future ?? null;
  if (past === undefined) return future ?? null;
  if (future === undefined || future === past) return past;
  const pastGap = daysBetween(span(past).last, ref);
  const futureGap = daysBetween(ref, span(future).first);
  return futureGap < pastGap ? future : past;
}

function fits(point: CalendarPoint, year: number): boolean {
  return point.day === undefined || point.day <= daysInMonth(year, point.month);
}

function formatPoint(p: CalendarPoint, year: number, precision: DatePrecision): string {
  if (precision === "day" && p.day !== undefined) {
    return formatDay({ year, month: p.month, day: p.day });
  }
  return formatMonth(year, p.month);
}

function placeCalendar(
  from: CalendarPoint,
  to: CalendarPoint | undefined,
  ref: Day,
  tense: Tense,
): Placed | null {
  const precision: DatePrecision =
    from.day !== undefined && (to === undefined || to.day !== undefined) ? "day" : "month";
  if (!to) {
    const year = from.year ?? inferYear(from, ref, tense);
    if (year === null || !fits(from, year)) return null;
    return { date: formatPoint(from, year, precision), precision };
  }
  // A range: anchor the end for reports of the past, the start otherwise, then keep start ≤ end.
  let fromYear = from.year;
  let toYear = to.year;
  if (fromYear === undefined && toYear === undefined) {
    if (tense === "past") {
      toYear = inferYear(to, ref, tense) ?? undefined;
    } else {
      fromYear = inferYear(from, ref, tense) ?? undefined;
    }
  }
  if (fromYear === undefined && toYear !== undefined) {
    fromYear = before(from, to) ? toYear : toYear - 1;
  }
  if (toYear === undefined && fromYear !== undefined) {
    toYear = before(from, to) ? fromYear : fromYear + 1;
  }
  if (fromYear === undefined || toYear === undefined) return null;
  if (!fits(from, fromYear) || !fits(to, toYear)) return null;
  const date = formatPoint(from, fromYear, precision);
  const dateEnd = formatPoint(to, toYear, precision);
  if (dateEnd < date) return null;
  return dateEnd === date ? { date, precision } : { date, dateEnd, precision };
}

/** Whether from precedes (or equals) to within the same year. */
function before(from: CalendarPoint, to: CalendarPoint): boolean {
  if (from.month !== to.month) return from.month < to.month;
  return (from.day ?? 1) <= (to.day ?? 31);
}

/**
 * Weekday without a date. "held talks Thursday" in a report is the latest Thursday not after
 * publication (the same day counts: a Thursday story about "talks Thursday"); "will meet on
 * Thursday" is the earliest one not before it. "last Thursday" and "next Thursday" exclude the
 * publication day itself; the further reading of "next" (the week after) is not taken.
 */
function placeWeekday(
  target: number,
  modifier: "last" | "next" | "this" | null,
  ref: Day,
  tense: Tense,
): Placed {
  const back = (weekday(ref) - target + 7) % 7;
  const ahead = (target - weekday(ref) + 7) % 7;
  let day: Day;
  if (modifier === "last") day = addDays(ref, -(back === 0 ? 7 : back));
  else if (modifier === "next") day = addDays(ref, ahead === 0 ? 7 : ahead);
  else if (tense === "future") day = addDays(ref, ahead);
  else day = addDays(ref, -back);
  return { date: formatDay(day), precision: "day" };
}

function placeRelative(unit: "day" | "week" | "month" | "year", offset: number, ref: Day): Placed {
  switch (unit) {
    case "day":
      return { date: formatDay(addDays(ref, offset)), precision: "day" };
    case "week": {
      // A calendar week, Monday to Sunday: the text gives no finer day, so it stays a range.
      const monday = addDays(mondayOf(ref), offset * 7);
      return { date: formatDay(monday), dateEnd: formatDay(addDays(monday, 6)), precision: "day" };
    }
    case "month": {
      const m = shiftMonth(ref.year, ref.month, offset);
      return { date: formatMonth(m.year, m.month), precision: "month" };
    }
    case "year":
      return { date: formatYear(ref.year + offset), precision: "year" };
  }
}

/** Puts a parsed expression on the calendar; null when it cannot be placed honestly. */
export function place(what: Unresolved, ref: Day, tense: Tense): Placed | null {
  switch (what.kind) {
    case "calendar":
      return placeCalendar(what.from, what.to, ref, tense);
    case "year":
      if (what.yearEnd !== undefined && what.yearEnd > what.year) {
        return {
          date: formatYear(what.year),
          dateEnd: formatYear(what.yearEnd),
          precision: "year",
        };
      }
      return { date: formatYear(what.year), precision: "year" };
    case "weekday":
      return placeWeekday(what.weekday, what.modifier, ref, tense);
    case "relative":
      return placeRelative(what.unit, what.offset, ref);
  }
}
