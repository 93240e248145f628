import { describe, expect, it } from "vitest";
import { askerOver } from "./helpers.js";

const ask = askerOver([
  {
    id: "a1",
    outlet: "Harbour News",
    body: "Freedonia's ambassador to Ruritania, Olga Berg, attended the talks.\n\nThe Ruritanian trade envoy described the atmosphere in Oslo as cordial and businesslike.",
  },
]);

describe("evidence first, when no short phrase is certain", () => {
  it("the best-supported sentence answers by itself", () => {
    const a = ask("How did the Ruritanian trade envoy describe the atmosphere in Oslo?");
    expect(a.status).toBe("answered");
    expect(a.answer).toContain("cordial and businesslike");
  });

  it("a sentence without the kind of thing asked for never answers a typed question", () => {
    // Asks for a number: the sentence about the envoy holds none.
    expect(ask("How many Ruritanian trade envoys described the atmosphere?").status).toBe(
      "not_found",
    );
  });
});
