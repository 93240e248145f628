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
});
