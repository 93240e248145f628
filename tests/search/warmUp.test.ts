import { afterEach, describe, expect, it, vi } from "vitest";
import * as lexicon from "../../src/search/lexicon.js";
import { buildSearchIndex } from "../../src/search/build.js";
import { makeArticle, makeCorpus } from "../fixtures/articles.js";

const corpus = makeCorpus([
  makeArticle("The delegation was led by Ivan Petrovsky in Geneva on February 27.", { id: "a1" }),
  makeArticle("Farmers in the valley harvested their barley early this year.", { id: "a2" }),
]);

afterEach(() => vi.restoreAllMocks());

describe("SearchIndex.warmUp", () => {
  it("leaves a misspelt word's first correction nothing to build, and corrects it the same", () => {
    const cold = buildSearchIndex(corpus);
    const expected = [cold.vocabulary.correct("delegaton"), cold.related.correct("amercan")];
    const warm = buildSearchIndex(corpus);
    warm.warmUp();
    warm.warmUp();
    const building = vi.spyOn(lexicon, "Lexicon");
    expect([warm.vocabulary.correct("delegaton"), warm.related.correct("amercan")]).toEqual(
      expected,
    );
    expect(building).not.toHaveBeenCalled();
  });

  it("in steps (a reload's), builds the same and yields between the parts", async () => {
    const cold = buildSearchIndex(corpus);
    const words = ["delegaton", "barlie", "harvestted"];
    const expected = words.map((w) => cold.vocabulary.correct(w));
    const warm = buildSearchIndex(corpus);
    let pauses = 0;
    await warm.warmUpInSteps(async () => {
      pauses += 1;
    });
    expect(pauses).toBeGreaterThanOrEqual(4);
    const building = vi.spyOn(lexicon, "Lexicon");
    expect(words.map((w) => warm.vocabulary.correct(w))).toEqual(expected);
    expect(expected[1]!.map((c) => c.norm)).toContain("barley");
    expect(building).not.toHaveBeenCalled();
  });
});
