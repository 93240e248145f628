import type { DatePrecision } from "./types.js";

/**
 * Pure calendar arithmetic on ISO strings. Everything works on whole days in UTC so that the
 * machine's time zone can never move a date by one.
 */

export interface Day {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses YYYY-MM-DD; null when malformed or not a real calendar day (2025-02-30). */
export function parseDay(iso: string): Day | null {
  const m = ISO_DAY.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

export function formatDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

export function formatYear(year: number): string {
  return pad(year, 4);
}

function toEpochDay(d: Day): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

function fromEpochDay(n: number): Day {
  const date = new Date(n * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Day, days: number): Day {
  return fromEpochDay(toEpochDay(d) + days);
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: Day, b: Day): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** 0 = Sunday … 6 = Saturday, as Date.getUTCDay. */
export function weekday(d: Day): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

/** The month `delta` months away from year/month. */
export function shiftMonth(
  year: number,
  month: number,
  delta: number,
): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Monday of the ISO week containing d: news weeks run Monday to Sunday. */
export function mondayOf(d: Day): Day {
  return addDays(d, -((weekday(d) + 6) % 7));
}

export function compareDays(a: Day, b: Day): number {
  return toEpochDay(a) - toEpochDay(b);
}

/** First and last calendar day covered by a YYYY / YYYY-MM / YYYY-MM-DD date string. */
export function dateInterval(date: string): { first: string; last: string } | null {
  if (/^\d{4}$/.test(date)) return { first: `${date}-01-01`, last: `${date}-12-31` };
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  if (month) {
    const y = Number(month[1]);
    const m = Number(month[2]);
    if (m < 1 || m > 12) return null;
    return { first: `${date}-01`, last: `${date}-${pad(daysInMonth(y, m), 2)}` };
  }
  return parseDay(date) ? { first: date, last: date } : null;
}

/** The precision a date string is written at, or null when it is not one of the three forms. */
export function precisionOf(date: string): DatePrecision | null {
  if (/^\d{4}$/.test(date)) return "year";
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(date)) return "month";
  return parseDay(date) ? "day" : null;
}
