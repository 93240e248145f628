import { describe, expect, it } from "vitest";
import { buildTimeline } from "../../src/timeline/build.js";
import { contextSentences } from "../../src/timeline/context.js";
import { makeArticle, makeCorpus } from "../fixtures/articles.js";

describe("undated sentences that speak of an event", () => {
  const article = makeArticle(
    [
      "Delegations will meet in Istanbul on Thursday for a second round.",
      "The first round took place on February 27.",
      "It lasted for more than six hours.",
      "The agenda will also include visa restrictions.",
      "Putin has held two phone calls with Trump.",
      "Last month, delegations met in Saudi Arabia.",
      "Following the talks, Trump signaled he could lift certain sanctions.",
      "Officials described the mood as calm.",
    ].join("\n\n"),
    { id: "a", published: "2025-04-08" },
  );

  const meeting = { meeting: true };
  const dated = new Map([
    [0, meeting],
    [1, meeting],
    [5, meeting],
  ]);

  it("a sentence pointing back at the one before joins that sentence's event", () => {
    const context = contextSentences(article, dated);
    expect(context.get(1)).toContain("It lasted for more than six hours.");
    expect(context.get(5)).toContain(
      "Following the talks, Trump signaled he could lift certain sanctions.",
    );
  });

  it("a sentence about what is to come joins the story's lead; other undated ones join none", () => {
    const context = contextSentences(article, dated);
    expect(context.get(0)).toEqual(["The agenda will also include visa restrictions."]);
    const all = [...context.values()].flat();
    expect(all).not.toContain("Putin has held two phone calls with Trump.");
    expect(all).not.toContain("Officials described the mood as calm.");
  });

  it("'the talks' points back only at a meeting; 'it' at any event", () => {
    const video = makeArticle(
      [
        "A video released on April 10 shows a car at the consulate.",
        "These talks are focused solely on the embassies.",
        "On April 11, the ministry published a statement.",
        "It named no date for the next round.",
      ].join("\n\n"),
      { id: "v", published: "2025-04-12" },
    );
    const other = { meeting: false };
    const context = contextSentences(
      video,
      new Map([
        [0, other],
        [2, other],
      ]),
    );
    expect(context.get(0) ?? []).not.toContain("These talks are focused solely on the embassies.");
    expect(context.get(2)).toContain("It named no date for the next round.");
  });

  it("the built timeline carries them beside each event, not in its sources", () => {
    const events = buildTimeline(makeCorpus([article]));
    const saudi = events.find((e) => e.date === "2025-03");
    expect(saudi?.context).toEqual([
      "Following the talks, Trump signaled he could lift certain sanctions.",
    ]);
    expect(saudi?.sources.map((s) => s.passage).join(" ")).not.toContain("sanctions");
  });
});
