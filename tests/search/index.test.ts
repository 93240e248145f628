import { stem } from "../../src/nlp/stem.js";
import { describe, expect, it } from "vitest";
import { assembleIndex, buildIndexParts, buildSearchIndex } from "../../src/search/build.js";
import { expandQuery, searchPassages } from "../../src/search/query.js";
import { tokenize } from "../../src/search/tokens.js";
import type { RetrievalMode, SearchIndex } from "../../src/search/types.js";
import { makeArticle, makeCorpus } from "../fixtures/articles.js";

const corpus = makeCorpus([
  makeArticle(
    "The Ruritanian delegation was led by Ivan Petrovsky, deputy foreign minister. The talks lasted about four hours.\n\nThe meeting took place at the Grand Hotel in Geneva.",
    { id: "a1", outlet: "Agency One" },
  ),
  makeArticle(
    "Officials said Ivan Petrovskiy would travel to Vienna next week. Petrovskiy declined to comment on the negotiations.",
    { id: "a2", outlet: "Agency Two" },
  ),
  makeArticle("Farmers in the valley harvested their barley early this year.", { id: "a3" }),
]);

function articlesFor(index: SearchIndex, question: string, mode: RetrievalMode = "bm25+fuzzy") {
  const words = tokenize(question).filter((t) => !["the", "who", "is", "was"].includes(t.norm));
  const terms = expandQuery(index, words);
  return searchPassages(index, terms, question, mode).map((h) => h.passage.article.id);
}

describe("buildSearchIndex", () => {
  const index = buildSearchIndex(corpus);

  it("indexes every passage of every canonical article", () => {
    const expected = corpus.articles.flatMap((a) => a.passages.map((p) => p.id));
    const indexed = Array.from(
      { length: index.postings.documentCount },
      (_, doc) => index.passageOfDocument(doc)?.id,
    );
    expect(indexed).toEqual(expected);
    const named = Array.from({ length: index.postings.documentCount }, (_, doc) =>
      index.passageRefOfDocument(doc),
    );
    expect(named).toEqual(
      corpus.articles.flatMap((a) => a.passages.map((p) => ({ id: p.id, articleId: a.id }))),
    );
    expect(index.passageRefOfDocument(index.postings.documentCount)).toBeUndefined();
    for (const id of expected) expect(index.passages.get(id)?.passage.id).toBe(id);
  });

  it("ranks the passage holding the rare words first", () => {
    expect(articlesFor(index, "barley harvest")[0]).toBe("a3");
  });

  it("finds a misspelt word through the corpus vocabulary", () => {
    expect(articlesFor(index, "Geneeva hotel")).toContain("a1");
  });

  it("groups two spellings of one surname as variants", () => {
    expect(index.vocabulary.nameVariants[stem("petrovsky")]).toContain(stem("petrovskiy"));
  });

  it("reaches both spellings of a name with fuzzy expansion, one without", () => {
    expect(articlesFor(index, "Petrovsky").sort()).toEqual(["a1", "a2"]);
    expect(articlesFor(index, "Petrovsky", "bm25")).toEqual(["a1"]);
  });

  it("finds people inside titles and keeps places apart", () => {
    const people = index.entities.filter((e) => e.kind === "person").map((e) => e.text);
    expect(people).toContain("Ivan Petrovsky");
    expect(people).not.toContain("Grand Hotel");
    expect(index.placeStems.has("geneva")).toBe(true);
  });

  it("keeps an ordinary word out of people's and places' names, however a name uses it", () => {
    const planned = buildSearchIndex(
      makeCorpus([
        makeArticle(
          [
            "Lawmakers praised the Harbor Plan in Geneva. Mary Stone backed the plan.",
            "The plan grew, and the new plan was cheaper. Officials sent it to the Plan Office.",
          ].join("\n\n"),
          { id: "p1" },
        ),
      ]),
    );
    // "Harbor Plan" reads like a person's name; "plan" is still the corpus's ordinary word.
    expect(planned.people.has("harbor plan")).toBe(true);
    expect(planned.nameParts.has(stem("plan"))).toBe(false);
    expect(planned.surnames.has(stem("plan"))).toBe(false);
    expect(planned.nameParts.has(stem("harbor"))).toBe(true);
    expect(planned.surnames.has(stem("stone"))).toBe(true);
    expect(planned.placeStems.has(stem("geneva"))).toBe(true);
  });

  it("of corrections equally near a slip, takes the ones the corpus commonly uses", () => {
    const fields = buildSearchIndex(
      makeCorpus([
        makeArticle(
          [
            ...Array.from({ length: 12 }, (_, i) => `Barley field ${i + 1} was harvested early.`),
            "The rain had barely stopped.",
          ].join("\n\n"),
          { id: "f1" },
        ),
      ]),
    );
    const spelt = expandQuery(fields, tokenize("barly"))
      .filter((t) => t.via === "spelling")
      .map((t) => t.stem);
    expect(spelt).toEqual([stem("barley")]);
  });

  it("reads a slip whose stem is some other corpus word as the word it is near", () => {
    const market = buildSearchIndex(
      makeCorpus([
        makeArticle(
          "The meeting on meat exports lasted two hours.\n\nMeat prices fell after the meeting.",
          { id: "m1" },
        ),
      ]),
    );
    // "meating" stems to "meat", but neither the corpus nor English writes it.
    const terms = expandQuery(market, tokenize("meating"));
    expect(terms.map((t) => t.stem)).toContain(stem("meeting"));
    expect(terms.map((t) => t.stem)).not.toContain(stem("meat"));
    // A word the corpus writes is itself.
    expect(expandQuery(market, tokenize("meat")).map((t) => t.stem)).toContain(stem("meat"));
  });

  it("returns nothing for a query of stopwords only", () => {
    expect(articlesFor(index, "the of and")).toEqual([]);
  });

  it("does not correct a short word onto a different corpus word", () => {
    expect(index.vocabulary.correct("vein")).toEqual([]);
  });

  it("reads a four-letter word with a letter left out as the one corpus word it falls short of", () => {
    expect(index.vocabulary.correct("hotl").map((c) => c.norm)).toEqual(["hotel"]);
    // "their" is as long as "talks", but only "talks" is one letter away.
    expect(index.vocabulary.correct("tlks").map((c) => c.norm)).toEqual(["talks"]);
    expect(index.vocabulary.correct("vein")).toEqual([]);
  });

  it("corrects a word spelt by ear onto the corpus word it sounds like", () => {
    // Two letters off, which a word this short may not carry by spelling alone.
    expect(index.vocabulary.correct("barlie").map((c) => c.norm)).toEqual(["barley"]);
    expect(index.vocabulary.correct("valee").map((c) => c.norm)).toEqual(["valley"]);
    // Two letters off and sounding otherwise: no correction.
    expect(index.vocabulary.correct("lasker")).toEqual([]);
  });
});

