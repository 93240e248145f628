import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../../src/answer/answer.js";
import { pieceAsked } from "../../../src/answer/kinds/masthead.js";
import { answerMessages } from "../../../src/answer/messages.js";
import { buildSearchIndex } from "../../../src/search/build.js";
import { makeArticle, makeCorpus } from "../../fixtures/articles.js";

const index = buildSearchIndex(
  makeCorpus([
    makeArticle("Ruritanian and Freedonian diplomats held fishing talks in Oslo on Thursday.", {
      id: "hn",
      outlet: "Harbour News",
      published: "2024-06-14",
      title: "Fishing talks open in Oslo",
    }),
    makeArticle("A second round of fishing talks will take place in Bergen next month.", {
      id: "dc",
      outlet: "Daily Courier",
      published: "2024-06-20",
      title: "Second round set for Bergen",
      evidence: {
        published: "the page's date line: 20 Jun 2024, 08:15 CET",
        outlet: "a credit line: dailycourier.example",
      },
    }),
    makeArticle("Freedonia proposed reopening ferry routes to Ruritania at the Oslo round.", {
      id: "nw",
      outlet: "Nordic Wire",
      republishedBy: "Bergen Gazette",
      published: "2024-06-16",
      title: "Ferry routes on the table",
    }),
    makeArticle("The city council approved a new budget for public libraries on Monday.", {
      id: "tc",
      outlet: "Town Crier",
      published: "2024-06-10",
      title: "",
    }),
  ]),
);
const ask = (question: string) => answerQuestion(index, question);

describe("questions about a piece itself", () => {
  it("give the date on the named outlet's article, its masthead cited", () => {
    const a = ask("When was the Harbour News article published?");
    expect(a.status).toBe("answered");
    expect(a.short).toMatch(/June 14, 2024/u);
    expect(a.sources.map((s) => s.articleId)).toEqual(["hn"]);
    expect(a.sources[0]!.passage).toMatch(/June 14, 2024/u);
  });

  it("give the outlet of the piece that ran on a named day", () => {
    const a = ask("what outlet did the June 20 story come from");
    expect(a.status).toBe("answered");
    expect(a.short).toBe('Daily Courier (credited as "dailycourier.example")');
  });

  it("quote the page's own line a date or an outlet was read from, so it can be checked", () => {
    const date = ask("When was the Daily Courier article published?");
    expect(date.answer).toContain('Read from the page\'s date line: "20 Jun 2024, 08:15 CET"');
    const outlet = ask("what outlet did the June 20 story come from");
    expect(outlet.answer).toContain('Read from a credit line: "dailycourier.example"');
    // The cited source carries the line too, not only the answer's text.
    expect(outlet.sources[0]!.passage).toContain('"dailycourier.example"');
    // Without a recorded line, the masthead alone is cited.
    expect(ask("When was the Harbour News article published?").answer).not.toContain("Read from");
  });

  it("give the headline, or say plainly the masthead has none", () => {
    expect(ask("What is the headline of the Daily Courier piece?").short).toBe(
      "Second round set for Bergen",
    );
    const none = ask("What is the headline of the Town Crier article?");
    expect(none.status).toBe("not_found");
    expect(none.answer).toBe(answerMessages.notOnMasthead("title"));
  });

  it("find the piece by what the question says it is about, and by nothing else", () => {
    expect(ask("what date is on the Harbour News piece about the fishing talks").short).toMatch(
      /June 14/u,
    );
    const other = ask("what date is on the Harbour News piece about the budget");
    expect(other.status).toBe("not_found");
    expect(other.answer).toBe(answerMessages.noSuchPiece);
  });

  it("leave a question about what a piece says to the text", () => {
    expect(pieceAsked(index, "When did Harbour News report that the talks opened?")).toBeNull();
    expect(pieceAsked(index, "When did the talks in Oslo open?")).toBeNull();
  });
});

describe("questions about a piece named by its republisher, its date or what it covers", () => {
  it("give the original outlet of the piece a republisher ran", () => {
    const a = ask("Which outlet originally published the story the Bergen Gazette carried?");
    expect(a.short).toBe("Nordic Wire (republished by Bergen Gazette)");
  });

  it("find the piece named by both its outlet and its republisher", () => {
    const a = ask("What is the date on the Nordic Wire article republished by the Bergen Gazette?");
    expect(a.short).toMatch(/June 16, 2024/u);
  });

  it("take what the articles never say ('previewing') as describing the piece", () => {
    const a = ask("Which outlet filed the June 20 report previewing the second round in Bergen?");
    expect(a.short).toBe('Daily Courier (credited as "dailycourier.example")');
  });

  it("leave to the text a question that goes on to ask what the piece says", () => {
    expect(
      pieceAsked(index, "In the Harbour News article dated June 14, how long did the talks last?"),
    ).toBeNull();
  });
});
