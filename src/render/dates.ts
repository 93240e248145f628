import { monthShortName } from "../dates/names.js";

/**
 * A date at exactly the precision it was written with: "2025" stays a year, "2025-04" a month
 * ("Apr 2025"), "2025-02-27" a day ("27 Feb 2025"). Anything else is returned as given.
 */
export function formatDate(date: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.trim());
  if (!match) return date.trim();
  const [, year, month, day] = match;
  const name = month ? monthShortName(Number(month)) : undefined;
  if (month && !name) return date.trim();
  if (!name) return `${year}`;
  if (!day) return `${name} ${year}`;
  return `${Number(day)} ${name} ${year}`;
}

/** A date or a range ("2016 – 2018"), each end at its own precision. */
export function formatDateRange(date: string, dateEnd?: string): string {
  return dateEnd && dateEnd !== date
    ? `${formatDate(date)} – ${formatDate(dateEnd)}`
    : formatDate(date);
}

/** Publication date of an article; an empty date reads as unknown rather than blank. */
export function formatPublished(published: string): string {
  return published.trim() ? formatDate(published) : "date unknown";
}

/** True for a real calendar day written YYYY-MM-DD. */
export function isIsoDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}
