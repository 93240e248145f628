import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../../src/answer/answer.js";
import { buildSearchIndex } from "../../../src/search/build.js";
import { makeArticle, makeCorpus } from "../../fixtures/articles.js";

const index = buildSearchIndex(
  makeCorpus([
    makeArticle(
      "The next round of ferry talks will take place in Geneva in the coming days, the ministry said.",
      {
        id: "p1",
        outlet: "Harbour News",
        republishedBy: "Lakeview Herald",
        published: "2024-06-11",
        url: "https://www.harbournews.example/ferry-talks",
      },
    ),
    makeArticle(
      "In May, the business newspaper Gazette reported that Ruritania had chosen Ivan Petrovsky as its next envoy.",
      { id: "p2", outlet: "Daily Courier", published: "2024-06-14" },
    ),
  ]),
);
const ask = (q: string) => answerQuestion(index, q);

describe("publisher questions", () => {
  it("'which outlet published the piece on …' is the article's outlet, with its site", () => {
    const a = ask("Which outlet published the piece on the next round of ferry talks?");
    expect(a.short).toBe("Harbour News (harbournews.example)");
    expect(a.sources[0]?.outlet).toBe("Harbour News");
  });

  it("'which site republished …' is the site the copy was taken from", () => {
    expect(ask("Which site republished the story about the next round of ferry talks?").short).toBe(
      "Lakeview Herald",
    );
  });

  it("who 'reported' a fact inside a story is the source the story names, not its outlet", () => {
    const a = ask(
      "Which newspaper reported that Ruritania had chosen Petrovsky as its next envoy?",
    );
    expect(a.short).toBe("Gazette");
  });

  it("'which outlet first ran the piece <site> republished' is the outlet of the copy that site took", () => {
    const a = ask(
      "Which outlet originally wrote the piece about the next round of ferry talks that the Lakeview Herald republished?",
    );
    // Answered from the masthead, which names both.
    expect(a.short).toBe("Harbour News (republished by Lakeview Herald)");
  });
});
