import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/answer.js";
import {
  datedSource,
  namedSource,
  outletNamed,
  outletsNamed,
  withoutCorpusReference,
} from "../../src/answer/outlets.js";
import { buildSearchIndex } from "../../src/search/build.js";
import { makeArticle, makeCorpus } from "../fixtures/articles.js";

const index = buildSearchIndex(
  makeCorpus([
    makeArticle("The talks in Oslo lasted four hours, officials said.", {
      id: "a1",
      outlet: "Harbour News",
    }),
    makeArticle("The talks in Oslo lasted five hours, according to the ministry.", {
      id: "a2",
      outlet: "Daily Courier",
    }),
  ]),
);

describe("a question that refers to the corpus as a whole", () => {
  it("is read without the reference", () => {
    expect(withoutCorpusReference("Who is the spokeswoman quoted in these reports?")).toBe(
      "Who is the spokeswoman?",
    );
    expect(withoutCorpusReference("How long did the talks last according to the articles?")).toBe(
      "How long did the talks last?",
    );
    expect(withoutCorpusReference("What did the reports say?")).toBeNull();
  });

  it("as the one saying it: 'do the articles say', 'as the reports name it'", () => {
    expect(withoutCorpusReference("What event do the articles say led to the ferry ban?")).toBe(
      "What event led to the ferry ban?",
    );
    expect(withoutCorpusReference("In which country is Vell, as the reports spell it?")).toBe(
      "In which country is Vell?",
    );
    expect(withoutCorpusReference("What do the articles say about the ferry ban?")).toBeNull();
  });
});

describe("a question that names its source", () => {
  it("is read as the question without the source, and the outlet the corpus knows", () => {
    expect(
      namedSource(index, "How long did the talks last, according to the Daily Courier?"),
    ).toEqual({
      outlet: "Daily Courier",
      rest: "How long did the talks last?",
    });
    expect(
      namedSource(index, "Per the Harbour News report, how long did the talks last?")?.outlet,
    ).toBe("Harbour News");
  });

  it("is the outlet a question makes the subject of a verb of reporting", () => {
    expect(namedSource(index, "How long did Daily Courier say the talks lasted?")).toEqual({
      outlet: "Daily Courier",
      rest: "How long did say the talks lasted?",
    });
    expect(namedSource(index, "The Harbour News reported the talks lasted how long?")?.outlet).toBe(
      "Harbour News",
    );
    expect(namedSource(index, "How long did the Harbour News team stay?")).toBeNull();
  });

  it("names no source when the outlet is not one of the corpus's", () => {
    expect(namedSource(index, "How long did the talks last, according to Reuters?")).toBeNull();
  });

  it("is answered from that outlet's articles only", () => {
    const a = answerQuestion(
      index,
      "How long did the talks in Oslo last, according to Daily Courier?",
    );
    expect(a.answer).toContain("five hours");
    expect(a.sources.map((s) => s.outlet)).toEqual(["Daily Courier"]);
    expect(a.question).toBe("How long did the talks in Oslo last, according to Daily Courier?");
  });
});

describe("a question that names its source by the day it ran", () => {
  const dated = buildSearchIndex(
    makeCorpus([
      makeArticle("The Ruritanian delegation was led by Ivan Petrovsky, officials said.", {
        id: "d1",
        outlet: "Harbour News",
        published: "2024-05-03",
      }),
      makeArticle("The Ruritanian delegation was led by Olga Lind, the ministry said.", {
        id: "d2",
        outlet: "Harbour News",
        published: "2024-06-11",
      }),
    ]),
  );

  it("is read as that day's article, in either order of day and month, with or without a year", () => {
    expect(datedSource(dated, "According to the May 3 report, who led the delegation?")).toEqual({
      published: "-05-03",
      said: "May 3 report",
      rest: "who led the delegation?",
    });
    expect(datedSource(dated, "Who led the delegation in the 11 June 2024 piece?")?.published).toBe(
      "2024-06-11",
    );
    // The date after the piece, the month abbreviated, the day with a leading zero.
    expect(
      datedSource(dated, "Who led the delegation, according to the article dated 03 May 2024?"),
    ).toEqual({
      published: "2024-05-03",
      said: "article dated 03 May 2024",
      rest: "Who led the delegation?",
    });
    expect(datedSource(dated, "In the report of Jun. 11, who led the delegation?")?.published).toBe(
      "-06-11",
    );
    // No article ran that day: the date is part of the question, not its source.
    expect(datedSource(dated, "According to the May 4 report, who led the delegation?")).toBeNull();
  });

  it("is answered from that article only, and says so when it has no answer", () => {
    const may = answerQuestion(dated, "According to the May 3 report, who led the delegation?");
    expect(may.answer).toContain("Petrovsky");
    expect(may.answer).not.toContain("Lind");
    const june = answerQuestion(dated, "According to the June 11 report, who led the delegation?");
    expect(june.answer).toContain("Olga Lind");
    const none = answerQuestion(
      dated,
      "According to the June 11 report, how long did the talks last?",
    );
    expect(none.status).toBe("not_found");
    expect(none.answer).toContain("June 11 report");
  });
});

describe("an outlet whose name begins with 'The'", () => {
  const withThe = buildSearchIndex(
    makeCorpus([
      makeArticle("The talks in Oslo lasted four hours, officials said.", {
        id: "t1",
        outlet: "The Harbour Times",
      }),
    ]),
  );

  it("is named without it too", () => {
    expect(outletNamed(withThe, "What did Harbour Times say about the talks?")).toBe(
      "The Harbour Times",
    );
    expect(outletsNamed(withThe, "when did harbour times run the piece")).toEqual({
      outlets: ["The Harbour Times"],
      rest: "when did               run the piece",
    });
  });

  it("keeps it when the rest is one word: 'The Quay' is not every quay", () => {
    const quay = buildSearchIndex(
      makeCorpus([
        makeArticle("The talks in Oslo lasted four hours.", { id: "q1", outlet: "The Quay" }),
      ]),
    );
    expect(outletNamed(quay, "How long did the talks by a quay last?")).toBeNull();
    expect(outletNamed(quay, "What did The Quay say?")).toBe("The Quay");
  });
});

describe("'according to' an outlet another outlet cites", () => {
  const cited = buildSearchIndex(
    makeCorpus([
      makeArticle("A source told Harbour News that the ferry talks would last about three hours.", {
        id: "c1",
        outlet: "Daily Courier",
      }),
      makeArticle("Harbour News opened a new office in Bergen this spring.", {
        id: "c2",
        outlet: "Harbour News",
      }),
    ]),
  );

  it("is answered from the passage that cites it, with its own outlet", () => {
    const a = answerQuestion(
      cited,
      "How long would the ferry talks last, per the Harbour News source?",
    );
    expect(a.status).toBe("answered");
    expect(a.answer).toContain("about three hours");
    expect(a.sources[0]?.outlet).toBe("Daily Courier");
  });
});
