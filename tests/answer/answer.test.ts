import fc from "fast-check";
import { askerOver } from "./kinds/helpers.js";
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/answer.js";
import { toContract } from "../../src/answer/contract.js";
import { answerMessages } from "../../src/answer/messages.js";
import type { Answer } from "../../src/answer/types.js";
import { buildSearchIndex } from "../../src/search/build.js";
import { makeArticle, makeCorpus } from "../fixtures/articles.js";
import { talksCorpus, talksIndex } from "./talksFixture.js";

const ask = (q: string): Answer => answerQuestion(talksIndex(), q);
const firstLine = (a: Answer): string => a.answer.split("\n")[0] ?? "";

const RICHER = ["kind", "short", "quotes", "versions", "items", "missing"];

describe("answerQuestion on articles it has never seen", () => {
  it("who: the person the sentence names for the asked role", () => {
    const a = ask("Who led the Ruritanian delegation?");
    expect(a.status).toBe("answered");
    expect(firstLine(a)).toBe("Ivan Petrovsky.");
  });

  it("who: the other delegation's head when the question names the other side", () => {
    expect(firstLine(ask("Who headed the Freedonian side?"))).toBe("Maria Lindqvist.");
  });

  it("when: a weekday is resolved against the article's publication date", () => {
    expect(firstLine(ask("When did the delegations meet in Geneva?"))).toBe(
      "Thursday, June 13, 2024.",
    );
  });

  it("how long: the duration phrase, with every article reporting it credited", () => {
    const a = ask("How long did the talks last?");
    expect(firstLine(a)).toMatch(/^(More than|Over) five hours\.$/);
    expect(a.notes.join(" ")).toMatch(
      /^Reported by (Northern Post|Daily Courier) and (Northern Post|Daily Courier)\.$/,
    );
    expect(a.sources.map((s) => s.articleId).sort()).toEqual(["dc1", "np1"]);
  });

  it("how many: the number with the counted noun", () => {
    expect(firstLine(ask("How many trawlers did Freedonia seize?"))).toBe(
      "Three Ruritanian trawlers.",
    );
  });

  it("where: the venue phrase", () => {
    expect(firstLine(ask("Where were the talks held?"))).toContain("Palais Lumière");
  });

  it("why: the reason phrase leads, the sentence follows", () => {
    const a = ask("Why did Freedonia seize the trawlers?");
    expect(firstLine(a)).toBe("In response to alleged illegal fishing.");
    expect(a.answer).toContain("Freedonia seized three Ruritanian trawlers");
  });

  it("yes/no: a negated sentence answers no", () => {
    expect(firstLine(ask("Are military issues on the agenda?"))).toBe("No.");
  });

  it("yes/no: a question word the sentence lacks is not answered yes", () => {
    const a = ask("Did Freedonia return the trawlers?");
    expect(a.status).toBe("not_found");
  });

  it("the sources' different fillings of one title are each given with their source", () => {
    const a = ask("What is Lindqvist's title?");
    expect(a.answer).toContain("differ");
    expect(a.answer).toContain('"Trade Secretary" (Northern Post)');
    expect(a.answer).toMatch(/Secretary for Trade and Fisheries" \(Daily Courier\)/);
  });

  it("two different posts of one person are not a disagreement", () => {
    const a = ask("Who is Petrovsky?");
    expect(a.status).toBe("answered");
    expect(a.answer).not.toContain("differ");
  });

  it("off-topic questions are declined with no sources", () => {
    const a = ask("What is the price of bread in Paris?");
    expect(a.status).toBe("not_found");
    expect(a.answer).toBe(answerMessages.notFound);
    expect(a.sources).toEqual([]);
  });

  it("a decline says which words of the question nothing in the articles mentions", () => {
    const a = ask("What is the population of Geneva?");
    expect(a.status).toBe("not_found");
    expect(a.missing).toEqual(["population"]);
    expect(a.answer).toContain('"population"');
  });

  it("a question about a party the articles never mention is declined", () => {
    expect(ask("Who led the Atlantian delegation?").status).toBe("not_found");
  });

  it("a refusal may show the nearest passage, labelled as not an answer", () => {
    const a = ask("What did Petrovsky say about whales?");
    expect(a.status).toBe("not_found");
    for (const note of a.notes) expect(note).toMatch(/^Nearest passage \(not an answer\)/);
  });

  it("a 'when will' question is not answered with a date already past", () => {
    expect(ask("When will the trawlers be seized?").status).toBe("not_found");
  });
});

describe("sources", () => {
  const questions = [
    "Who led the Ruritanian delegation?",
    "How long did the talks last?",
    "What is Lindqvist's title?",
    "Who is Petrovsky?",
    "Where were the talks held?",
  ];

  it("quote their passage exactly from the article's clean body", () => {
    const bodies = new Map(talksCorpus.articles.map((a) => [a.id, a.body]));
    for (const q of questions) {
      for (const s of ask(q).sources) expect(bodies.get(s.articleId)).toContain(s.passage);
    }
  });

  it("cite each article at most once and never a duplicate copy", () => {
    for (const q of questions) {
      const ids = ask(q).sources.map((s) => s.articleId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).not.toContain("np1-copy");
    }
  });

  it("the sentence quoted in the answer is inside a cited passage", () => {
    const a = ask("Who led the Ruritanian delegation?");
    const quoted = /"([^"]+)" —/.exec(a.answer)?.[1] ?? "";
    expect(a.sources.some((s) => s.passage.includes(quoted))).toBe(true);
  });
});

