import type { ArticleMeta, Corpus } from "../../src/corpus/types.js";
import { buildSearchIndex } from "../../src/search/build.js";
import type { SearchIndex } from "../../src/search/types.js";
import { makeArticle, makeCorpus } from "../fixtures/articles.js";

/**
 * Invented talks between two invented countries, written for these tests: the answering code
 * must work on articles it has never seen, not only on the seed corpus.
 */
export const northernPost = makeArticle(
  [
    "Delegations from Ruritania and Freedonia met in Geneva on Thursday for talks on fishing quotas.",
    "The Ruritanian delegation was led by Ivan Petrovsky, deputy foreign minister. The Freedonian side was headed by Trade Secretary Maria Lindqvist.",
    "The talks lasted more than five hours and were held at the Palais Lumière. Freedonia seized three Ruritanian trawlers in 2022 in response to alleged illegal fishing, officials said.",
    "There are no military issues on the agenda, a spokesman said.",
  ].join("\n\n"),
  { id: "np1", outlet: "Northern Post", published: "2024-06-14", title: "Fishing talks in Geneva" },
);

export const dailyCourier = makeArticle(
  [
    "Ivan Petrovskiy, head of the Baltic Department at Ruritania's foreign ministry, said the Geneva talks were useful.",
    "Maria Lindqvist, Freedonia's Secretary for Trade and Fisheries, called the meeting frank. The talks lasted over five hours.",
  ].join("\n\n"),
  { id: "dc1", outlet: "Daily Courier", published: "2024-06-15", title: "Geneva talks useful" },
);

export const libraries = makeArticle(
  "The city council approved a new budget for public libraries on Monday.",
  { id: "lib", outlet: "Town Crier", published: "2024-06-10" },
);

/** A copy of the Northern Post story: recorded, never a source. */
export const copyMeta: ArticleMeta = {
  id: "np1-copy",
  title: northernPost.title,
  outlet: "Northern Post",
  republishedBy: "Aggregator",
  published: "2024-06-14",
  url: null,
  rawFile: "np1-copy.txt",
  duplicateOf: "np1",
  inferred: [],
};

export const talksCorpus: Corpus = {
  ...makeCorpus([dailyCourier, libraries, northernPost]),
  duplicates: [copyMeta],
};

let index: SearchIndex | undefined;
export function talksIndex(): SearchIndex {
  index ??= buildSearchIndex(talksCorpus);
  return index;
}
