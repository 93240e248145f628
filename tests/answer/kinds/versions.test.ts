import { describe, expect, it } from "vitest";
import { factAsked } from "../../../src/answer/versions.js";
import { askerOver } from "./helpers.js";

const ask = askerOver([
  {
    id: "a1",
    outlet: "Harbour News",
    body: "The first round of the fishing talks took place on March 3 in Oslo, where both delegations presented their quota proposals, officials said.",
  },
  {
    id: "a2",
    outlet: "Daily Courier",
    body: "According to the ministry, the first round of the fishing talks took place on March 5, a week later than planned.",
  },
]);

describe("versions the sources give", () => {
  it("two articles giving different dates for one event are both reported, with their outlets", () => {
    const a = ask("When did the first round of the fishing talks take place?");
    expect(a.answer).toMatch(/sources differ/i);
    expect(a.answer).toContain("March 3");
    expect(a.answer).toContain("March 5");
    expect(a.answer).toContain("Harbour News");
    expect(a.answer).toContain("Daily Courier");
  });

  it("a terser report of the same event, far behind on score, is still a version", () => {
    const terse = askerOver([
      {
        id: "b1",
        outlet: "Harbour News",
        body: "The first meeting between Freedonian and Ruritanian fisheries delegations took place in Bergen on March 3, focusing on quotas and port fees.",
      },
      {
        id: "b2",
        outlet: "Daily Courier",
        body: "Freedonian and Ruritanian fisheries delegations will meet in Oslo on Thursday for the second round of talks on quotas.\n\nThe first such meeting took place on May 9.",
      },
    ]);
    const a = terse("When did the first meeting between the fisheries delegations take place?");
    expect(a.answer).toMatch(/sources differ/i);
    expect(a.answer).toContain("March 3");
    expect(a.answer).toContain("May 9");
  });

  it("a question about agreement between sources asks for the fact itself", () => {
    expect(factAsked("Do the outlets agree on Petrov's title?")).toBe("What is Petrov's title?");
    expect(factAsked("What is Petrov's exact title? The reports don't seem to match.")).toBe(
      "What is Petrov's title?",
    );
    expect(factAsked("Did they agree on anything?")).toBeNull();
  });
});
