import { describe, expect, it } from "vitest";
import { askerOver, firstLine } from "./helpers.js";
import { answerQuestion, retrieve } from "../../../src/answer/answer.js";
import { judgingWords, scoreHits, type WordMatch } from "../../../src/answer/evidence.js";
import { refutable } from "../../../src/answer/kinds/premise.js";
import { buildSearchIndex } from "../../../src/search/build.js";
import { defaultEngineOptions } from "../../../src/tuning/defaults.js";
import { makeArticle, makeCorpus } from "../../fixtures/articles.js";
import { talksIndex } from "../talksFixture.js";

const ask = askerOver([
  {
    id: "a1",
    outlet: "Harbour News",
    body: "The talks in Oslo lasted four hours.\n\nRuritania is seeking the return of five fishing trawlers seized in 2022.\n\nThe Ruritanian delegation was led by Ivan Petrovsky.",
  },
  {
    id: "a2",
    outlet: "Daily Courier",
    body: "Maria Lindqvist, Freedonia's trade secretary, met Ivan Petrovsky in Oslo. Whereas the first round was held at the town hall, the venue of this round was the harbour office.",
  },
  {
    id: "a3",
    outlet: "Evening Post",
    published: "2024-06-12",
    body: "Ruritania has had no consul in Freedonia since Olga Varga returned to the capital in March.\n\nThe Ruritanian side proposed the restoration of ferry links between the two ports.\n\nThe harbour board said a second meeting is planned but did not provide a date.",
  },
]);

describe("yes/no questions", () => {
  it("a false number is answered No, with the number the articles give and its source", () => {
    const a = ask("Did the talks in Oslo last seven hours?");
    expect(firstLine(a)).toMatch(/^No\./);
    expect(a.answer).toContain("four hours");
    expect(a.sources[0]?.outlet).toBe("Harbour News");
  });

  it("a true number is answered Yes", () => {
    expect(firstLine(ask("Did the talks in Oslo last four hours?"))).toMatch(/^Yes\./);
  });

  it("a false count is refuted by the count of the same thing", () => {
    const a = ask("Is Ruritania seeking the return of nine trawlers?");
    expect(firstLine(a)).toMatch(/^No\./);
    expect(a.answer).toContain("five fishing trawlers");
  });

  it("a wrong person is answered No with the person the articles name", () => {
    const a = ask("Did Maria Lindqvist lead the Ruritanian delegation?");
    expect(firstLine(a)).toMatch(/^No\./);
    expect(a.answer).toContain("Petrovsky");
  });

  it("someone else doing a thing is no No to whether the person asked did it at all", () => {
    // Another leader this time says nothing of whether she ever led it.
    expect(firstLine(ask("Did Olga Varga ever lead the Ruritanian delegation?"))).not.toMatch(
      /^No\./,
    );
    // Asked who led it, another person refutes it as before.
    expect(firstLine(ask("Did Olga Varga lead the Ruritanian delegation?"))).toMatch(/^No\./);
  });

  it("a first name that is someone else's surname does not make the person asked another", () => {
    const a = askerOver([
      {
        id: "b1",
        outlet: "Harbour News",
        body: "Spokeswoman Maria Berg said the talks in Oslo were useful.",
      },
      {
        id: "b2",
        outlet: "Daily Courier",
        body: "The painter Anna Maria showed her work in Bergen on Monday. Anna Maria has lived there since 2019.",
      },
    ])("Is Maria Berg the spokeswoman?");
    expect(firstLine(a)).toMatch(/^Yes\./);
  });

  it("words found on both sides of a contrast settle nothing", () => {
    const a = ask("Was the first round held at the harbour office?");
    expect(firstLine(a)).not.toBe("Yes.");
  });

  it("a yes/no question behind a leading phrase is still one", () => {
    const a = ask("After the talks, did Ruritania seek the return of five trawlers?");
    expect(firstLine(a)).toMatch(/^(Yes|No)\./);
  });

  it("a month the question asserts is confirmed by the month written, never by another", () => {
    expect(firstLine(ask("Did Olga Varga return to the capital in March?"))).toMatch(/^Yes\./);
    expect(firstLine(ask("Did Olga Varga return to the capital in May?"))).not.toMatch(/^Yes\./);
  });

  it("a wrong month is refuted when the sentence says all the rest and writes one date", () => {
    expect(firstLine(ask("Did Olga Varga return to the capital in May?"))).toBe(
      "No. The articles give March 2024.",
    );
  });

  it("a wrong venue is refuted with the venue the sentence gives the event", () => {
    const venues = askerOver([
      {
        id: "p1",
        outlet: "Harbour News",
        body: "Whereas the June round was held at the residence of the Freedonian consul in Oslo, the venue of this round will be the Ruritanian trade office.",
      },
    ]);
    const a = venues("Was the June round held at the Ruritanian trade office in Oslo?");
    expect(firstLine(a)).toBe(
      "No. The articles give the residence of the Freedonian consul in Oslo.",
    );
    // A city against a building is no contradiction: the residence is in Oslo.
    expect(firstLine(venues("Was the June round held in Oslo?"))).not.toMatch(/^No\./);
  });

  it("a sentence refutes only with every word in it, a noun of the topic in other words too", () => {
    const index = buildSearchIndex(
      makeCorpus([
        makeArticle(
          "Whereas the June round was held at the residence of the Freedonian consul in Oslo, the venue of this round will be the Ruritanian trade office.",
          { id: "p1", outlet: "Harbour News" },
        ),
      ]),
    );
    const q = "Were the June talks held in Oslo?";
    const { words, terms, hits } = retrieve(index, q);
    const { words: weighed } = judgingWords(index, words, terms, q, hits);
    const [evidence] = scoreHits(index, weighed, hits);
    const talks = evidence!.matches.find((m) => m.word.token.norm === "talks")!;
    // "Talks" is found only as "round", a word of like meaning.
    expect(talks.strength).toBeGreaterThan(0);
    expect(talks.strength).toBeLessThan(defaultEngineOptions.polarity.firmMatch);
    const topicIs = (norm: string) => (m: WordMatch) => m.word.token.norm === norm;
    expect(refutable(evidence!, topicIs("talks"))).toBe(true);
    expect(refutable(evidence!, topicIs("nothing"))).toBe(false);
  });

  it("a wrong month is not refuted by the date a report was made", () => {
    const reported = askerOver([
      {
        id: "r9",
        outlet: "Harbour News",
        body: "In November, the paper Dagbladet reported that Ruritania had picked Olga Varga as its next consul.",
      },
    ]);
    expect(
      firstLine(reported("Did Ruritania pick Olga Varga as its next consul in January?")),
    ).not.toMatch(/^No\./);
  });

  it("says yes to a predicate put in other words when everything named is there as written", () => {
    const a = ask("Did the Ruritanian side propose bringing back ferry links?");
    expect(firstLine(a)).toMatch(/^Yes\./);
    expect(a.sources[0]?.outlet).toBe("Evening Post");
  });

  it("does not read a yes into a sentence that negates something near what is asked", () => {
    const a = ask("Did the harbour board name a date for the second meeting?");
    expect(firstLine(a)).not.toMatch(/^Yes\./);
  });

  it("a comparison ('the same as') is not settled by a sentence about one side", () => {
    const a = ask("Was the venue of this round the same as the first round's?");
    expect(firstLine(a)).not.toMatch(/^(Yes|No)\./);
  });
});

