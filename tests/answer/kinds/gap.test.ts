import { describe, expect, it } from "vitest";
import { askerOver } from "./helpers.js";

describe("how long something had stopped", () => {
  const ask = askerOver([
    {
      id: "g1",
      outlet: "Harbour News",
      body: "The mayors of Arlen and Brisk held talks on Monday, their first contact in more than five years. The talks lasted six hours.",
    },
    {
      id: "g2",
      outlet: "Valley Post",
      body: "Contact between Arlen and Brisk had been almost cut off for about five years before the Monday talks.",
    },
  ]);

  it("gives each article's version of the gap, with its outlet", () => {
    const a = ask("How long had contact between Arlen and Brisk been frozen before the talks?");
    expect(a.status).toBe("answered");
    expect(a.answer).toContain("more than five years");
    expect(a.answer).toContain("about five years");
    expect(a.answer).toContain("Harbour News");
    expect(a.answer).toContain("Valley Post");
  });

  it("is answered by the gap, never by a length something went on", () => {
    const a = ask("How long had talks between Arlen and Brisk been suspended?");
    expect(a.answer).toMatch(/five years/);
    expect(a.answer).not.toMatch(/six hours/);
  });

  it("a plain how-long question still gets the length of the event", () => {
    expect(ask("How long did the talks between Arlen and Brisk last?").answer).toMatch(
      /^Six hours/,
    );
  });
});
