import { MONTHS, WEEKDAYS } from "../lexicon/words.js";

/** Month and weekday names come from the lexicon; they are parsed, indexed and shown alike. */
export { MONTHS, WEEKDAYS };

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** "February" for 2; undefined outside 1–12. */
export function monthName(month: number): string | undefined {
  const name = MONTHS[month - 1];
  return name && capitalised(name);
}

/** "Feb" for 2. */
export function monthShortName(month: number): string | undefined {
  return monthName(month)?.slice(0, 3);
}

/** "Thursday" for 2025-02-27. */
export function weekdayName(year: number, month: number, day: number): string {
  return capitalised(WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? "");
}
