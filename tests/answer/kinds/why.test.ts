import { describe, expect, it } from "vitest";
import { askerOver } from "./helpers.js";

const ask = askerOver([
  {
    id: "a1",
    outlet: "Harbour News",
    body: "Resuming ferry services would give a fresh impetus to trade, the minister said.\n\nFerry services between the two countries were halted because of a dispute over port fees.",
  },
]);

describe("why questions", () => {
  it("the reason comes from the sentence about what is asked, not from any reason-like phrase", () => {
    const a = ask("Why were ferry services between the two countries halted?");
    expect(a.status).toBe("answered");
    expect(a.answer).toContain("dispute over port fees");
    expect(a.answer).not.toContain("fresh impetus");
  });
});
