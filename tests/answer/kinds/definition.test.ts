import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../../src/answer/answer.js";
import { talksIndex } from "../talksFixture.js";
import { askerOver } from "./helpers.js";

describe("who-is questions", () => {
  it("answer with the post the articles give the person", () => {
    expect(answerQuestion(talksIndex(), "Who is Maria Lindqvist?").answer).toMatch(/Secretary/);
  });

  it("decline a person the articles never mention", () => {
    expect(answerQuestion(talksIndex(), "Who is Hans Gruber?").status).toBe("not_found");
  });
});

describe("who-is questions with no post given", () => {
  const ask = askerOver([
    {
      id: "a1",
      outlet: "Harbour News",
      body: "Freedonia has had no envoy in Oslo since Olga Berg returned to Freedonia in May.",
    },
  ]);

  it("are answered by what the articles say of the person, quoted", () => {
    const a = ask("Who is Olga Berg?");
    expect(a.status).toBe("answered");
    expect(a.answer).toContain("since Olga Berg returned");
  });

  it("typed in lower case with a slip in the surname, are read through its correction", () => {
    const a = ask("who is olga bergg");
    expect(a.status).toBe("answered");
    expect(a.answer).toContain("since Olga Berg returned");
  });

  it("are still declined for a person the articles never name", () => {
    expect(ask("Who is Olga Svensson?").status).toBe("not_found");
  });
});

describe("which-X asked of a person's work, with a noun the articles never use", () => {
  const ask = askerOver([
    {
      id: "w1",
      outlet: "Harbour News",
      body: "In attendance was Jan Berg, Deputy Secretary for Nordic and Baltic Affairs.",
    },
    {
      id: "w2",
      outlet: "Daily Courier",
      body: "The delegation was led by Deputy Secretary for Arctic Affairs Jan Berg, who called the talks frank.",
    },
  ]);

  it("is answered by the person's post as each article gives it", () => {
    const a = ask("Which region does Berg cover at the ministry?");
    expect(a.versions?.length).toBe(2);
  });

  it("is not, when the question asks something else of the person", () => {
    expect(ask("Which phrase did Berg use for the talks?").answer).not.toMatch(/Deputy Secretary/);
  });
});

describe("what someone's job was at a time the question names", () => {
  const ask = askerOver([
    {
      id: "j1",
      outlet: "Harbour News",
      published: "2024-09-02",
      body: "The Ruritanian delegation was led by Ivan Petrovsky, Ruritania's newly appointed consul in Oslo.",
    },
    {
      id: "j2",
      outlet: "Daily Courier",
      published: "2024-09-03",
      body: "The Ruritanian delegation will again be led by Ivan Petrovsky, now Ruritania's consul in Oslo. In May, he was director of the ministry's fisheries department.",
    },
  ]);

  it("is the post a sentence dates to that time, not the post held now", () => {
    const a = ask("What was Ivan Petrovsky's job back in May?");
    expect(a.answer.split("\n")[0]).toMatch(/fisheries department/);
  });
});

describe("a post asked at a time set by an event", () => {
  const ask = askerOver([
    {
      id: "d1",
      outlet: "Harbour News",
      body: "The Ruritanian delegation was led by Ivan Petrovsky, now Ruritania's ambassador to Freedonia.",
    },
    {
      id: "d2",
      outlet: "Daily Courier",
      body: "Ivan Petrovsky, director of the ministry's ferry department, arrived in Oslo on Monday.\n\nRuritania has had no consul in Freedonia since Olga Varga returned to the capital in March.",
    },
  ]);

  it("'before he became Y' is answered with a post other than Y", () => {
    const a = ask("What was Petrovsky's job before he became ambassador?");
    expect(a.short ?? a.answer).toMatch(/director of the ministry's ferry department/iu);
    expect(a.short ?? "").not.toMatch(/ambassador/u);
  });

  it("'after she returned…' is not answered by the sentence that only tells of the return", () => {
    expect(ask("What job did Olga Varga take after she returned to the capital?").status).toBe(
      "not_found",
    );
  });
});
