import { describe, expect, it } from "vitest";
import { analyseQuestion } from "../../../src/answer/analyse.js";
import { answerQuestion } from "../../../src/answer/answer.js";
import { buildSearchIndex } from "../../../src/search/build.js";
import { makeArticle, makeCorpus, otherSubjects } from "../../fixtures/articles.js";
import { focusPhraseCandidates } from "../../../src/answer/extract/roles.js";
import { indexedSentences } from "../../fixtures/indexed.js";
import { talksIndex } from "../talksFixture.js";
import { askerOver } from "./helpers.js";

describe("what questions", () => {
  it("answer with the sentence that says what was asked", () => {
    const a = answerQuestion(talksIndex(), "What did Maria Lindqvist call the meeting?");
    expect(a.status).toBe("answered");
    expect(a.answer).toContain("frank");
  });

  it("a name the asked noun is part of is the answer whole", () => {
    const index = buildSearchIndex(
      makeCorpus([
        makeArticle(
          "Last month the two delegations met in Oslo, where they agreed to revive the North Sea Fishing Accord.",
          { id: "fa1", outlet: "Harbour News" },
        ),
      ]),
    );
    const [entry] = indexedSentences(index);
    const found = focusPhraseCandidates(entry!, (t) => t.norm === "fishing").map((c) => c.text);
    expect(found).toEqual(["North Sea Fishing Accord"]);
  });

  it("an article's value for the asked noun is a version, even when a bare name outranks it", () => {
    const ask = askerOver([
      {
        id: "d1",
        outlet: "Harbour News",
        body: "Attending were Maria Lindqvist and Ivan Petrovsky, head of the North Sea Department at Ruritania's Foreign Ministry.",
      },
      {
        id: "d2",
        outlet: "Daily Courier",
        body: "The Ruritanian delegation will again be led by Ivan Petrovsky. In May, he was director of the ministry’s North Baltic department.",
      },
    ]);
    const a = ask("Which Foreign Ministry department was Petrovsky in charge of in May?");
    expect(a.versions?.flatMap((v) => v.outlets).sort()).toEqual(["Daily Courier", "Harbour News"]);
  });

  it("a noun the articles never use asks for a name: a sentence without one is no answer", () => {
    const ask = askerOver([
      {
        id: "n1",
        outlet: "Harbour News",
        body: "Officials said talks on fishing quotas resumed on Monday after a pause of two years.",
      },
    ]);
    const a = ask("Which news service reported that talks on fishing quotas resumed on Monday?");
    expect(a.status).toBe("not_found");
  });

  it("a noun the articles never use is answered by the name the question's verb acts on", () => {
    const ask = askerOver([
      {
        id: "o1",
        outlet: "Harbour News",
        body:
          "A source close to the fisheries talks told Nordwire that the meeting would last three hours.\n\n" +
          "The delegation arrived in Oslo on Monday, led by Ivan Petrovsky.",
      },
    ]);
    const a = ask("A source told which news broadcaster how long the meeting would last?");
    expect(a.status).toBe("answered");
    expect(a.short).toBe("Nordwire");
    // The name must stand to the verb: a name that only sits in a sentence about it is none.
    expect(ask("Which hotel did the delegation stay in?").status).toBe("not_found");
  });

  it("a sentence naming the asked thing only in the question's words does not say which", () => {
    const ask = askerOver([
      {
        id: "r1",
        outlet: "Harbour News",
        body: "In 2019, the port authority fined three fishing firms and closed two Ruritanian warehouses in response to smuggling claims.",
      },
    ]);
    expect(ask("Which two Ruritanian warehouses were closed in 2019?").status).toBe("not_found");
    const named = askerOver([
      {
        id: "r2",
        outlet: "Harbour News",
        body: "In 2019, the port authority closed the Ruritanian warehouse at Skagen in response to smuggling claims.",
      },
    ]);
    expect(named("Which Ruritanian warehouse was closed in 2019?").status).toBe("answered");
  });

  it("'what did they discuss' needs a sentence that says what they discussed", () => {
    const ask = askerOver([
      {
        id: "v1",
        outlet: "Harbour News",
        body: "The sides keep in touch: Mayor Hilde Sand has held two phone calls with Governor Jan Berg. Their deputies met in Bergen to discuss ferry fares.",
      },
    ]);
    expect(ask("What did Sand and Berg discuss in their phone calls?").status).toBe("not_found");
    expect(
      analyseQuestion(talksIndex(), "What did the sides discuss in Oslo?").objectVerb?.norm,
    ).toBe("discuss");
    expect(
      analyseQuestion(talksIndex(), "What did she say about the talks?").objectVerb,
    ).toBeUndefined();
  });

  it("a noun the articles never use is not answered by the place where something happened", () => {
    const ask = askerOver([
      {
        id: "l1",
        outlet: "Harbour News",
        body: "Norwegian and Danish diplomats held talks Thursday in Bergen on restoring regular operations at their embassies, as well as the possible restoration of direct flights between the two countries. A follow-up round in Bergen on May 3 addressed diplomatic funding and Norway's proposal to reinstate direct flights between the two countries.",
      },
    ]);
    expect(ask("Which airline would operate the restored direct flights?").status).toBe(
      "not_found",
    );
  });

  it("a noun the articles never use is not answered by the name a sentence is attributed to", () => {
    const ask = askerOver([
      {
        id: "v1",
        outlet: "Harbour News",
        body: "Freedonia is seeking the return of three Freedonian-owned properties seized in 2019, Petrovsky said.\n\nThe talks in Bergen lasted four hours.",
      },
    ]);
    const a = ask("Which estate does Freedonia want back?");
    expect(a.short ?? "").not.toMatch(/Petrovsky/u);
    expect(a.answer).not.toMatch(/^Petrovsky/u);
  });

  it("a passive 'what was agreed about X' needs a sentence that says it was agreed", () => {
    expect(answerQuestion(talksIndex(), "What was agreed about submarines?").status).toBe(
      "not_found",
    );
  });

  it("a sentence that points back ('this tangle', 'he said') is read with the one before", () => {
    const ask = askerOver([
      {
        id: "t1",
        outlet: "Harbour News",
        body: "According to Mr. Petrovsky, fishing quotas and port fees form a “tangle of disputes”.\n\n“Both delegations are now working to unpick this tangle,” he said.",
      },
    ]);
    const a = ask(
      "What did Petrovsky say the delegations were doing about the tangle of disputes?",
    );
    expect(a.status).toBe("answered");
    expect(a.answer).toContain("unpick");
    // The quote holds both sentences, on one line.
    expect(a.answer).toContain("disputes”. “Both delegations");
  });

  it("'what kind of X' asks about X: the sentence that says which kind answers, not a name", () => {
    const question = "What kind of agreement did Ruritania sign with Freedonia?";
    const index = buildSearchIndex(
      makeCorpus([
        makeArticle(
          "Officials in Oslo said Ruritania signed a provisional agreement with Freedonia on Monday.\n\nPort access was not discussed, Maria Lindqvist said.",
          { id: "k1", outlet: "Harbour News" },
        ),
        makeArticle("The city council approved a new budget for public libraries on Monday.", {
          id: "k2",
        }),
      ]),
    );
    const analysis = analyseQuestion(index, question);
    expect(analysis.type).toBe("what");
    expect(analysis.focus.map((t) => t.norm)).toEqual(["agreement"]);
    const a = answerQuestion(index, question);
    expect(a.status).toBe("answered");
    expect(a.answer).toContain("provisional agreement");
    expect(a.answer).not.toContain("Lindqvist");
  });

  it("a noun only articles about other things use still asks for a name: articles on other subjects change nothing", () => {
    const talks = [
      makeArticle(
        "Norwegian and Danish diplomats held talks in Oslo on Thursday on restoring regular operations at their embassies, as well as the possible restoration of direct flights.\n\nThe talks lasted five hours, officials said.",
        { id: "t1", outlet: "Harbour News" },
      ),
      makeArticle(
        "Delegations from Norway and Denmark met in Oslo. Both sides want direct flights restored soon.\n\nThe next round will take place in Oslo.",
        { id: "t2", outlet: "Coast Daily" },
      ),
    ];
    const elsewhere = otherSubjects([
      "The national airline ordered new planes for its routes.",
      "The airline said ticket prices would rise in winter.",
    ]);
    const question = "Which airline would operate the restored direct flights?";
    const alone = answerQuestion(buildSearchIndex(makeCorpus(talks)), question);
    const mixed = answerQuestion(buildSearchIndex(makeCorpus([...talks, ...elsewhere])), question);
    expect(alone.status).toBe("not_found");
    expect(mixed.status).toBe("not_found");
  });
});

