import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/answer.js";
import type { Answer } from "../../src/answer/types.js";
import { buildSearchIndex } from "../../src/search/build.js";
import type { SearchIndex } from "../../src/search/types.js";
import { makeArticle, makeCorpus } from "../fixtures/articles.js";
import { talksIndex } from "./talksFixture.js";

/**
 * Answers that turn on what exactly is asked: a particle that carries the meaning, the party a
 * person acts for, when a post was held, which of two events, how specific a place. Invented
 * articles, so nothing here leans on the seed corpus's wording.
 */
const firstLine = (a: Answer): string => a.answer.split("\n")[0] ?? "";
const asker =
  (index: SearchIndex) =>
  (q: string): Answer =>
    answerQuestion(index, q);

describe("a particle that carries the question's meaning", () => {
  const ask = asker(
    buildSearchIndex(
      makeCorpus([
        makeArticle(
          [
            "Ruritania wants to end its long quarrel with the Freedonian government, its foreign minister said.",
            "Specifically, Ruritania is seeking the return of three fishing trawlers seized in 2022, officials said.",
          ].join("\n\n"),
          { id: "claims", outlet: "Harbour News", published: "2024-05-02" },
        ),
        makeArticle("The city council approved a new budget for public libraries on Monday.", {
          id: "lib",
        }),
      ]),
    ),
  );

  it("'demand back' is answered by what is sought in return, not by any wish of the asker", () => {
    const a = ask("What did Ruritania demand back from Freedonia?");
    expect(a.status).toBe("answered");
    expect(a.answer).toContain("seeking the return of three fishing trawlers");
    expect(a.answer).not.toContain("long quarrel");
  });
});

describe("the party a question names", () => {
  const ask = asker(
    buildSearchIndex(
      makeCorpus([
        makeArticle(
          [
            "The Ruritanian delegation was represented by Ivan Petrovsky, Ruritania's new ambassador to Freedonia.",
            "The Freedonian side was headed by Trade Secretary Maria Lindqvist.",
          ].join(" "),
          { id: "sides", outlet: "Harbour News", published: "2024-05-02" },
        ),
        makeArticle("The city council approved a new budget for public libraries on Monday.", {
          id: "lib",
        }),
      ]),
    ),
  );

  it("'who represented X' is the person acting for X, not one whose title sends them to X", () => {
    expect(firstLine(ask("Who represented Freedonia?"))).toBe("Maria Lindqvist.");
  });

  it("a question that names X as the destination still matches 'ambassador to X'", () => {
    expect(firstLine(ask("Who is Ruritania's ambassador to Freedonia?"))).toBe("Ivan Petrovsky.");
  });
});

describe("a post the question dates", () => {
  const ask = asker(
    buildSearchIndex(
      makeCorpus([
        makeArticle(
          [
            "The Ruritanian delegation was led by Ivan Petrovsky, now Ruritania's ambassador to Freedonia.",
            "According to Ambassador Petrovsky, Ruritania wants to undo the legacy of the previous Freedonian government.",
            "Ruritania has not had an ambassador to Freedonia since Olaf Brenner returned home in May.",
          ].join("\n\n"),
          { id: "envoys", outlet: "Harbour News", published: "2024-09-02" },
        ),
        makeArticle("The city council approved a new budget for public libraries on Monday.", {
          id: "lib",
        }),
      ]),
    ),
  );

  it("the previous holder is the one the post has been empty since, not the new one", () => {
    const a = ask("Who was Ruritania's previous ambassador to Freedonia?");
    expect(firstLine(a)).toBe("Olaf Brenner.");
    expect(a.answer).toContain("has not had an ambassador to Freedonia since Olaf Brenner");
  });

  it("a person the articles only call the current holder never answers 'the previous one'", () => {
    const index = buildSearchIndex(
      makeCorpus([
        makeArticle(
          [
            "The Ruritanian delegation was led by Ivan Petrovsky, now Ruritania's ambassador to Freedonia.",
            "According to Ambassador Petrovsky, Ruritania wants to undo the legacy of the previous Freedonian government.",
          ].join("\n\n"),
          { id: "envoys", outlet: "Harbour News", published: "2024-09-02" },
        ),
      ]),
    );
    const a = answerQuestion(index, "Who was Ruritania's previous ambassador to Freedonia?");
    expect(a.status).toBe("not_found");
  });
});

