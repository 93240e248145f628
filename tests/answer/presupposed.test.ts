import { describe, expect, it } from "vitest";
import type { Premise } from "../../src/answer/kinds/premise.js";
import {
  countsSameThing,
  premiseHolds,
  presupposedQuestion,
} from "../../src/answer/presupposed.js";
import { tokenize, type Token } from "../../src/search/tokens.js";
import { askerOver, firstLine } from "./kinds/helpers.js";

/** The tokens of `text` spelling `words`, in order, as the question analysis gives them. */
function tokensOf(text: string, ...words: string[]): Token[] {
  const tokens = tokenize(text);
  return words.map((w) => tokens.find((t) => t.text === w)!);
}

/** The date "March 3" as the question `text` asserts it. */
function march3In(text: string): Premise {
  return { kind: "date", tokens: tokensOf(text, "March", "3"), month: 3, day: 3 };
}

describe("the question a yes/no question takes for granted", () => {
  it("a date at the end becomes a when-question without it", () => {
    const text = "Was the harbour meeting held on March 3?";
    expect(presupposedQuestion(text, march3In(text))).toBe("When was the harbour meeting held?");
  });

  it("a city after the verb becomes a which-city question", () => {
    const text = "Did the ferry talks take place in Bergen?";
    const premise: Premise = {
      kind: "place",
      tokens: tokensOf(text, "Bergen"),
      stems: new Set(["bergen"]),
    };
    expect(presupposedQuestion(text, premise)).toBe(
      "In which city did the ferry talks take place?",
    );
  });

  it("a building after the verb becomes a where-question", () => {
    const text = "Did the ferry talks take place at the harbour office?";
    const premise: Premise = {
      kind: "place",
      tokens: tokensOf(text, "harbour", "office"),
      stems: new Set(["harbour", "offic"]),
    };
    expect(presupposedQuestion(text, premise)).toBe("Where did the ferry talks take place?");
  });

  it("a length of time becomes how long, its hedge left out", () => {
    const text = "Did the talks last more than seven hours?";
    const [seven, hours] = tokensOf(text, "seven", "hours");
    const premise: Premise = { kind: "number", tokens: [seven!], value: 7, unit: hours! };
    expect(presupposedQuestion(text, premise)).toBe("How long did the talks last?");
  });

  it("a count becomes how many of the counted thing, the rest kept in place", () => {
    const text = "Did Ruritania seize nine fishing trawlers in 2022?";
    const [nine, trawlers] = tokensOf(text, "nine", "trawlers");
    const premise: Premise = { kind: "number", tokens: [nine!], value: 9, unit: trawlers! };
    expect(presupposedQuestion(text, premise)).toBe(
      "How many fishing trawlers did Ruritania seize in 2022?",
    );
  });

  it("a question that opens with no auxiliary is left alone", () => {
    const text = "Who met the envoy on March 3?";
    const premise = march3In(text);
    expect(presupposedQuestion(text, premise)).toBeNull();
  });
});

describe("the asserted value against the one the articles give", () => {
  const march3: Premise = { kind: "date", tokens: [], month: 3, day: 3 };
  const oslo: Premise = { kind: "place", tokens: [], stems: new Set(["oslo"]) };

  it("another month or day refutes a date; the same one confirms it", () => {
    expect(premiseHolds(march3, "Thursday, May 4, 2023")).toBe(false);
    expect(premiseHolds(march3, "March 9, 2023")).toBe(false);
    expect(premiseHolds(march3, "Friday, March 3, 2023")).toBe(true);
  });

  it("a month alone, or a range of months, settles no day", () => {
    expect(premiseHolds(march3, "March 2023")).toBeUndefined();
    expect(premiseHolds(march3, "Between March and May")).toBeUndefined();
  });

  it("a different number refutes a count; the same one confirms it", () => {
    const nine: Premise = { kind: "number", tokens: [], value: 9, unit: tokenize("trawlers")[0]! };
    expect(premiseHolds(nine, "Five fishing trawlers")).toBe(false);
    expect(premiseHolds(nine, "9 trawlers")).toBe(true);
  });

  it("a place is refuted by another, and not by the same place told more closely", () => {
    expect(premiseHolds(oslo, "At the town hall in Bergen")).toBe(false);
    expect(premiseHolds(oslo, "At the town hall in Oslo")).toBe(true);
    const hall: Premise = { kind: "place", tokens: [], stems: new Set(["town", "hall", "oslo"]) };
    expect(premiseHolds(hall, "In Oslo")).toBeUndefined();
  });
});

describe("which answers can refute a count", () => {
  const count = (text: string, unit: string): Premise => ({
    kind: "number",
    tokens: [],
    value: 6,
    unit: tokensOf(text, unit)[0]!,
  });

  it("a count of the same thing, never of another near in meaning", () => {
    const premise = count("Did they close six properties?", "properties");
    expect(countsSameThing(premise, "Two Russian properties")).toBe(true);
    expect(countsSameThing(premise, "Two Russian compounds")).toBe(false);
  });

  it("any length answers a length, any count of events answers how many times", () => {
    expect(countsSameThing(count("Did it last six hours?", "hours"), "Two days")).toBe(true);
    expect(countsSameThing(count("Did they meet six times?", "times"), "Two calls")).toBe(true);
  });
});

describe("yes/no answered through the question it takes for granted", () => {
  const ask = askerOver([
    {
      id: "p1",
      outlet: "Harbour News",
      published: "2024-06-14",
      body: "Ruritanian and Freedonian officials will meet again in Oslo next week.\n\nThe first such meeting took place on May 4. It lasted for more than six hours and was held behind closed doors.",
    },
    {
      id: "p2",
      outlet: "Daily Courier",
      body: "Ruritania has had no consul in Freedonia since Olga Varga went back to the capital in March.",
    },
  ]);

  it("a wrong date for an event the articles date is answered No, with their date", () => {
    const a = ask("Was the first meeting held on March 4?");
    expect(firstLine(a)).toMatch(/^No\. The articles give .*May 4/u);
    expect(a.sources[0]?.outlet).toBe("Harbour News");
  });

  it("the same value found that way is no yes: the sentence must say it for that", () => {
    const a = ask("Did Olga Varga go back to the capital in March?");
    expect(firstLine(a)).not.toMatch(/^No\./u);
  });
});
