import { describe, expect, it } from "vitest";
import { askerOver } from "./helpers.js";

const ask = askerOver([
  {
    id: "a1",
    outlet: "Harbour News",
    published: "2024-06-14",
    body: "Ferry services between Ruritania and Freedonia were suspended shortly after the border dispute began.\n\nOn Thursday, officials met in Oslo to discuss trade.",
  },
  {
    id: "a2",
    outlet: "Daily Courier",
    published: "2024-06-20",
    body: "The next round of talks will be held in Bergen in September, the ministry said on Monday.",
  },
]);

describe("when questions", () => {
  it("an event placed by another event is answered with that event, not an unrelated date", () => {
    const a = ask("When were ferry services between Ruritania and Freedonia suspended?");
    expect(a.status).toBe("answered");
    expect(a.answer).toContain("shortly after the border dispute began");
  });

  it("'when will' is not answered by a sentence about the past", () => {
    const a = ask("When will ferry services resume?");
    expect(a.answer).not.toContain("suspended");
  });

  it("'which day of the week was the June round held' is answered with a day in June", () => {
    const rounds = askerOver([
      {
        id: "r1",
        outlet: "Harbour News",
        published: "2024-06-11",
        body: "A follow-up round was held in Oslo on May 2 to discuss ferry fares and port access.",
      },
      {
        id: "r2",
        outlet: "Daily Courier",
        published: "2024-06-14",
        body: "Delegations met in Oslo on June 13 to hold the June round on ferry fares and port access.",
      },
    ]);
    const a = rounds("Which day of the week was the June round in Oslo held?");
    expect(a.short).toBe("Thursday, June 13, 2024");
    expect(a.versions).toBeUndefined();
  });

  it("a date in another month than the one the question gives the event is no answer", () => {
    const a = askerOver([
      {
        id: "m1",
        outlet: "Harbour News",
        published: "2024-06-11",
        body: "A follow-up round was held in Oslo on May 2 to discuss ferry fares and port access. The June round of talks will take place in Bergen.",
      },
    ])("Which day of the week was the June round held?");
    expect(a.status).toBe("not_found");
  });
});

describe("when questions about what named countries did together", () => {
  const ask = askerOver([
    {
      id: "t1",
      outlet: "Harbour News",
      body: "Atlantis has long traded with Freedonia across the strait.\n\nThe old treaty of Vell was signed by two island kingdoms in March 1890.",
    },
  ]);

  it("a passage that names neither country does not date their treaty", () => {
    expect(ask("When did Atlantis and Freedonia sign the treaty?").status).toBe("not_found");
  });
});

describe("when was something said, asked with a misspelt verb", () => {
  const ask = askerOver([
    {
      id: "r1",
      outlet: "Harbour News",
      published: "2024-06-14",
      body: "A new round of fishing talks was first announced on June 3 by Trade Secretary Maria Lindqvist.",
    },
  ]);

  it("a misspelt verb of reporting still asks when it was reported", () => {
    expect(ask("when did lindqvist anounce the new round")?.short).toMatch(/June 3/u);
  });

  it("a day worked out from the article's date shows the words it was worked out from", () => {
    const a = ask("When was the new round first announced?");
    expect(a.short).toBe("Monday, June 3, 2024");
    const relative = askerOver([
      {
        id: "r2",
        outlet: "Harbour News",
        published: "2024-06-14",
        body: "Trade Secretary Maria Lindqvist said in a statement late Thursday that the talks would resume.",
      },
    ]);
    expect(relative("When did Lindqvist make her statement?").short).toBe(
      'Thursday, June 13, 2024 (the article says "late Thursday")',
    );
  });

  it("'after <month>' wants a later time, and an intention one still to come", () => {
    const later = askerOver([
      {
        id: "b1",
        outlet: "Harbour News",
        published: "2024-03-02",
        body: "The first round of trade talks was held in Oslo on February 27.\n\nBoth delegations expect to hold the next round of trade talks in the near term.",
      },
    ]);
    const a = later("When do the delegations expect to hold trade talks again after February?");
    expect(a.answer).not.toMatch(/February 27/u);
    expect(later("When was the first round of trade talks held?").short).toMatch(/February 27/u);
  });
});

describe("'what time' questions", () => {
  const timed = askerOver([
    {
      id: "t1",
      outlet: "Harbour News",
      body: "The ferry talks in Oslo opened at 10:30 a.m. on Tuesday, June 11, officials said.",
    },
    {
      id: "t2",
      outlet: "Daily Courier",
      body: "The second round of ferry talks will open in Bergen on June 20.",
    },
  ]);

  it("are answered with the time of day, not the date", () => {
    expect(timed("What time did the ferry talks in Oslo open?").short).toBe("10:30 a.m.");
  });

  it("are declined where the articles give only a date", () => {
    expect(timed("What time will the second round of ferry talks in Bergen open?").status).toBe(
      "not_found",
    );
  });
});

describe("a when-question in everyday words for speaking and for what came of a meeting", () => {
  const ask = askerOver([
    {
      id: "o1",
      outlet: "Harbour News",
      published: "2024-06-14",
      body: "The Ruritanian and Freedonian delegations held ferry talks in Oslo on Thursday.\n\nOn Friday, Freedonian spokeswoman Maria Lindqvist said the delegations had agreed on new ferry fees.",
    },
    { id: "o2", outlet: "Daily Courier", body: "The Oslo ferry talks lasted four hours." },
  ]);

  it("reads 'comment' as saying and 'the outcome' as what was agreed", () => {
    expect(ask("On what day did Lindqvist comment on the outcome of the ferry talks?").short).toBe(
      "Friday, June 14, 2024",
    );
  });
});

describe("when questions asked by a noun of time span", () => {
  it("'over what period' is answered by the years the sentence gives", () => {
    const ask = askerOver([
      {
        id: "p1",
        outlet: "Harbour News",
        body: "Freedonia wants back four trawlers seized between 2019 and 2021, the minister said.\n\nThe talks in Bergen lasted four hours.",
      },
    ]);
    const a = ask("Over what period were the Freedonian trawlers seized?");
    expect(a.status).toBe("answered");
    expect(a.answer.split("\n")[0]).toMatch(/2019 and 2021/u);
  });
});

describe("an event named by its season", () => {
  const ask = askerOver([
    {
      id: "se1",
      outlet: "Harbour News",
      body: "The first round was held in Oslo on February 3. The second round was held in Oslo on April 14.",
    },
  ]);

  it("is the one the articles date in that season's months", () => {
    expect(ask("What day did the spring round take place?").answer).toMatch(/April 14/u);
    expect(ask("When was the winter round held?").answer).toMatch(/February 3/u);
  });
});