describe("a false count is refuted only by a count of the same thing", () => {
  const ask = askerOver([
    {
      id: "k1",
      outlet: "Harbour News",
      body: "In 2016, Freedonia closed two compounds owned by Ruritania.",
    },
  ]);

  it("a count of another thing, however near in meaning, refutes nothing", () => {
    expect(firstLine(ask("Did Freedonia close six properties in 2016?"))).not.toMatch(/^No\./u);
  });

  it("a count of the same thing does", () => {
    expect(firstLine(ask("Did Freedonia close six compounds in 2016?"))).toMatch(
      /^No\. The articles give two compounds\./u,
    );
  });

  it("a yes about a post the articles give in different versions says so and gives each", () => {
    const a = answerQuestion(talksIndex(), "Is Lindqvist the Secretary for Trade and Fisheries?");
    expect(firstLine(a)).toMatch(/^Yes, by one account/);
    expect(a.versions?.length).toBeGreaterThan(1);
    // A post given one way only is a plain yes.
    expect(
      firstLine(answerQuestion(talksIndex(), "Is Petrovsky the deputy foreign minister?")),
    ).toBe("Yes.");
  });

  it("a sentence saying something is sought says no yes to whether it happened", () => {
    const sought = askerOver([
      {
        id: "s1",
        outlet: "Harbour News",
        body: "Ruritania is seeking the return of five fishing trawlers seized in 2022.",
      },
    ]);
    expect(firstLine(sought("Did Ruritania get its fishing trawlers back?"))).not.toMatch(/^Yes/);
    expect(firstLine(sought("Is Ruritania seeking the return of the fishing trawlers?"))).toBe(
      "Yes.",
    );
  });
});

describe("a place asserted in a yes/no question", () => {
  const venue = askerOver([
    {
      id: "pl1",
      outlet: "Harbour News",
      published: "2024-06-14",
      body: "Freedonian and Ruritanian delegations will meet in Oslo on Thursday for the second round of trade talks.\n\nThe venue of the second round of trade talks will be the Ruritanian consulate general.\n\nRuritanian officials say the embassy staff shortage worries them.",
    },
  ]);

  it("a wrong city is set against the city the articles give, not the building", () => {
    expect(firstLine(venue("Was the second round of trade talks held in Bergen?"))).toBe(
      "No. The articles give Oslo.",
    );
  });

  it("a country is not refuted by a city the articles place in no country", () => {
    expect(firstLine(venue("Was the second round of trade talks held in Norway?"))).not.toMatch(
      /^No\b/u,
    );
  });

  it("a country's people in the sentence do not say it was held in that country", () => {
    expect(firstLine(venue("Was the second round of trade talks held in Ruritania?"))).not.toBe(
      "Yes.",
    );
  });

  it("a building's words scattered over a sentence do not say it was held there", () => {
    const scattered = askerOver([
      {
        id: "pl2",
        outlet: "Daily Courier",
        body: "The first meeting between Ruritanian and Freedonian delegations took place in Oslo on June 3, focusing on restoring embassy operations.",
      },
    ]);
    expect(firstLine(scattered("Was the first meeting held at the Ruritanian embassy?"))).not.toBe(
      "Yes.",
    );
  });
});

