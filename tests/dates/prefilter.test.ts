import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findAbsoluteDates } from "../../src/dates/absolute.js";
import { mayNameMonth } from "../../src/dates/candidate.js";
import { findDateRanges } from "../../src/dates/ranges.js";
import { findRelativeDates, mayBeRelative } from "../../src/dates/relative.js";
import { findTimeExpressions } from "../../src/dates/resolve.js";
import { findYears, mayHoldYear } from "../../src/dates/years.js";

/**
 * analyseTimeExpressions only runs a parser on a text that passes its cheap test. The tests must
 * never turn away a text the parser finds something in, or dates would silently go missing.
 */

const TOKENS = [
  ...["January", "February", "March", "May", "June", "September", "December"],
  ...["Jan.", "Feb", "Sept.", "Sep", "Dec", "march", "may", "june", "MARCH"],
  ...["Monday", "Thursday", "Sunday", "thursday", "Mondays"],
  ...["yesterday", "today", "tonight", "tomorrow", "morning", "evening", "afternoon"],
  ...["week", "weeks", "month", "months", "year", "years", "decade", "ago", "Ago"],
  ...["last", "next", "this", "earlier", "later", "the", "day", "before", "after"],
  ...["2016", "2018", "1990s", "2025", "18", "27", "3", "1st", "22nd", "200", "1000"],
  ...["in", "on", "between", "and", "from", "to", "until", "through", "of", "since"],
  ...["met", "will", "held", "talks", "Istanbul", "a", "two", "three"],
  ...[",", ".", "-", "–", "'s", "(", ")", "$"],
];

const text = fc
  .array(fc.tuple(fc.constantFrom(...TOKENS), fc.constantFrom(" ", "", "  ", "\n")), {
    minLength: 1,
    maxLength: 14,
  })
  .map((parts) => parts.map(([t, gap]) => t + gap).join(""));

describe("the cheap tests before each date parser", () => {
  it("turn away only texts the parser finds nothing in", () => {
    fc.assert(
      fc.property(text, (t) => {
        if (!mayNameMonth(t)) {
          expect(findAbsoluteDates(t)).toEqual([]);
          expect(findDateRanges(t)).toEqual([]);
        }
        if (!mayHoldYear(t)) expect(findYears(t)).toEqual([]);
        if (!mayBeRelative(t)) expect(findRelativeDates(t)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it("let through the texts each parser reads", () => {
    const examples: Array<[string, (t: string) => boolean]> = [
      ["The talks were held on February 27.", mayNameMonth],
      ["Between 18 and 27 Feb. 2025 they met.", mayNameMonth],
      ["In 2016, the administration expelled 35 diplomats.", mayHoldYear],
      ["The 1990s were quieter.", mayHoldYear],
      ["Delegations met yesterday.", mayBeRelative],
      ["They will meet tonight.", mayBeRelative],
      ["They met Thursday.", mayBeRelative],
      ["Two weeks ago they met.", mayBeRelative],
    ];
    for (const [t, test] of examples) expect(test(t), t).toBe(true);
  });

  it("a text with no date words yields no time expression", () => {
    expect(
      findTimeExpressions("The embassy staff discussed property and flights.", "2025-02-28"),
    ).toEqual([]);
  });
});
