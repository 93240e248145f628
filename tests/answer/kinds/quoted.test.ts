import { describe, expect, it } from "vitest";
import { askerOver } from "./helpers.js";

const ask = askerOver([
  {
    id: "q1",
    outlet: "Harbour News",
    body:
      "Mayor Hilde Sand's office said the ferry delays had become a 'tangle of timetables' for commuters.\n\n" +
      "Sand called the new harbour tax “a burden on families” at Monday's council meeting.",
  },
]);

describe("questions asking for the words someone used", () => {
  it("are answered by the quoted expression, in quotes", () => {
    expect(ask("What phrase did Sand use for the ferry delays?").short).toBe(
      '"tangle of timetables"',
    );
  });

  it("take the quote from the sentence about the thing asked, not another quote nearby", () => {
    expect(ask("What words did Sand use to describe the new harbour tax?").short).toBe(
      '"a burden on families"',
    );
  });

  it("decline when no sentence quotes words for the thing asked", () => {
    expect(ask("What phrase did Sand use for the bridge repairs?").status).toBe("not_found");
  });
});