describe("which of two events, and how specific a place", () => {
  const ask = asker(
    buildSearchIndex(
      makeCorpus([
        makeArticle(
          [
            "Delegations from Ruritania and Freedonia will meet in Geneva on Thursday for the second round of talks on fishing quotas.",
            "Whereas the February round was held at the residence of the Freedonian consul in Geneva, the venue of this round will be the Ruritanian mission.",
            "The second round opened a new chapter, officials said.",
            "The first round lasted two hours.",
          ].join("\n\n"),
          { id: "rounds", outlet: "Harbour News", published: "2024-06-14" },
        ),
        makeArticle("The city council approved a new budget for public libraries on Monday.", {
          id: "lib",
        }),
      ]),
    ),
  );

  it("where: the venue the articles give for the asked round, not only its city", () => {
    expect(firstLine(ask("Where was the second round held?"))).toBe("The Ruritanian mission.");
  });

  it("a clause set against the asked round ('whereas the February round…, this round…') is not about it", () => {
    expect(firstLine(ask("What was the venue of the February round?"))).toBe(
      "At the residence of the Freedonian consul in Geneva.",
    );
  });

  it("a month misspelt in the question still picks its round", () => {
    expect(firstLine(ask("Where was the Febrary round held?"))).toBe(
      "At the residence of the Freedonian consul in Geneva.",
    );
  });

  it("where: a building given for the meeting says more than its city", () => {
    const index = buildSearchIndex(
      makeCorpus([
        makeArticle(
          "Ruritanian and Freedonian officials met in Geneva on Thursday. The officials met at the residence of the Freedonian consul.",
          { id: "venue", outlet: "Harbour News", published: "2024-06-14" },
        ),
      ]),
    );
    expect(firstLine(answerQuestion(index, "Where did the officials meet?"))).toBe(
      "At the residence of the Freedonian consul.",
    );
  });

  it("a fact about the first round does not answer a question about the second", () => {
    expect(ask("How long did the second round last?").status).toBe("not_found");
    expect(firstLine(ask("How long did the first round last?"))).toBe("Two hours.");
  });
});

describe("'which X' when the articles never use the noun X", () => {
  const ask = asker(
    buildSearchIndex(
      makeCorpus([
        makeArticle(
          [
            "The upcoming talks will focus on fishing quotas, the Ruritanian foreign ministry told reporters in Geneva on Tuesday.",
            '"Work to settle the quarrel will continue," the ministry said, as quoted by Harbour Wire.',
          ].join(" "),
          { id: "wire", outlet: "Daily Courier", published: "2024-06-14" },
        ),
        makeArticle("The city council approved a new budget for public libraries on Monday.", {
          id: "lib",
        }),
      ]),
    ),
  );

  it("the answer is the name doing the question's verb ('as quoted by …')", () => {
    const a = ask(
      "Which news service quoted the Ruritanian foreign ministry about the upcoming talks?",
    );
    expect(firstLine(a)).toBe("Harbour Wire.");
  });

  it("no name does the question's verb: declined, not any capitalised word", () => {
    expect(ask("Which hotel hosted the upcoming talks?").status).toBe("not_found");
  });
});

describe("who the question is about", () => {
  it("two people joined by 'and' are each asked about: officials meeting near them is no answer", () => {
    const index = buildSearchIndex(
      makeCorpus([
        makeArticle(
          "President Anna Berg has held two phone calls with Chancellor Paul Dorn. Senior officials of the two countries met in Oslo, their ministries said.",
          { id: "calls", outlet: "Harbour News", published: "2024-06-14" },
        ),
        makeArticle("The city council approved a new budget for public libraries on Monday.", {
          id: "lib",
        }),
      ]),
    );
    expect(answerQuestion(index, "Where did Berg and Dorn meet?").status).toBe("not_found");
  });

  it("yes/no: the name the question is about must be in the sentence, however common", () => {
    const index = buildSearchIndex(
      makeCorpus([
        makeArticle(
          "Ruritanian officials described the discussions in Geneva as frank. The talks did not touch on Freedonia, a spokesman said.",
          { id: "frank", outlet: "Harbour News", published: "2024-06-14" },
        ),
        makeArticle("Freedonia and Ruritania have argued over fishing for years.", {
          id: "quarrel",
          outlet: "Daily Courier",
          published: "2024-06-14",
        }),
      ]),
    );
    expect(firstLine(answerQuestion(index, "Was Freedonia discussed in Geneva?"))).not.toBe("Yes.");
  });

  it("'what did the X side want' is not answered by what another side wants", () => {
    const index = buildSearchIndex(
      makeCorpus([
        makeArticle(
          [
            "According to its minister, Ruritania wants to end the legacy of the previous Freedonian government.",
            "Freedonian officials raised concerns about fishing quotas.",
            "Both sides met in Geneva on Monday.",
          ].join("\n\n"),
          { id: "wants", outlet: "Harbour News", published: "2024-06-14" },
        ),
        makeArticle("The city council approved a new budget for public libraries on Monday.", {
          id: "lib",
        }),
      ]),
    );
    const a = answerQuestion(index, "What did the Freedonian side want?");
    expect(a.answer).not.toContain("Ruritania wants");
  });

  it("'what happened in X' is answered by what the articles say took place there", () => {
    const index = buildSearchIndex(
      makeCorpus([
        makeArticle("Delegations met in Oslo on May 2 to discuss fishing quotas.", {
          id: "oslo",
          outlet: "Harbour News",
          published: "2024-06-14",
        }),
        makeArticle("The city council approved a new budget for public libraries on Monday.", {
          id: "lib",
        }),
      ]),
    );
    const a = answerQuestion(index, "What happened in Oslo?");
    expect(a.status).toBe("answered");
    expect(a.answer).toContain("Delegations met in Oslo on May 2");
  });
});