describe("what is the X of Y", () => {
  const ask = askerOver([
    {
      id: "cap",
      outlet: "Harbour News",
      body: "Ruritania's trade with its neighbours grew last year, and foreign capital poured into its ports.\n\nVell, the capital of Freedonia, hosted the fishing talks.",
    },
  ]);

  it("a sentence naming the attribute and its owner apart is no answer", () => {
    expect(ask("What is the capital of Ruritania?").status).toBe("not_found");
  });

  it("a sentence tying them together answers", () => {
    const a = ask("What is the capital of Freedonia?");
    expect(a.status).toBe("answered");
    expect(a.answer).toContain("Vell, the capital of Freedonia");
  });
});

describe("what was said or agreed at an event named by its month", () => {
  const ask = askerOver([
    {
      id: "m1",
      outlet: "Harbour News",
      published: "2024-06-14",
      body: "On Friday, harbour officials said they had agreed on joint steps to fund the fishing missions.",
    },
    {
      id: "m2",
      outlet: "Daily Courier",
      published: "2024-06-14",
      body: "The harbour board first met in March to review the fishing catches.",
    },
  ]);

  it("a sentence dated to another month is about another event", () => {
    expect(
      ask("What did harbour officials agree on for the fishing missions at their March meeting?")
        .status,
    ).toBe("not_found");
  });

  it("a sentence dated to that month answers", () => {
    expect(
      ask("What did harbour officials agree on for the fishing missions at their June meeting?")
        .status,
    ).toBe("answered");
  });

  it("'what did X do before becoming Y' is not answered by a sentence saying X is Y", () => {
    const ask = askerOver([
      {
        id: "bf1",
        outlet: "Harbour News",
        body: "The Ruritanian delegation will be led by Deputy Trade Secretary Ivan Petrovsky.\n\nMaria Lindqvist was previously the mayor of Lakeview before she joined the trade ministry.",
      },
    ]);
    expect(ask("What did Ivan Petrovsky do before becoming Deputy Trade Secretary?").status).toBe(
      "not_found",
    );
    expect(ask("What did Maria Lindqvist do before she joined the trade ministry?").answer).toMatch(
      /mayor of Lakeview/u,
    );
  });

  it("'what did they talk about' needs a sentence saying what about, not only that they spoke", () => {
    const ask = askerOver([
      {
        id: "tp1",
        outlet: "Harbour News",
        body: "The two leaders maintain close contact: Ruritanian President Olaf Brandt has held two phone calls with Freedonian President Hilde Sand.\n\nIn Geneva, Ivan Petrovsky and Maria Lindqvist discussed fishing quotas.",
      },
    ]);
    expect(ask("What did Brandt and Sand talk about in their phone calls?").status).toBe(
      "not_found",
    );
    expect(ask("What did Petrovsky and Lindqvist talk about in Geneva?").answer).toMatch(
      /fishing quotas/u,
    );
  });

  it("'what is X about' is not answered by a sentence that only names X", () => {
    const ask = askerOver([
      {
        id: "tp2",
        outlet: "Harbour News",
        body: "The Geneva track is not the only one in contacts between Ruritania and Freedonia after Olaf Brandt took office.\n\nThe Oslo track is focused on fishing quotas.",
      },
    ]);
    expect(ask("What is the Geneva track about?").answer).not.toMatch(/not the only one/u);
    expect(ask("What is the Oslo track about?").answer).toMatch(/fishing quotas/u);
  });
});

