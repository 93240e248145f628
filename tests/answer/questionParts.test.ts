import { describe, expect, it } from "vitest";
import { answerInParts, resolvedSecond, splitQuestion } from "../../src/answer/questionParts.js";
import { askerOver } from "./kinds/helpers.js";

describe("splitQuestion", () => {
  it("splits a question for a name and a second one pointing back at it", () => {
    expect(splitQuestion("Who led the Freedonian team, and what is her title?")).toEqual({
      first: "Who led the Freedonian team?",
      second: "what is her title?",
    });
    expect(splitQuestion("which paper broke the story and when did it run it")).toEqual({
      first: "which paper broke the story?",
      second: "when did it run it",
    });
  });

  it("leaves whole a question whose 'and' joins two things asked of one", () => {
    expect(splitQuestion("What did the minister say about quotas and the agenda?")).toBeNull();
    expect(splitQuestion("How long did the talks last, and was it open?")).toBeNull();
    expect(splitQuestion("Who led the team and what was agreed?")).toBeNull();
  });
});

describe("resolvedSecond", () => {
  it("puts the first answer in place of the first pronoun, a possessive as a possessive", () => {
    expect(resolvedSecond("what is her title?", "Maria Lindqvist")).toBe(
      "what is Maria Lindqvist's title?",
    );
    expect(resolvedSecond("when did it run it", "Harbour News")).toBe(
      "when did Harbour News run it",
    );
  });
});

describe("answerInParts", () => {
  const ask = askerOver([
    {
      id: "p1",
      outlet: "Harbour News",
      body: "The Freedonian delegation was led by Maria Lindqvist, Freedonia's Secretary for Trade.\n\nLindqvist said quotas for cod would be cut by a tenth.",
    },
  ]);

  it("answers both parts, the second asked of the first's answer", () => {
    const a = ask("Who led the Freedonian delegation, and what did she say about cod?");
    expect(a.status).toBe("answered");
    expect(a.answer).toMatch(/^Maria Lindqvist/u);
    expect(a.answer).toContain("quotas for cod would be cut");
  });

  it("asks the second part of the person the first names, not of the answer about them", () => {
    const a = ask("Who is Maria Lindqvist and what did she say about cod?");
    expect(a.answer).toContain("quotas for cod would be cut");
  });

  it("answers the first part alone and says the rest is not answered", () => {
    const a = ask("Who led the Freedonian delegation, and when did she arrive in Oslo?");
    expect(a.status).toBe("answered");
    expect(a.answer).toMatch(/^Maria Lindqvist/u);
    expect(a.answer).toContain("The articles don't answer the rest (\"when did she arrive");
  });

  it("a first part asking a date of a person it names lends the second that person", () => {
    expect(
      splitQuestion("When did Maria Lindqvist arrive, and what did she say about cod?"),
    ).toEqual({
      first: "When did Maria Lindqvist arrive?",
      second: "what did she say about cod?",
      person: "Maria Lindqvist",
    });
    expect(resolvedSecond("who replaced him?", "Ivan Petrovsky", true)).toBe(
      "who replaced Ivan Petrovsky?",
    );
    const a = ask("Which delegation did Maria Lindqvist lead, and what did she say about cod?");
    expect(a.answer).toContain("quotas for cod would be cut");
  });

  it("leaves a question it cannot split to be answered whole", () => {
    expect(
      answerInParts("Who led the Freedonian delegation?", () => {
        throw new Error("not asked");
      }),
    ).toBeUndefined();
  });
});
