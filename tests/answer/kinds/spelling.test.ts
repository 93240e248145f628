import { describe, expect, it } from "vitest";
import { describedPerson } from "../../../src/answer/kinds/spelling.js";
import { askerOver, firstLine } from "./helpers.js";

const ask = askerOver([
  {
    id: "s1",
    outlet: "Harbour News",
    body: "The Ruritanian delegation was led by Aleksei Petrovsky, the deputy foreign minister.\n\nMaria Lindqvist, Freedonia's trade secretary, attended.",
  },
  {
    id: "s2",
    outlet: "Daily Courier",
    body: "Deputy Foreign Minister Alexei Petrovsky led the Ruritanian side in Oslo. Maria Lindqvist also attended.",
  },
  {
    id: "s3",
    outlet: "Evening Post",
    body: "Talks in Oslo were attended by Maria Lindqvist and Alexei Petrovsky.",
  },
]);

describe("spelling questions", () => {
  it("give each spelling of the first name with the outlets that use it", () => {
    const a = ask("How do the outlets spell the deputy foreign minister's first name?");
    expect(a.versions).toEqual([
      { value: "Alexei", outlets: ["Daily Courier", "Evening Post"] },
      { value: "Aleksei", outlets: ["Harbour News"] },
    ]);
  });

  it("'what is X's first name' is asked of how the articles write it, every version given", () => {
    const a = ask("What is Petrovsky's first name?");
    expect(a.versions?.map((v) => v.value)).toEqual(["Alexei", "Aleksei"]);
    // Each first name shown in the full name as its outlets write it.
    expect(a.answer).toContain('"Alexei" (Daily Courier and Evening Post: "Alexei Petrovsky")');
    const described = ask("What is the first name of the deputy foreign minister?");
    expect(described.versions?.map((v) => v.value)).toEqual(["Alexei", "Aleksei"]);
  });

  it("find whom a description means before reading how the name is written", () => {
    const q = "How do the reports spell the surname of the new trade envoy in their stories?";
    const d = describedPerson(q);
    expect(d?.description).toBe("the new trade envoy");
    expect(d?.naming("Jan Berg")).toBe(
      "How do the reports spell the surname of Jan Berg in their stories?",
    );
    expect(
      describedPerson("How do the outlets spell the minister's first name?")?.description,
    ).toBe("the minister");
    expect(describedPerson("Who is the minister?")).toBeNull();
  });

  it("say that every article writes a name alike when they do", () => {
    const a = ask("Is Lindqvist's name spelt the same everywhere?");
    expect(firstLine(a)).toMatch(/^Yes\. .*"Maria Lindqvist"/);
    expect(a.versions).toBeUndefined();
  });

  it("answer no to 'the same everywhere' when the spellings differ", () => {
    const a = ask("Is Petrovsky's name spelled the same in every report?");
    expect(firstLine(a)).toMatch(/^No\./);
    expect(a.versions?.length).toBe(2);
  });

  it("ask about the person whose surname ends the name, though a first name is someone's surname", () => {
    const withNamesake = askerOver([
      {
        id: "n1",
        outlet: "Harbour News",
        body: "The Ruritanian delegation was led by Alexei Petrovsky, the deputy foreign minister.",
      },
      {
        id: "n2",
        outlet: "Daily Courier",
        body: "Deputy Foreign Minister Alexei Petrovskiy led the Ruritanian side in Oslo.",
      },
      {
        id: "n3",
        outlet: "Evening Post",
        body: "The painter Rosa Alexei opened an exhibition in Bergen. Critics praised Rosa Alexei.",
      },
    ]);
    const a = withNamesake("How do the reports spell Alexei Petrovsky's surname?");
    expect(a.versions?.map((v) => v.value).sort()).toEqual(["Petrovskiy", "Petrovsky"]);
  });

  it("a description by a country's possessive or by a leader is read as whom it means", () => {
    expect(
      describedPerson("What is Ruritania's deputy foreign minister's first name as spelled?")
        ?.description,
    ).toBe("Ruritania's deputy foreign minister");
    expect(describedPerson("The minister's first name, how is it spelled?")?.description).toBe(
      "The minister",
    );
    const a = ask("How do the outlets spell the first name of the Ruritanian delegation's leader?");
    expect(a.versions?.map((v) => v.value)).toEqual(["Alexei", "Aleksei"]);
  });
});
