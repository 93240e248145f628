import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import {
  articleRanges,
  restoreCorpus,
  snapshotCorpus,
  SnapshotBuilder,
} from "../../src/corpus/snapshot.js";

describe("SnapshotBuilder", () => {
  const corpus = loadCorpus("corpus/articles");

  it("makes from articles' offsets the very snapshot taken of the loaded corpus", () => {
    const builder = new SnapshotBuilder();
    for (const article of corpus.articles) builder.add(articleRanges(article));
    const built = builder.finish(corpus.duplicates, corpus.problems);
    expect(built).toEqual(snapshotCorpus(corpus));
    expect(restoreCorpus(built)).toEqual(corpus);
  });
});
