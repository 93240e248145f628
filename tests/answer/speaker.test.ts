import { describe, expect, it } from "vitest";
import { analyseQuestion } from "../../src/answer/analyse.js";
import { askedSpeaker } from "../../src/answer/speaker.js";
import { askerOver } from "./kinds/helpers.js";
import { talksIndex } from "./talksFixture.js";

describe("the speaker a question asks about", () => {
  it("is the words between the auxiliary and the verb of saying", () => {
    const words = (q: string): string[] =>
      askedSpeaker(analyseQuestion(talksIndex(), q)).map((t) => t.norm);
    expect(words("When did Freedonia's ministry say the talks would resume?")).toEqual([
      "freedonia",
      "ministry",
    ]);
    expect(words("When will the talks resume?")).toEqual([]);
  });

  it("someone else's statement about the asked speaker is no answer of theirs", () => {
    const ask = askerOver([
      {
        id: "sp1",
        outlet: "Harbour News",
        body: [
          "The Ruritanian ambassador, Olga Berg, arrived in Geneva on Monday for the second round.",
          "The upcoming talks will focus on fishing quotas, the ministry told Ruritanian media outlets on Tuesday.",
        ].join("\n\n"),
      },
    ]);
    const theirs = "What did the Ruritanian ambassador say the upcoming talks would focus on?";
    expect(ask(theirs).status).toBe("not_found");
    const ministry = ask("What did the ministry tell Ruritanian media the talks would focus on?");
    expect(ministry.answer).toMatch(/fishing quotas/u);
  });

  it("after a quote, the one named right by the verb of saying is the one who said it", () => {
    const ask = askerOver([
      {
        id: "sp2",
        outlet: "Harbour News",
        body: [
          "The delegations arrived in Geneva on Monday for the fishing talks.",
          '"These talks are about trawler quotas and nothing else," said the Ruritanian envoy, Olga Berg.',
        ].join("\n\n"),
      },
    ]);
    const a = ask("What did the Ruritanian envoy say the fishing talks are about?");
    expect(a.status).toBe("answered");
    expect(a.answer).toMatch(/trawler quotas/u);
  });
});
