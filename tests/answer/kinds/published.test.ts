import { describe, expect, it } from "vitest";
import { askerOver, firstLine } from "./helpers.js";

const ask = askerOver([
  {
    id: "p1",
    outlet: "Harbour News",
    published: "2024-06-14",
    body: "Ruritanian and Freedonian diplomats held talks in Oslo on Thursday on fishing quotas.",
  },
  {
    id: "p2",
    outlet: "Daily Courier",
    published: "2024-06-20",
    body: "A second round of talks on fishing quotas will take place in Bergen next month.",
  },
]);

describe("publication questions", () => {
  it("give the date the named outlet's article carries, with that article cited", () => {
    const a = ask("What date did Harbour News run its story on the Oslo talks?");
    expect(firstLine(a)).toBe(
      "Friday, June 14, 2024. Harbour News published the article that day.",
    );
    expect(a.sources.map((s) => s.outlet)).toEqual(["Harbour News"]);
  });

  it("without an outlet, give the date of the article about what is asked", () => {
    const a = ask("When was the article on the second round in Bergen published?");
    expect(a.short).toBe("Thursday, June 20, 2024");
  });

  it("decline when the named outlet's articles are about something else", () => {
    expect(ask("When did Daily Courier publish its report on the Oslo talks?").status).toBe(
      "not_found",
    );
  });
});
