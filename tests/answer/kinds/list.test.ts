import { describe, expect, it } from "vitest";
import { analyseQuestion } from "../../../src/answer/analyse.js";
import { answerQuestion } from "../../../src/answer/answer.js";
import { list } from "../../../src/answer/kinds/list.js";
import { talksIndex } from "../talksFixture.js";
import { judgingWords, scoreHits } from "../../../src/answer/evidence.js";
import type { KindContext } from "../../../src/answer/kinds/types.js";
import { buildSearchIndex } from "../../../src/search/build.js";
import { expandQuery, searchPassages } from "../../../src/search/query.js";
import { makeArticle, makeCorpus } from "../../fixtures/articles.js";
import { askerOver } from "./helpers.js";

describe("list questions", () => {
  const index = talksIndex();

  it("are recognised by 'list …' and 'which <plural> …', not by a who question", () => {
    expect(list.detect(analyseQuestion(index, "List the issues on the agenda"))).toBe(true);
    expect(list.detect(analyseQuestion(index, "Which issues are on the agenda?"))).toBe(true);
    expect(list.detect(analyseQuestion(index, "Who led the delegation?"))).toBe(false);
  });

  it("are answered from the sentence that lists them", () => {
    expect(answerQuestion(index, "Which issues are on the agenda?").answer).toContain("agenda");
  });
});

describe("a sentence that answers a list question by itself", () => {
  const index = buildSearchIndex(
    makeCorpus([
      makeArticle(
        [
          "Following the talks, Freedonia signalled it could lift the fuel sanctions to advance the fishing deal.",
          "Freedonia also said it could ease certain sanctions on fishing fleets.",
          "Freedonia and Ruritania agreed to revive the fishing deal in Oslo.",
        ].join("\n\n"),
        { id: "deal", outlet: "Harbour News", published: "2024-06-14" },
      ),
    ]),
  );
  function holds(question: string, start: string): boolean {
    const analysis = analyseQuestion(index, question);
    const terms = expandQuery(index, analysis.content);
    const hits = searchPassages(index, terms, analysis.text, "bm25", 20);
    const { words } = judgingWords(index, analysis.content, terms, analysis.text, hits);
    const e = scoreHits(index, words, hits).find((x) => x.entry.sentence.text.startsWith(start))!;
    return list.holdsAnswer!(e, { analysis } as KindContext);
  }

  it("must name the things listed, not only say the rest of the question", () => {
    const q = "Which sanctions did Freedonia lift for the fishing deal?";
    expect(holds(q, "Freedonia and Ruritania agreed")).toBe(false);
    expect(holds(q, "Following the talks")).toBe(true);
  });

  it("'certain sanctions' says there are some, not which", () => {
    expect(holds("Which sanctions did Freedonia ease?", "Freedonia also said")).toBe(false);
  });

  it("a general noun ('what topics') is named in other words: any sentence may list them", () => {
    expect(
      holds("What topics did Freedonia and Ruritania agree on?", "Freedonia and Ruritania"),
    ).toBe(true);
  });

  it("a count before the noun says how many, not which: 'six trawlers' lists none", () => {
    const index = buildSearchIndex(
      makeCorpus([
        makeArticle(
          "Ruritania is seeking the return of six Ruritanian-owned trawlers seized in 2022.\n\nThe talks in Geneva lasted five hours.",
          { id: "l1", outlet: "Harbour News" },
        ),
        makeArticle(
          "Ruritania wants back the trawlers Aurora, Boreas and Cygnus, seized in 2022.",
          {
            id: "l2",
            outlet: "Daily Courier",
          },
        ),
      ]),
    );
    const a = answerQuestion(index, "Which trawlers does Ruritania want back?");
    expect(a.answer).toMatch(/Aurora/u);
    expect(a.answer).not.toMatch(/six Ruritanian-owned/u);
  });
});

describe("troubles, worries and problems", () => {
  it("name no kind of thing of their own: a sentence giving the concerns lists them", () => {
    const ask = askerOver([
      {
        id: "l9",
        outlet: "Harbour News",
        body: "The Freedonian side raised concerns regarding access to banking and insurance for its staff.",
      },
    ]);
    const a = ask("What money troubles did the Freedonian side complain about?");
    expect(a.status).toBe("answered");
    expect(a.answer).toContain("access to banking");
  });
});
