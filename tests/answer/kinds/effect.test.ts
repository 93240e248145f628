import { describe, expect, it } from "vitest";
import { analyseQuestion } from "../../../src/answer/analyse.js";
import { talksIndex } from "../talksFixture.js";
import { askerOver } from "./helpers.js";

const ask = askerOver([
  {
    id: "e1",
    outlet: "Harbour News",
    body:
      "The storm season in 2021 badly damaged the northern piers and led to higher ferry fares.\n\n" +
      "Talks aimed at improving ferry fares will take place in Bergen in May.",
  },
]);

describe("questions about an effect", () => {
  it("'how did X affect Y' asks for an effect, not for a manner", () => {
    expect(analyseQuestion(talksIndex(), "How did the storms affect the fishing fleet?").type).toBe(
      "effect",
    );
    expect(analyseQuestion(talksIndex(), "How did the delegations travel?").type).toBe("what");
  });

  it("is answered by what the sentence naming the cause says came of it", () => {
    const a = ask("How did the 2021 storm season affect ferry fares?");
    expect(a.status).toBe("answered");
    expect(a.short).toBe("The northern piers; higher ferry fares");
  });

  it("is not answered by a sentence naming only what was affected", () => {
    expect(ask("How did the new harbour tax affect ferry fares?").status).toBe("not_found");
  });
});
