import { describe, expect, it } from "vitest";
import { overview } from "../../../src/answer/kinds/overview.js";
import { analyseQuestion } from "../../../src/answer/analyse.js";
import { buildSearchIndex } from "../../../src/search/build.js";
import { makeCorpus } from "../../fixtures/articles.js";
import { askerOver } from "./helpers.js";

const ask = askerOver([
  {
    id: "a1",
    outlet: "Harbour News",
    body: "Delegations from Ruritania and Freedonia held talks in Oslo on Tuesday on fishing quotas.\n\nThe talks lasted four hours. Both sides agreed to meet again in June.",
  },
  {
    id: "a2",
    outlet: "Daily Courier",
    body: "Ruritanian and Freedonian negotiators met in Oslo this week to discuss fishing quotas and port access.\n\nThe next round will take place in Bergen.",
  },
  {
    id: "a3",
    outlet: "Harbour News Reprint",
    body: "Delegations from Ruritania and Freedonia held talks in Oslo on Tuesday on fishing quotas.",
  },
]);

describe("overview questions", () => {
  it("'what do the articles say about X' quotes what each article says, never looking for the word 'articles'", () => {
    const a = ask("What do the articles say about fishing quotas?");
    expect(a.kind).toBe("overview");
    expect(a.sources).toHaveLength(2);
    expect(a.sources.map((s) => s.outlet)).toContain("Daily Courier");
    expect(a.missing).toBeUndefined();
  });

  it("'how do the reports describe X' with only one article on X declines rather than pass one for all", () => {
    const a = ask("How do the reports describe port access?");
    expect(a.status).toBe("not_found");
    expect(a.missing ?? []).not.toContain("reports");
  });

  it("are recognised in their common wordings and not in a plain factual question", () => {
    const index = buildSearchIndex(makeCorpus([]));
    for (const q of [
      "What happened in Oslo?",
      "Summarize the talks",
      "Did they agree on anything?",
    ]) {
      expect(overview.detect(analyseQuestion(index, q)), q).toBe(true);
    }
    expect(overview.detect(analyseQuestion(index, "Who led the delegation?"))).toBe(false);
  });

  it("are recognised in chat wordings of a summary request", () => {
    const index = buildSearchIndex(makeCorpus([]));
    for (const q of [
      "tl;dr of the Oslo talks?",
      "quick rundown of the fishing talks please",
      "what are the talks about, in a nutshell",
      "give me the background on the port dispute",
    ]) {
      expect(overview.detect(analyseQuestion(index, q)), q).toBe(true);
    }
  });

  it("are not someone else's summary, which asks what that someone said", () => {
    const index = buildSearchIndex(makeCorpus([]));
    for (const q of [
      "How did the Freedonian minister sum up the mood of the talks?",
      "how does Oslo summarise the June round",
    ]) {
      expect(overview.detect(analyseQuestion(index, q)), q).toBe(false);
    }
    for (const q of ["How do the reports sum up the talks?", "can you sum up the Oslo round"]) {
      expect(overview.detect(analyseQuestion(index, q)), q).toBe(true);
    }
  });

  it("answer with sentences from different articles, each quoted exactly", () => {
    const a = ask("What happened in Oslo?");
    expect(a.status).toBe("answered");
    const ids = a.sources.map((s) => s.articleId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(a.answer).toContain("held talks in Oslo");
  });

  it("never quote one story twice, even when a copy was not recorded as one", () => {
    const a = ask("Summarize the talks in Oslo");
    const quotes = a.answer.split("\n").filter((l) => l.includes("held talks in Oslo on Tuesday"));
    expect(quotes.length).toBeLessThanOrEqual(1);
  });

  it("'did they agree on anything' quotes what was agreed", () => {
    expect(ask("Did they agree on anything in Oslo?").answer).toContain("agreed to meet again");
  });

  it("'did they agree on anything' quotes only sentences that say they agreed", () => {
    const a = askerOver([
      {
        id: "g1",
        outlet: "Harbour News",
        body: "Delegations from Ruritania and Freedonia held talks in Oslo on Tuesday on fishing quotas. In Oslo, Ruritania and Freedonia agreed to meet again in June.",
      },
      {
        id: "g2",
        outlet: "Daily Courier",
        body: "Ruritanian and Freedonian negotiators met in Oslo this week to discuss fishing quotas.",
      },
    ])("Did Ruritania and Freedonia agree on anything in Oslo?");
    expect(a.answer).toContain("agreed to meet again");
    expect(a.answer).not.toContain("negotiators met");
  });

  it("a summary draws on every article about it: a lone sentence sharing a rare word is none", () => {
    const a = askerOver([
      {
        id: "s1",
        outlet: "Harbour News",
        body: "Delegations from Ruritania and Freedonia held talks in Oslo on Tuesday on fishing quotas. The talks lasted five hours.",
      },
      {
        id: "s2",
        outlet: "Daily Courier",
        body: "The Oslo process is only one of several channels between Ruritania and Freedonia, officials said.",
      },
      {
        id: "s3",
        outlet: "Evening Post",
        body: "Freedonian and Ruritanian negotiators met again in Oslo on Friday and agreed on new quotas.",
      },
    ])("summarise the Oslo process on quotas");
    expect(a.status).toBe("not_found");
  });

  it("'what was the outcome' is answered only by sentences saying what came of it", () => {
    const talks = [
      {
        id: "o1",
        outlet: "Harbour News",
        body: "Ruritanian and Freedonian delegations held talks on fishing quotas in Oslo on Tuesday.",
      },
      {
        id: "o2",
        outlet: "Daily Courier",
        body: "The Oslo talks on fishing quotas lasted five hours, officials said.",
      },
    ];
    expect(
      askerOver(talks)("What was the outcome of the Oslo talks on fishing quotas?").status,
    ).toBe("not_found");
    const agreed = askerOver([
      ...talks,
      {
        id: "o3",
        outlet: "Evening Post",
        body: "At the Oslo talks on fishing quotas, the delegations agreed to meet again in June.",
      },
    ])("What was the outcome of the Oslo talks on fishing quotas?");
    expect(agreed.answer).toContain("agreed to meet again");
    expect(agreed.answer).not.toContain("lasted five hours");
  });

  it("decline when nothing in the articles is about the subject", () => {
    expect(ask("Summarize the talks on space exploration in Nairobi").status).toBe("not_found");
  });
});

describe("overview detection by shape, not by party", () => {
  it("'did <any parties> agree on anything' is an overview", () => {
    const index = buildSearchIndex(makeCorpus([]));
    const q = "Did Ruritania and Freedonia agree on anything?";
    expect(overview.detect(analyseQuestion(index, q))).toBe(true);
  });
});

describe("the wider picture", () => {
  const wide = askerOver([
    {
      id: "wp1",
      outlet: "Harbour News",
      body: "The Oslo talks are only one of the contacts between Norway and Denmark since the new mayor took office. The two mayors have also spoken twice by phone.",
    },
    {
      id: "wp2",
      outlet: "Valley Post",
      body: "Norway and Denmark resumed contacts after the new mayor took office, starting with talks in Oslo.",
    },
  ]);

  it("asks for an overview, not about a photo (though someone 'took' office)", () => {
    const a = wide(
      "What's the wider picture of contacts between Norway and Denmark since the mayor took office?",
    );
    expect(a.kind).toBe("overview");
    expect(a.status).toBe("answered");
  });
});