describe("confidence", () => {
  it("answers sit at or above one half, refusals below", () => {
    for (const q of [
      "Who led the Ruritanian delegation?",
      "How long did the talks last?",
      "What is the price of bread?",
      "Who led the Atlantian delegation?",
    ]) {
      const a = ask(q);
      if (a.status === "answered") expect(a.confidence).toBeGreaterThanOrEqual(0.5);
      else expect(a.confidence).toBeLessThan(0.5);
    }
  });
});

describe("hostile or odd input", () => {
  it.each([
    ["empty", ""],
    ["punctuation only", "?!?...,,,"],
    ["a 300-letter word", "x".repeat(300)],
    ["a NUL byte", "who\u0000led"],
    ["emoji", "🤔🤔 who led? 🇺🇸"],
    ["a mass mention", "@everyone who led the talks?"],
    ["only stopwords", "what is the"],
  ])("%s gets an answer object, not an exception", (_name, question) => {
    const a = ask(question);
    expect(["answered", "not_found"]).toContain(a.status);
    expect(a.question).not.toContain("\u0000");
    expect(a.question).not.toContain("@everyone");
  });

  it("an empty question is met with a prompt to ask about the talks", () => {
    expect(ask("   ").answer).toBe(answerMessages.noQuestion);
  });

  it("any string at all yields a well-formed answer", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (q) => {
        const a = toContract(ask(q));
        // The contract's six keys first, in order; richer fields only beside them.
        expect(Object.keys(a).slice(0, 6)).toEqual([
          "question",
          "status",
          "answer",
          "confidence",
          "sources",
          "notes",
        ]);
        for (const extra of Object.keys(a).slice(6)) expect(RICHER).toContain(extra);
        expect(a.confidence).toBeGreaterThanOrEqual(0);
        expect(a.confidence).toBeLessThanOrEqual(1);
        expect(a.answer.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe("answers that depend on who, where and with whom", () => {
  const index = buildSearchIndex(
    makeCorpus([
      makeArticle(
        [
          "The first round took place in Oslo on May 2, 2024. A second round took place in Rome on June 5, 2024.",
          "Foreign Minister Anna Berg and Trade Minister Paul Dorn signed the protocol.",
          "In 2019, the Atlantian navy detained 12 Borduvian fishermen.",
        ].join("\n\n"),
        { id: "rounds", outlet: "Harbour News", published: "2024-06-20" },
      ),
    ]),
  );
  const askHere = (q: string): Answer => answerQuestion(index, q);

  it("a round placed elsewhere does not answer a question about this place", () => {
    expect(firstLine(askHere("When did the round in Rome take place?"))).toBe(
      "Wednesday, June 5, 2024.",
    );
    expect(firstLine(askHere("When did the round in Oslo take place?"))).toBe(
      "Thursday, May 2, 2024.",
    );
  });

  it("people listed together with 'and' are answered together", () => {
    expect(firstLine(askHere("Who signed the protocol?"))).toBe("Anna Berg and Paul Dorn.");
  });

  it("a count done by someone else does not answer who did it", () => {
    expect(askHere("How many fishermen did Borduvia detain?").status).toBe("not_found");
    expect(firstLine(askHere("How many fishermen did the Atlantian navy detain?"))).toBe(
      "12 Borduvian fishermen.",
    );
  });
});

describe("an answer about someone or somewhere the question names", () => {
  it("never comes from an article that does not name them, however well its words match", () => {
    const aboutOslo = [
      "ferry fees",
      "port access",
      "fishing quotas",
      "harbour dues",
      "pilot boats",
    ].map((topic, i) => ({
      id: `o${i}`,
      outlet: "Harbour News",
      body: `Ruritanian and Freedonian delegations met in Oslo to discuss ${topic}.`,
    }));
    const ask = askerOver([
      ...aboutOslo,
      {
        id: "b1",
        outlet: "Town Crier",
        body: "The Bergen council is on track to add two new bus routes this year, the mayor said.",
      },
    ]);
    expect(ask("How many new bus routes will the Oslo council add this year?").status).toBe(
      "not_found",
    );
    expect(ask("How many new bus routes will the Bergen council add this year?").short).toBe(
      "Two new bus routes",
    );
  });
});