describe("questions asking for an address", () => {
  it("are declined by a sentence that names the place but gives no address", () => {
    const ask = askerOver([
      {
        id: "t2",
        outlet: "Daily Courier",
        body: "The Bergen round will address ferry fares, and both sides named their delegations on Monday. The delegations will meet at the harbour office in Bergen.",
      },
    ]);
    const a = ask(
      "What is the address of the harbour office where the delegations will meet in Bergen?",
    );
    expect(a.status).toBe("not_found");
  });

  it("'what is on the agenda for X' needs a sentence that says the agenda, not one naming X", () => {
    const ask = askerOver([
      {
        id: "ag1",
        outlet: "Harbour News",
        body: [
          "The third round of the fishing talks between Ruritania and Freedonia will open in Geneva on Monday.",
          "Officials said the agenda includes port access and quotas for herring.",
        ].join("\n\n"),
      },
    ]);
    const a = ask("What's on the agenda for the third round?");
    expect(a.answer).not.toMatch(/will open in Geneva/u);
  });
});

describe("what someone complained about", () => {
  const ask = askerOver([
    {
      id: "k1",
      outlet: "Harbour News",
      body: "The Freedonian side raised concerns about visa delays for its consular staff in Oslo. The talks lasted three hours.",
    },
  ]);

  it("is the concern they raised, though the article never says they complained", () => {
    const a = ask("What did the Freedonian side grumble about?");
    expect(a.status).toBe("answered");
    expect(a.answer).toContain("visa delays");
  });
});