describe("dates in passage ranking", () => {
  // "Thursday" in an article of Friday 2024-06-14 is June 13: a question naming June finds it,
  // ahead of shorter passages that share only one of its words.
  const dated = buildSearchIndex(
    makeCorpus([
      makeArticle("Delegates from both countries held talks Thursday in Geneva.", {
        id: "weekday",
        published: "2024-06-14",
      }),
      makeArticle("Talks resumed.", { id: "short", published: "2024-06-14" }),
      makeArticle("The June festival drew crowds.", { id: "festival", published: "2024-06-14" }),
    ]),
  );

  it("a month the passage only implies through a weekday ranks it first", () => {
    expect(articlesFor(dated, "talks in June")[0]).toBe("weekday");
  });
});

describe("the words of a whole article", () => {
  const articles = [
    makeArticle(
      "The delegation met in Istanbul. Flights were discussed at length.\n\nBanking came up too.",
      { id: "long" },
    ),
    makeArticle("Nothing about aviation here.", { id: "short" }),
  ];
  const corpus = makeCorpus(articles);
  const parts = buildIndexParts(corpus);

  it("are the words of its passages, no more and no fewer", () => {
    const index = assembleIndex(corpus, parts);
    for (const article of articles) {
      const words = new Set(article.passages.flatMap((p) => [...index.passages.get(p.id)!.stems]));
      const lookup = index.articleStems.get(article.id)!;
      for (const w of words) expect(lookup.has(w)).toBe(true);
      for (const other of ["aviat", "flight", "bank", "zzzz"].filter((w) => !words.has(w))) {
        expect(lookup.has(other)).toBe(false);
      }
    }
  });

  it("are looked up without reading the article's text, however long it is", () => {
    let reads = 0;
    const counted = makeCorpus(
      articles.map((a) => {
        const copy = { ...a };
        Object.defineProperty(copy, "passages", {
          get: () => {
            reads += 1;
            return a.passages;
          },
        });
        return copy;
      }),
    );
    const index = assembleIndex(counted, parts);
    reads = 0;
    expect(index.articleStems.get("long")?.has("flight")).toBe(true);
    expect(index.articleStems.get("short")?.has("flight")).toBe(false);
    expect(reads).toBe(0);
  });
});