describe("paraphrases and loose matches", () => {
  it("'in charge of' the delegation is who led it", () => {
    expect(
      firstLine(answerQuestion(talksIndex(), "Who was in charge of the Ruritanian delegation?")),
    ).toBe("Ivan Petrovsky.");
  });

  it("yes/no: a word of a name ('North America') is not settled by a synonym that is everywhere", () => {
    const index = buildSearchIndex(
      makeCorpus([
        makeArticle(
          "Ivan Petrov, head of the North Atlantic Department at the ministry, attended the U.S. talks.",
          { id: "atlantic", outlet: "Harbour News", published: "2024-06-14" },
        ),
        makeArticle("U.S. officials met Petrov in Oslo.", {
          id: "oslo",
          outlet: "Daily Courier",
          published: "2024-06-14",
        }),
      ]),
    );
    const a = answerQuestion(index, "Did Petrov head the North America department?");
    expect(firstLine(a)).not.toBe("Yes.");
  });
});

describe("when: the date of a report is not the date of what it reports", () => {
  const ask = asker(
    buildSearchIndex(
      makeCorpus([
        makeArticle(
          [
            "The next round will take place in Geneva in the coming weeks, the ministry confirmed on Tuesday.",
            "In May, the Daily Courier reported that Ruritania had named Olaf Brenner as its next envoy.",
          ].join("\n\n"),
          // A Tuesday: "confirmed on Tuesday" is the day of publication, not a past date.
          { id: "reports", outlet: "Harbour News", published: "2024-06-11" },
        ),
        makeArticle("The city council approved a new budget for public libraries on Monday.", {
          id: "lib",
        }),
      ]),
    ),
  );

  it("'confirmed on Tuesday' does not say when the round will take place", () => {
    expect(firstLine(ask("When will the next round take place?"))).not.toMatch(/Tuesday/);
  });

  it("'in May, X reported that…' does not say when the reported thing happened", () => {
    expect(firstLine(ask("When was Brenner named envoy?"))).not.toMatch(/May/);
  });

  it("a question about the report itself is answered with its date", () => {
    expect(firstLine(ask("When did the Daily Courier report that Brenner was named?"))).toBe(
      "May 2024.",
    );
  });
});

describe("a passive question's verb", () => {
  const ask = asker(
    buildSearchIndex(
      makeCorpus([
        makeArticle(
          [
            "Fishing fleets from Ruritania crowd the northern banks every spring, and the northern banks are fished hard.",
            "Separately, Ruritania and Freedonia agreed in 2019 to share the southern canal.",
          ].join("\n\n"),
          { id: "banks", outlet: "Harbour News", published: "2024-05-02" },
        ),
        makeArticle(
          "Delegates agreed that the quotas on the eastern reefs would be halved from June.",
          { id: "reefs", outlet: "Harbour News", published: "2024-06-01" },
        ),
        makeArticle("The city council approved a new budget for public libraries on Monday.", {
          id: "lib",
        }),
      ]),
    ),
  );

  it("is not answered by a passage that names the subject but never says the verb", () => {
    const a = ask("What was agreed about the northern banks?");
    expect(a.status).toBe("not_found");
  });

  it("is answered by a passage that says it", () => {
    const a = ask("What was agreed about the eastern reefs?");
    expect(a.status).toBe("answered");
    expect(a.answer).toContain("quotas on the eastern reefs would be halved");
  });
});
