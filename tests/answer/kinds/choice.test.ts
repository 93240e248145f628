import { describe, expect, it } from "vitest";
import { choiceOptions, offersChoice } from "../../../src/answer/kinds/choice.js";
import { askerOver, firstLine } from "./helpers.js";

const ask = askerOver([
  {
    id: "c1",
    outlet: "Harbour News",
    body: "The talks in Oslo lasted four hours.\n\nIn May, Ivan Petrovsky was head of the ministry's North Sea department.",
  },
  {
    id: "c2",
    outlet: "Daily Courier",
    body: "Ivan Petrovsky, director of the North Baltic department at the ministry, led the delegation in May.",
  },
]);

describe("choice questions", () => {
  it("tells a question offering two options from a yes/no question", () => {
    expect(offersChoice("Were the talks open or closed-door?")).toBe(true);
    expect(offersChoice("Was it the first round or a follow-up?")).toBe(true);
    expect(offersChoice("Are political or security issues on the agenda?")).toBe(false);
    expect(offersChoice("Will the talks go ahead or not?")).toBe(false);
    expect(offersChoice("Did he run the Oslo office or the Bergen office in May?")).toBe(true);
  });

  it("reads the options as the words that tell them apart, names first", () => {
    const options = choiceOptions("Did he run the Oslo office or the Bergen office in May?");
    expect(options?.map((o) => o.text)).toEqual(["the Oslo office", "the Bergen office"]);
    expect(options?.map((o) => [...o.marks])).toEqual([["oslo"], ["bergen"]]);
    const plain = choiceOptions("Was it the first of these meetings or a follow-up?");
    expect(plain?.map((o) => o.text)).toEqual(["the first of these meetings", "a follow-up"]);
  });

  it("is answered by the sentence that settles it, not by yes or no", () => {
    const a = ask("Did the talks in Oslo last four hours or longer?");
    expect(firstLine(a)).not.toMatch(/^(Yes|No)\./);
    expect(a.answer).toContain("four hours");
  });

  it("gives both versions with their outlets when two articles settle it differently", () => {
    const a = ask("Was Petrovsky head of the North Sea or the North Baltic department in May?");
    expect(a.versions?.map((v) => v.outlets)).toEqual([["Harbour News"], ["Daily Courier"]]);
    expect(a.answer).toContain("North Sea");
    expect(a.answer).toContain("North Baltic");
  });

  it("cites every article that takes each option", () => {
    const titles = askerOver([
      {
        id: "t1",
        outlet: "Harbour News",
        body: "In attendance was Jan Berg, Deputy Secretary for Nordic and Baltic Affairs.",
      },
      {
        id: "t2",
        outlet: "Daily Courier",
        body: "The delegation was led by Deputy Secretary for Arctic Affairs Jan Berg.",
      },
      {
        id: "t3",
        outlet: "Evening Post",
        body: "Deputy Secretary for Arctic Affairs Jan Berg also met the press.",
      },
    ]);
    const a = titles("Is Berg Deputy Secretary for Nordic and Baltic affairs or Arctic affairs?");
    expect(a.versions?.map((v) => v.outlets.length).sort()).toEqual([1, 2]);
  });

  it("is read without a verb, in lower case, and as one sentence of several", () => {
    expect(ask("petrovsky's department in may - north sea or north baltic?").versions?.length).toBe(
      2,
    );
    expect(
      ask("Was Petrovsky head of the North Sea or the North Baltic department? Reports differ.")
        .versions?.length,
    ).toBe(2);
  });
});