describe("what was said of an event measured against an earlier one", () => {
  const ask = askerOver([
    {
      id: "m1",
      outlet: "Harbour News",
      body: "Delegations will meet in Bergen on June 12. A source told the agency that the meeting is expected to last a few hours longer than the previous round held on May 2.",
    },
  ]);

  it("is not about the earlier event because that event's date is given", () => {
    const a = ask("What did a source say about the expected length of the June meeting?");
    expect(a.status).toBe("answered");
    expect(a.answer).toContain("a few hours longer");
  });
});

describe("how someone described something", () => {
  const ask = askerOver([
    {
      id: "d1",
      outlet: "Harbour News",
      body: "Minister Holm described the Oslo talks as frank and useful. Delegations from both ports held talks in Oslo on Monday, officials said.",
    },
  ]);

  it("is answered by the words they used, not by a sentence that only reports the talks", () => {
    expect(ask("How did officials describe the talks in Oslo?").answer).toContain(
      "frank and useful",
    );
  });
});

describe("capitals named as a class", () => {
  const ask = askerOver([
    {
      id: "c1",
      outlet: "Harbour News",
      body: "Oslo and Copenhagen were in contact by phone as they prepared for the talks. The talks lasted six hours.",
    },
  ]);

  it("are the capital cities the articles name", () => {
    expect(ask("How did the capitals stay in touch before the talks?").answer).toContain(
      "in contact by phone",
    );
  });
});

describe("'what issue' answered by 'the issue of …'", () => {
  it("what follows 'of' says which issue, though the noun is the question's own", () => {
    const ask = askerOver([
      {
        id: "f1",
        outlet: "Harbour News",
        body: "The delegation is expected to raise the issue of resuming direct ferry service between the two ports.",
      },
    ]);
    const a = ask("What issue about ferries was the delegation expected to raise?");
    expect(a.status).toBe("answered");
    expect(a.answer).toContain("resuming direct ferry service");
  });
});
