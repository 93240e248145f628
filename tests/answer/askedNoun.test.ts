import { describe, expect, it } from "vitest";
import { askedNouns } from "../../src/answer/askedNoun.js";

const asked = (q: string): string[] => [...askedNouns(q)];

describe("askedNouns", () => {
  it("reads the noun after 'what was the'", () => {
    expect(asked("What was the weather in Geneva on the day of the talks?")).toEqual(["weather"]);
  });

  it("reads the noun a which- or what-determiner governs", () => {
    expect(asked("Which hotel did the delegation stay in?")).toEqual(["hotel"]);
    expect(asked("what colour was the minister's car")).toEqual(["colour"]);
  });

  it("reads across a possessive and 'of' to the end of the phrase", () => {
    expect(asked("Who is Petrovsky's wife?")).toEqual(["wife"]);
    expect(asked("What is the name of the minister's deputy?")).toEqual(["name", "deputy"]);
  });

  it("stops at a preposition other than 'of'", () => {
    expect(asked("What's the story behind the quota row between the two capitals?")).toEqual([
      "story",
    ]);
  });

  it("finds no noun when the wh-word is the object of a verb", () => {
    expect(asked("What did the minister say about the quotas?")).toEqual([]);
    expect(asked("How did the talks end?")).toEqual([]);
  });

  it("lets a short lead-in come before the wh-word", () => {
    expect(asked("and what was the outcome")).toEqual(["outcome"]);
  });
});
