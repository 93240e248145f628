import { describe, expect, it } from "vitest";
import { analyseQuestion } from "../../src/answer/analyse.js";
import { cleanQuestion, MAX_QUESTION_CHARS } from "../../src/answer/clean.js";
import { talksIndex } from "./talksFixture.js";

const analyse = (q: string) => analyseQuestion(talksIndex(), q);

describe("analyseQuestion: what kind of answer is wanted", () => {
  it.each([
    ["Who led the Ruritanian delegation?", "who"],
    ["When did the delegations meet?", "when"],
    ["On what date did they meet?", "when"],
    ["In what year were the trawlers seized?", "when"],
    ["Where were the talks held?", "where"],
    ["Which city hosted the talks?", "where"],
    ["Which officials led the delegations?", "who"],
    ["Which two diplomats met in Geneva?", "who"],
    ["How many trawlers were seized?", "count"],
    ["How long did the talks last?", "duration"],
    ["How many hours did the talks last?", "duration"],
    ["How much longer will the talks go on?", "duration"],
    ["Why were the trawlers seized?", "why"],
    ["What was the point of the joint steps?", "why"],
    ["What is the goal of the Oslo round?", "why"],
    ["What was the reason for the seizure?", "why"],
    ["Are military issues on the agenda?", "yesno"],
    ["Did Freedonia seize trawlers?", "yesno"],
    ["What issues are on the agenda?", "list"],
    ["Which department does Petrovsky head?", "what"],
    ["What did the spokesman say?", "what"],
  ])("%s → %s", (question, type) => {
    expect(analyse(question).type).toBe(type);
  });

  it.each([
    ["bergen ferry talks date?", "when"],
    ["date of the Oslo summit", "when"],
    ["harbour summit location?", "where"],
    ["date night plans in Oslo", "what"],
  ])("a question typed as a noun phrase is read by its head noun: %s", (q, type) => {
    expect(analyse(q).type).toBe(type);
  });

  it("a polite wrapper does not hide the real question", () => {
    expect(analyse("Can you tell me who led the Ruritanian delegation?").type).toBe("who");
  });

  it("a misspelt question word is still read", () => {
    expect(analyse("Wich department does Petrovsky head?").focus.map((t) => t.norm)).toEqual([
      "department",
    ]);
  });

  it("an English word one letter from a question word is not read as it, whatever the articles write", () => {
    // The invented articles never write "were": it is still no slip for "where".
    const a = analyse("Did Lindqvist say the trawlers were not on the agenda?");
    expect(a.type).toBe("yesno");
    expect(analyse("wher did Petrovsky meet Lindqvist").type).toBe("where");
  });

  it("a person named after the asked noun starts a clause of its own: the verb follows the name", () => {
    const a = analyse("what's the frank meeting lindqvist keeps mentioning");
    expect(a.focus.map((t) => t.norm)).toEqual(["frank", "meeting"]);
    expect(a.focusVerb?.norm).toBe("keeps");
  });

  it("a name before the asked noun stays part of it", () => {
    expect(analyse("What's the Lindqvist meeting about?").focus.map((t) => t.norm)).toEqual([
      "lindqvist",
      "meeting",
    ]);
  });

  it("a closing quotation mark ends the asked phrase", () => {
    const a = analyse("what's the 'frank meeting' everyone keeps mentioning");
    expect(a.focus.map((t) => t.norm)).toEqual(["frank", "meeting"]);
  });

  it("'who is' a known person asks for a definition of that person, in any spelling", () => {
    const a = analyse("who is petrovskiy");
    expect(a.type).toBe("definition");
    expect(a.subject.map((t) => t.norm)).toEqual(["petrovskiy"]);
  });

  it("'who is' a name with a slip in its short first name still asks for a definition", () => {
    // "ivn" is too short for the general spelling correction: one slip from a name it is.
    const a = analyse("who is ivn petrovsky");
    expect(a.type).toBe("definition");
    expect(a.subject.map((t) => t.norm)).toEqual(["ivn", "petrovsky"]);
  });

  it("'who is the' title asks for the holder of that title", () => {
    const a = analyse("Who is the Trade Secretary?");
    expect(a.type).toBe("who");
    expect(a.asksForHolder).toBe(true);
  });

  it("'what is X's title' is a definition question about X", () => {
    expect(analyse("What is Lindqvist's title?").type).toBe("definition");
  });

  it("the question frame is not content to be matched", () => {
    expect(analyse("How many trawlers were seized?").content.map((t) => t.norm)).toEqual([
      "trawlers",
      "seized",
    ]);
  });

  it("'when will' asks about the future", () => {
    expect(analyse("When will the talks resume?").future).toBe(true);
    expect(analyse("When did the talks resume?").future).toBe(false);
  });

  it("a post asked for with an adjective before it ('official title') still asks who someone is", () => {
    expect(analyse("What is Maria Lindqvist's official title?").type).toBe("definition");
  });

  it("a month written short is read as the month", () => {
    expect(analyse("how long did the feb talks last").content.map((t) => t.norm)).toContain(
      "february",
    );
  });

  it("'which day of the week' asks when, and its words are no part of what is asked", () => {
    const a = analyse("Which day of the week did the round fall on?");
    expect(a.type).toBe("when");
    expect(a.content.map((t) => t.norm)).not.toContain("week");
  });

  it("a second noun of the same kind ('what city and country') only says what is asked", () => {
    const a = analyse("In what city and country did the talks take place?");
    expect(a.type).toBe("where");
    expect(a.content.map((t) => t.norm)).not.toContain("country");
    expect(a.content.map((t) => t.norm)).toContain("talks");
  });

  it("a mistyped function word is dropped, a number word one letter from one is kept", () => {
    expect(analyse("wat did the minister say?").content.map((t) => t.norm)).toEqual([
      "minister",
      "say",
    ]);
    expect(analyse("Did they seize ten trawlers?").content.map((t) => t.norm)).toContain("ten");
  });

  it("a plan reported with 'would' asks about a time to come, a role reported with it not", () => {
    expect(analyse("When did the ministry say the talks would be held?").future).toBe(true);
    expect(analyse("When did officials say the ferries would resume?").future).toBe(true);
    expect(analyse("When did the paper report that she would be the envoy?").future).toBe(false);
  });

  it("a plan reported with 'was expected to' or 'was due to' asks about a time to come", () => {
    expect(analyse("When was the next round expected to take place?").future).toBe(true);
    expect(analyse("When were the ferries due to resume?").future).toBe(true);
    expect(analyse("When was the round held?").future).toBe(false);
    expect(analyse("Why was the delay expected?").future).toBe(false);
  });

  it("two actors joined by 'and' are both the subject", () => {
    const actor = analyse("When will Freedonia and the Ruritanian side sign the deal?").actor;
    expect(actor?.subject.map((t) => t.text)).toEqual(["Freedonia", "Ruritanian", "side"]);
    expect(actor?.verb.text).toBe("sign");
  });

  it("the actor between auxiliary and verb is recognised", () => {
    const actor = analyse("How many trawlers did Freedonia seize?").actor;
    expect(actor?.subject.map((t) => t.text)).toEqual(["Freedonia"]);
    expect(actor?.verb.text).toBe("seize");
  });

  it("'back' after a verb is what is asked (a return); 'back in' a year is only a time", () => {
    const content = (q: string): string[] => analyse(q).content.map((t) => t.norm);
    expect(content("What did Freedonia want back?")).toContain("back");
    expect(content("How many trawlers did Ruritania demand back from Freedonia?")).toContain(
      "back",
    );
    expect(content("What happened back in 2022?")).not.toContain("back");
  });

  it("'tell us' keeps the pronoun out of the content", () => {
    expect(analyse("Tell us who led the talks").content.map((t) => t.norm)).not.toContain("us");
  });

  it("the verb a what-question asks the object of is past saying and wanting", () => {
    expect(
      analyse("What did Petrovsky say Ruritania wants Freedonia to return?").objectVerb?.norm,
    ).toBe("return");
    expect(
      analyse("What did Petrovsky say about the talks after they ended?").objectVerb,
    ).toBeUndefined();
    expect(analyse("What did Freedonia seize?").objectVerb?.norm).toBe("seize");
  });
});

describe("cleanQuestion", () => {
  it("removes control characters, defuses mentions and collapses spaces", () => {
    expect(cleanQuestion("who\u0000 led  <@123456> @everyone\tthe talks?")).toBe(
      "who led everyone the talks?",
    );
  });

  it("caps the length", () => {
    expect(cleanQuestion("a".repeat(5000))).toHaveLength(MAX_QUESTION_CHARS);
  });

  it("turns anything that is not a string into an empty question", () => {
    expect(cleanQuestion(undefined)).toBe("");
    expect(cleanQuestion(42)).toBe("");
  });
});
