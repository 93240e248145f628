import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../../src/answer/answer.js";
import { talksIndex } from "../talksFixture.js";
import { askerOver } from "./helpers.js";

describe("how-long questions", () => {
  it("answer with the length of time the articles give", () => {
    expect(answerQuestion(talksIndex(), "How long did the Geneva talks last?").answer).toMatch(
      /five hours/,
    );
  });
});

describe("how-long questions with numbers written out", () => {
  const ask = askerOver([
    {
      id: "a1",
      outlet: "Harbour News",
      body: "The Oslo talks lasted two and a half hours. Thirty-five delegates attended the Oslo talks.",
    },
  ]);

  it("a fraction is part of the length", () => {
    expect(ask("How long did the Oslo talks last?").answer).toMatch(/^Two and a half hours/);
  });

  it("a false length is refuted with the whole written length", () => {
    const a = ask("Did the Oslo talks last two hours?");
    expect(a.answer).toMatch(/^No\./);
    expect(a.answer).toContain("two and a half hours");
  });

  it("a hyphenated count is one number", () => {
    const a = ask("Did thirty-five delegates attend the Oslo talks?");
    expect(a.answer).toMatch(/^Yes\./);
  });
});

describe("how-long questions answered by a length measured against another event", () => {
  const ask = askerOver([
    {
      id: "d1",
      outlet: "Harbour News",
      body: "A source told the agency that the Bergen meeting is expected to last a few hours longer than the first one.",
    },
  ]);

  it("the sentence answers, quoted whole, with no bare length taken out of it", () => {
    const a = ask("How long is the Bergen meeting expected to last?");
    expect(a.status).toBe("answered");
    expect(a.short).toBeUndefined();
    expect(a.answer).toContain("a few hours longer than the first one");
  });

  it("not for the event it is measured against", () => {
    const other = askerOver([
      {
        id: "d2",
        outlet: "Harbour News",
        body: "The Bergen meeting is expected to last a few hours longer, but could be shorter than the round held in May.",
      },
    ]);
    expect(other("How long did the May round last?").status).toBe("not_found");
  });
});
