import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  mayHoldQualifier,
  monthBounds,
  qualifierKind,
  withinMonthBounds,
} from "../../src/answer/qualifiers.js";
import { tokenize } from "../../src/search/tokens.js";

describe("mayHoldQualifier", () => {
  it("is never false for a text with a word that is a qualifier", () => {
    const piece = fc.constantFrom(
      ..."First|SECOND|l.a.s.t.|Feb.ruary|april's|Thursday’s|next|tuesdays|née|Ａpril|talks| |.|'|’|-|x".split(
        "|",
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const text = pieces.join("");
        const holds = tokenize(text).some((t) => qualifierKind(t.norm) !== undefined);
        if (holds) expect(mayHoldQualifier(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("is false for a plain sentence that names no month, weekday, ordinal or relative word", () => {
    expect(mayHoldQualifier("The delegations discussed embassy staffing in Istanbul.")).toBe(false);
    expect(mayHoldQualifier("The second round was held in Istanbul.")).toBe(true);
  });
});

describe("monthBounds", () => {
  it("'after February' and 'before June' bound the asked time on either side", () => {
    const bounds = monthBounds("what happened after February but before June?");
    expect(bounds).toEqual({ after: 2, before: 6 });
    expect(
      ["2024-02-27", "2024-03-01", "2024-06-02", "2024"].map((d) => withinMonthBounds(d, bounds)),
    ).toEqual([false, true, false, true]);
  });

  it("a month named without such a word bounds nothing", () => {
    expect(monthBounds("what was agreed in February?")).toEqual({});
    expect(withinMonthBounds("2024-02-27", {})).toBe(true);
  });
});
