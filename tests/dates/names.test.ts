import { describe, expect, it } from "vitest";
import { spellOutMonths } from "../../src/dates/names.js";

describe("months written short", () => {
  it("are spelt out, keeping a capital where the question had one", () => {
    expect(spellOutMonths("how long were the feb talks")).toBe("how long were the february talks");
    expect(spellOutMonths("Was it on Sept. 3 or Oct 4?")).toBe(
      "Was it on September 3 or October 4?",
    );
  });

  it("leave words that are months' short forms and words of their own alone", () => {
    expect(spellOutMonths("Did the row mar the May talks?")).toBe("Did the row mar the May talks?");
    expect(spellOutMonths("a junior official")).toBe("a junior official");
  });
});
