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

/**
 * A month written short in a question ("the feb talks", "Sept. 3") spelt out. "Mar" and "May"
 * are left alone: they are words in their own right.
 */
export function spellOutMonths(text: string): string {
  return text.replace(
    /\b(jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?/giu,
    (word: string, short: string) => {
      const i = MONTHS.findIndex((m) => m.startsWith(short.toLowerCase().slice(0, 3)));
      const name = i < 0 ? undefined : monthName(i + 1);
      if (!name) return word;
      return short[0] === short[0]!.toUpperCase() ? name : name.toLowerCase();
    },
  );
}