describe("a day of the week asserted in a yes/no question", () => {
  const days = askerOver([
    {
      id: "wd1",
      outlet: "Harbour News",
      published: "2024-06-14",
      body: "The second round of ferry talks was held in Geneva on June 13, 2024.",
    },
  ]);

  it("is checked against the weekday of the date the articles give", () => {
    expect(firstLine(days("Was the second round of ferry talks held on a Thursday?"))).toBe(
      "Yes. The articles give Thursday, June 13, 2024.",
    );
    expect(firstLine(days("Was the second round of ferry talks held on a Monday?"))).toBe(
      "No. The articles give Thursday, June 13, 2024.",
    );
  });
});

describe("yes/no questions with a false count of a thing named in several words", () => {
  it("is answered No with the whole count the articles give", () => {
    const ask = askerOver([
      {
        id: "r1",
        outlet: "Harbour News",
        body: "The Ruritanian and Freedonian ministers have held two radio calls since the Oslo ferry talks.",
      },
    ]);
    expect(
      firstLine(ask("Have the Ruritanian and Freedonian ministers held three radio calls?")),
    ).toBe("No. The articles give two radio calls.");
  });
});

describe("yes/no questions naming the wrong person", () => {
  const berg =
    "Ruritania's foreign minister Jan Berg met his Freedonian counterpart in Geneva in May.";
  const lindqvist =
    "“The Oslo ferry talks are about port fees,” Ruritanian spokeswoman Maria Lindqvist told reporters in Oslo, where the Ruritanian delegation arrived on Monday.";

  it("is answered No with the person the articles say did it, found as 'who did it' is", () => {
    const ask = askerOver([
      {
        id: "p1",
        outlet: "Harbour News",
        body: "Ferry services between Oslo and Bergen were suspended in 2022.\n\nThe Ruritanian delegation will be led by Ivan Petrovsky, the deputy minister.",
      },
      {
        id: "p2",
        outlet: "Daily Courier",
        body: `“The Oslo ferry talks are about port fees, not about the border,” Ruritanian spokeswoman Maria Lindqvist told reporters in Oslo.\n\n${berg}`,
      },
    ]);
    const a = ask("Did Jan Berg lead the Ruritanian delegation at the Oslo ferry talks?");
    expect(firstLine(a)).toBe("No. The articles give Ivan Petrovsky.");
    expect(a.sources[0]?.outlet).toBe("Harbour News");
  });

  it("is not refuted by a person a sentence on the topic quotes, when nothing says who did it", () => {
    const ask = askerOver([{ id: "p2", outlet: "Daily Courier", body: `${lindqvist}\n\n${berg}` }]);
    const a = ask("Did Jan Berg lead the Ruritanian delegation at the Oslo ferry talks?");
    expect(a.answer).not.toContain("Maria Lindqvist");
  });

  it("'did X say anything…' is not refuted by someone else who spoke", () => {
    const ask = askerOver([{ id: "p2", outlet: "Daily Courier", body: `${lindqvist}\n\n${berg}` }]);
    const a = ask("Did Jan Berg say anything to reporters about the Oslo ferry talks?");
    expect(a.answer).not.toContain("Maria Lindqvist");
  });
});

describe("yes/no questions about what someone said, the sentence saying it in other words", () => {
  const ask = askerOver([
    {
      id: "s1",
      outlet: "Harbour News",
      body: 'Trade Secretary Maria Lindqvist spoke to reporters in Oslo on Monday. "Ferry routes are absolutely not on the agenda," she noted.',
    },
  ]);

  it("takes '…, she noted' for 'did she say', the pronoun standing for the one asked of", () => {
    const a = ask("Did Maria Lindqvist say ferry routes were not on the agenda?");
    expect(a.status).toBe("answered");
    expect(a.short).toBe("Yes");
  });
});

describe("a question offering a stressed second option", () => {
  const ask = askerOver([
    {
      id: "o1",
      outlet: "Harbour News",
      body: "These talks are focused solely on fishing quotas, not on trade between the two ports, the ministry said.",
    },
  ]);

  it("is no yes-or-no question: no option is settled by a bare yes or no", () => {
    for (const q of [
      "Are the talks about trade or only about fishing quotas?",
      "Are the harbour talks about trade between the two ports or only about fishing quotas?",
    ]) {
      expect(ask(q).answer).not.toMatch(/^(?:Yes|No)\b/u);
    }
  });
});
