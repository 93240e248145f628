import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../../src/answer/answer.js";
import { talksIndex } from "../talksFixture.js";
import { askerOver, firstLine } from "./helpers.js";

describe("how-many questions", () => {
  it("answer with the number of the thing counted", () => {
    expect(
      firstLine(answerQuestion(talksIndex(), "How many trawlers did Freedonia seize?")),
    ).toMatch(/three/i);
  });

  it("reads a phrasal verb the articles never use by what it means ('kick out' → expel)", () => {
    const ask = askerOver([
      {
        id: "k1",
        outlet: "Harbour News",
        body: "In 2019 the port authority expelled 12 fish traders and closed two warehouses.",
      },
    ]);
    expect(ask("How many traders got kicked out?").short).toMatch(/12/);
  });

  it("a vague amount answers how many, but not how many exactly", () => {
    const ask = askerOver([
      {
        id: "v1",
        outlet: "Harbour News",
        body: "The two ports have held several rounds of quota talks since 2019.",
      },
    ]);
    expect(ask("How many rounds of quota talks have the ports held?").short).toMatch(/several/i);
    expect(ask("How many rounds of quota talks have the ports held, exactly?").status).toBe(
      "not_found",
    );
  });

  it("a number of something else is no answer", () => {
    const a = answerQuestion(talksIndex(), "How many submarines did Freedonia seize?");
    expect(a.status).toBe("not_found");
  });
});

describe("how-much questions", () => {
  const ask = askerOver([
    {
      id: "a1",
      outlet: "Harbour News",
      body: "Freedonia closed two Ruritanian compounds, worth a great deal to the embassy, in 2016.\n\nThe port fees rose by 12 percent last year.",
    },
  ]);

  it("a number of things is no amount", () => {
    expect(ask("How much were the Ruritanian compounds worth?").status).toBe("not_found");
  });

  it("an amount answers", () => {
    expect(ask("How much did the port fees rise?").answer).toContain("12 percent");
  });
});

describe("how many times", () => {
  const ask = askerOver([
    {
      id: "c1",
      outlet: "Harbour News",
      body: "The two harbour masters have spoken by phone on three occasions since May.",
    },
  ]);

  it("is answered by a count of the events themselves, the whole counted phrase", () => {
    expect(ask("How many times have the harbour masters spoken by phone?").short).toBe(
      "Three occasions",
    );
  });

  it("a wrong number of times is refuted with that count, written as the article has it", () => {
    const a = ask("Have the harbour masters spoken by phone five times?");
    expect(a.answer).toMatch(/^No\. The articles give three occasions\./u);
  });
});

describe("a count asked of a year", () => {
  const ask = askerOver([
    {
      id: "y1",
      outlet: "Harbour News",
      body: "In 2016, Freedonia expelled 35 Ruritanian diplomats and closed two consulates. Freedonia and Ruritania resumed talks on diplomats in 2018.",
    },
  ]);

  it("is not answered by a count the articles date to another year", () => {
    expect(ask("How many diplomats did Freedonia expel in 2018?").status).toBe("not_found");
  });

  it("is answered when the year is the one the articles give", () => {
    expect(ask("How many diplomats did Freedonia expel in 2016?").answer).toMatch(/^35\b/u);
  });
});
