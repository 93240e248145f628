import { describe, expect, it } from "vitest";
import { askerOver } from "./helpers.js";

const ask = askerOver([
  {
    id: "a1",
    outlet: "Harbour News",
    published: "2024-06-14",
    body: "Ferry services between Ruritania and Freedonia were suspended shortly after the border dispute began.\n\nOn Thursday, officials met in Oslo to discuss trade.",
  },
  {
    id: "a2",
    outlet: "Daily Courier",
    published: "2024-06-20",
    body: "The next round of talks will be held in Bergen in September, the ministry said on Monday.",
  },
]);

describe("when questions", () => {
  it("an event placed by another event is answered with that event, not an unrelated date", () => {
    const a = ask("When were ferry services between Ruritania and Freedonia suspended?");
    expect(a.status).toBe("answered");
    expect(a.answer).toContain("shortly after the border dispute began");
  });

  it("'when will' is not answered by a sentence about the past", () => {
    const a = ask("When will ferry services resume?");
    expect(a.answer).not.toContain("suspended");
  });
});
