/** English month and weekday names, one list for parsing, indexing and display alike. */
export const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;

export const WEEKDAYS = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
] as const;

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
