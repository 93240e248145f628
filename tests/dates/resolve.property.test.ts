import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  daysBetween,
  formatDay,
  parseDay,
  precisionOf,
  weekday,
} from "../../src/dates/calendar.js";
import { MONTHS, WEEKDAYS } from "../../src/dates/candidate.js";
import { findTimeExpressions } from "../../src/dates/resolve.js";

const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** Publication dates from 2000 to 2035. */
const refDay = fc
  .integer({ min: 0, max: 13_000 })
  .map((n) => addDays({ year: 2000, month: 1, day: 1 }, n));

const monthDay = fc
  .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ month, day }) => ({ month, day, name: capital(MONTHS[month - 1]!) }));

const weekdayIndex = fc.integer({ min: 0, max: 6 });

/** Sentences made of phrases that do and do not carry dates, joined at random. */
const phrase = fc.constantFrom(
  "The delegations met",
  "will meet",
  "in November",
  "on February 27",
  "last month",
  "last week",
  "in the coming days",
  "in recent years",
  "between 2016 and 2018",
  "in 2016",
  "Thursday",
  "about 2000 people",
  "the end of March",
  "may march",
  "yesterday",
  "over the past decade",
  "on Sundays",
  "12,000",
  "2025-02-27",
  ",",
  ".",
);
const sentence = fc.array(phrase, { maxLength: 12 }).map((parts) => parts.join(" "));

/** Words that alone can justify a single-day date. */
const DAY_EVIDENCE = /\d|day\b|tonight|morning|afternoon|evening/i;

describe("findTimeExpressions invariants", () => {
  it("spans quote the text, are ordered, never overlap, and dates are well formed", () => {
    fc.assert(
      fc.property(fc.oneof(sentence, fc.string()), refDay, (text, ref) => {
        const found = findTimeExpressions(text, formatDay(ref));
        let lastEnd = 0;
        for (const m of found) {
          expect(m.text).toBe(text.slice(m.start, m.end));
          expect(m.start).toBeGreaterThanOrEqual(lastEnd);
          lastEnd = m.end;
          expect(precisionOf(m.date)).toBe(m.precision);
          if (m.dateEnd !== undefined) {
            expect(precisionOf(m.dateEnd)).toBe(m.precision);
            expect(m.dateEnd > m.date).toBe(true);
          }
        }
      }),
    );
  });

  it("a single day is only given where the words name a day", () => {
    fc.assert(
      fc.property(sentence, refDay, (text, ref) => {
        for (const m of findTimeExpressions(text, formatDay(ref))) {
          if (m.precision === "day" && m.dateEnd === undefined) {
            expect(m.text).toMatch(DAY_EVIDENCE);
          }
        }
      }),
    );
  });
});

describe("placing against the publication date", () => {
  it("a reported month and day is within the year up to publication", () => {
    fc.assert(
      fc.property(monthDay, refDay, ({ month, day, name }, ref) => {
        const [m] = findTimeExpressions(`The delegations met on ${name} ${day}.`, formatDay(ref));
        const placed = parseDay(m?.date ?? "");
        expect(placed).not.toBeNull();
        expect([placed!.month, placed!.day]).toEqual([month, day]);
        const back = daysBetween(placed!, ref);
        expect(back).toBeGreaterThanOrEqual(0);
        expect(back).toBeLessThan(366);
      }),
    );
  });

  it("a planned month and day is within the year from publication", () => {
    fc.assert(
      fc.property(monthDay, refDay, ({ month, day, name }, ref) => {
        const [m] = findTimeExpressions(
          `The delegations will meet on ${name} ${day}.`,
          formatDay(ref),
        );
        const placed = parseDay(m?.date ?? "");
        expect([placed?.month, placed?.day]).toEqual([month, day]);
        const ahead = daysBetween(ref, placed!);
        expect(ahead).toBeGreaterThanOrEqual(0);
        expect(ahead).toBeLessThan(366);
      }),
    );
  });

  it("a reported weekday is that weekday within the six days up to publication", () => {
    fc.assert(
      fc.property(weekdayIndex, refDay, (w, ref) => {
        const name = capital(WEEKDAYS[w]!);
        const [m] = findTimeExpressions(
          `Officials held talks ${name} in the capital.`,
          formatDay(ref),
        );
        const placed = parseDay(m?.date ?? "")!;
        expect(weekday(placed)).toBe(w);
        expect(daysBetween(placed, ref)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(placed, ref)).toBeLessThan(7);
      }),
    );
  });

  it("a planned weekday is that weekday within the six days from publication", () => {
    fc.assert(
      fc.property(weekdayIndex, refDay, (w, ref) => {
        const name = capital(WEEKDAYS[w]!);
        const [m] = findTimeExpressions(`Officials will hold talks on ${name}.`, formatDay(ref));
        const placed = parseDay(m?.date ?? "")!;
        expect(weekday(placed)).toBe(w);
        expect(daysBetween(ref, placed)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(ref, placed)).toBeLessThan(7);
      }),
    );
  });

  it("a reported month alone is a month, and not after the publication month", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), refDay, (month, ref) => {
        const name = capital(MONTHS[month - 1]!);
        const [m] = findTimeExpressions(
          `In ${name}, the ministry reported progress.`,
          formatDay(ref),
        );
        expect(m?.precision).toBe("month");
        const [y, mm] = (m?.date ?? "").split("-").map(Number);
        expect(mm).toBe(month);
        const monthsBack = (ref.year - y!) * 12 + (ref.month - month);
        expect(monthsBack).toBeGreaterThanOrEqual(0);
        expect(monthsBack).toBeLessThan(12);
      }),
    );
  });

  it("a written year is that year at year precision whatever the publication date", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2099 }), refDay, (year, ref) => {
        expect(findTimeExpressions(`In ${year}, the embassy was closed.`, formatDay(ref))).toEqual([
          { start: 3, end: 7, text: String(year), date: String(year), precision: "year" },
        ]);
      }),
    );
  });
});
