import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../../src/answer/answer.js";
import { talksIndex } from "../talksFixture.js";
import { askerOver, firstLine } from "./helpers.js";

describe("where questions", () => {
  it("answer with the venue the articles give", () => {
    expect(answerQuestion(talksIndex(), "Where were the Geneva talks held?").answer).toContain(
      "Palais Lumière",
    );
  });

  it("decline a place the articles never give", () => {
    expect(answerQuestion(talksIndex(), "Where will the next round on space be held?").status).toBe(
      "not_found",
    );
  });

  it("'this round' set against a round the sentence names is another round", () => {
    const ask = askerOver([
      {
        id: "w1",
        outlet: "Daily Courier",
        body: "Whereas the first round was held at the town hall, the venue of this round was the harbour office.",
      },
    ]);
    expect(firstLine(ask("Where was the first round held?"))).toMatch(/town hall/u);
  });

  it("a phrase whose name only qualifies another noun is no answer to 'where'", () => {
    const ask = askerOver([
      {
        id: "w2",
        outlet: "Daily Courier",
        body: "In 2016 the Freedonian government closed two Ruritanian compounds in response to alleged interference in the Freedonian presidential election.",
      },
    ]);
    expect(ask("Where did Freedonia close the compounds?").status).toBe("not_found");
    expect(ask("In which election was there interference?").answer).toMatch(
      /Freedonian presidential election/u,
    );
  });

  it("a city the question places in one country is not a capital of another", () => {
    const ask = askerOver([
      {
        id: "w9",
        outlet: "Daily Courier",
        body: "The fishing meeting between the two delegations, chaired by a French mediator with Spanish officials as hosts, was held in Madrid on Monday.",
      },
    ]);
    expect(ask("In which French city was the fishing meeting held?").status).toBe("not_found");
    expect(firstLine(ask("In which Spanish city was the fishing meeting held?"))).toMatch(
      /Madrid/u,
    );
    expect(firstLine(ask("In which city was the fishing meeting held?"))).toMatch(/Madrid/u);
  });
});
