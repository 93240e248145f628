import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "../../src/search/build.js";
import { makeArticle, makeCorpus } from "../fixtures/articles.js";

const index = buildSearchIndex(
  makeCorpus([
    makeArticle(
      [
        "Ambassador Alexander Darchiev met officials in the Capitol on Monday.",
        "Ambassador Aleksandr Darchiyev said the Capital Plan was delayed.",
        "Trade with Australia grew. Trade with Austria fell. Freedonia sent envoys.",
        "The Freedonian envoys met the Plain Council.",
      ].join("\n\n"),
      { id: "a" },
    ),
  ]),
);
const variants = (stem: string) => index.vocabulary.nameVariants[stem] ?? [];

describe("name variants", () => {
  it("groups a person's name spelt two ways", () => {
    expect(variants("darchiev")).toContain("darchiyev");
  });

  it("groups a place with its adjective, one letter apart", () => {
    expect(variants("freedonia")).toContain("freedonian");
  });

  it("never groups dictionary words or two places more than a letter apart", () => {
    expect(variants("capital")).toEqual([]);
    expect(variants("capitol")).toEqual([]);
    expect(variants("plain")).toEqual([]);
    expect(variants("australia")).not.toContain("austria");
  });
});
