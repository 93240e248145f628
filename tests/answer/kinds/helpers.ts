import { answerQuestion } from "../../../src/answer/answer.js";
import type { Answer } from "../../../src/answer/types.js";
import { buildSearchIndex } from "../../../src/search/build.js";
import { makeArticle, makeCorpus } from "../../fixtures/articles.js";

/** An asker over invented articles: one string per article, paragraphs split by blank lines. */
export function askerOver(
  articles: Array<{ body: string; id: string; outlet: string; published?: string }>,
): (question: string) => Answer {
  const index = buildSearchIndex(
    makeCorpus([
      ...articles.map((a) =>
        makeArticle(a.body, { id: a.id, outlet: a.outlet, published: a.published ?? "2024-06-14" }),
      ),
      makeArticle("The city council approved a new budget for public libraries on Monday.", {
        id: "zz-lib",
        outlet: "Town Crier",
      }),
    ]),
  );
  return (question) => answerQuestion(index, question);
}

export const firstLine = (a: Answer): string => a.answer.split("\n")[0] ?? "";
