import { stem } from "../../src/nlp/stem.js";
import { defaultEngineOptions } from "../../src/tuning/defaults.js";
import { describe, expect, it } from "vitest";
import { analyseQuestion } from "../../src/answer/analyse.js";
import { answerQuestion } from "../../src/answer/answer.js";
import { answerMessages } from "../../src/answer/messages.js";
import {
  fromNamingArticles,
  judgingWords,
  questionWords,
  scoreHits,
  scoreSentence,
  type WordMatch,
} from "../../src/answer/evidence.js";
import { buildSearchIndex } from "../../src/search/build.js";
import { expandQuery, searchPassages } from "../../src/search/query.js";
import { makeArticle, makeCorpus, otherSubjects } from "../fixtures/articles.js";
import { indexedSentences } from "../fixtures/indexed.js";

const index = buildSearchIndex(
  makeCorpus([
    makeArticle(
      [
        "Delegations will meet in Geneva on Thursday for the second round of talks on fishing quotas.",
        "Whereas the February round was held at the residence of the Freedonian consul, the venue of this round will be the Ruritanian mission.",
        "Ivan Petrovsky, Ruritania's ambassador to Freedonia, led the delegation.",
        "Petrovsky spoke with Trade Secretary Maria Lindqvist by phone.",
      ].join("\n\n"),
      { id: "rounds", outlet: "Harbour News", published: "2024-06-14" },
    ),
  ]),
);

/** How the sentence starting with `start` matches the question word `word`. */
function match(question: string, start: string, word: string): WordMatch {
  const analysis = analyseQuestion(index, question);
  const terms = expandQuery(index, analysis.content);
  const words = questionWords(index, analysis.content, terms, analysis.text);
  const entry = indexedSentences(index).find((s) => s.sentence.text.startsWith(start))!;
  return scoreSentence(index, words, entry, 0).matches.find((m) => m.word.token.norm === word)!;
}

describe("question words", () => {
  it("a generic verb the articles never use is left out of the words looked for", () => {
    const analysis = analyseQuestion(index, "Who did Petrovsky get to lead the delegation?");
    const words = questionWords(
      index,
      analysis.content,
      expandQuery(index, analysis.content),
      analysis.text,
    );
    expect(words.map((w) => w.token.norm)).not.toContain("get");
    expect(words.map((w) => w.token.norm)).toContain("lead");
  });

  it("a verb of aiming before 'to' and a verb hands its meaning on; alone it keeps it", () => {
    const words = (q: string): string[] => {
      const analysis = analyseQuestion(index, q);
      return questionWords(index, analysis.content, expandQuery(index, analysis.content), q).map(
        (w) => w.token.norm,
      );
    };
    expect(words("Is Petrovsky trying to lead the delegation?")).not.toContain("trying");
    expect(words("Did Petrovsky try the fish soup in Geneva?")).toContain("try");
  });

  it("so does a verb of aiming before an object and a participle: 'want the trawlers returned'", () => {
    const weightOfWant = (q: string): number => {
      const analysis = analyseQuestion(index, q);
      const words = questionWords(index, analysis.content, expandQuery(index, analysis.content), q);
      return words.find((w) => w.token.norm === "want")?.weight ?? 0;
    };
    const alone = weightOfWant("Does Petrovsky want the fish soup?");
    expect(alone).toBeGreaterThan(0);
    expect(weightOfWant("Why does Petrovsky want the seized trawlers returned?")).toBeLessThan(
      alone / 2,
    );
  });

  describe("an everyday word the articles never use", () => {
    const weights = (q: string): Map<string, number> => {
      const analysis = analyseQuestion(index, q);
      const words = questionWords(index, analysis.content, expandQuery(index, analysis.content), q);
      return new Map(words.map((w) => [w.token.norm, w.weight]));
    };

    it("weighs less than the noun the question asks for", () => {
      const w = weights("What was the weather when Petrovsky rang Lindqvist?");
      expect(w.get("rang")).toBeLessThan(w.get("weather")!);
    });

    it("weighs in full when asked for, and half as a word of the setting", () => {
      const asked = weights("Who are Petrovsky's grandchildren?").get("grandchildren")!;
      const setting = weights("Did Petrovsky's grandchildren visit Geneva?").get("grandchildren")!;
      expect(setting).toBeCloseTo(asked * defaultEngineOptions.evidence.unknownWordWeight);
    });

    it("keeps its full weight as a country's name or a qualifier, written in lower case", () => {
      const cash = weights("Did Petrovsky bring cash to Geneva?").get("cash")!;
      expect(weights("Did Petrovsky praise china in Geneva?").get("china")).toBeGreaterThan(cash);
      expect(weights("Did Petrovsky lead the third round?").get("third")).toBeGreaterThan(cash);
    });
  });

  it("'place' in 'take place' weighs as a light word, as a venue it weighs in full", () => {
    const weight = (q: string): number => {
      const analysis = analyseQuestion(index, q);
      const words = questionWords(index, analysis.content, expandQuery(index, analysis.content), q);
      return words.find((w) => w.token.norm === "place")!.weight;
    };
    expect(weight("Where did the February round take place?")).toBeLessThan(
      weight("Did the February round change its place?"),
    );
  });

  it("a verb that only links a state ('keep in contact', 'stay') weighs as a light word", () => {
    const corpus = buildSearchIndex(
      makeCorpus([
        makeArticle("The two ministries keep in contact by phone. Farmers keep bees near Oslo.", {
          id: "keep",
        }),
      ]),
    );
    const weights = (q: string): Map<string, number> => {
      const analysis = analyseQuestion(corpus, q);
      const terms = expandQuery(corpus, analysis.content);
      const words = questionWords(corpus, analysis.content, terms, q);
      return new Map(words.map((w) => [w.token.norm, w.weight]));
    };
    const w = weights("How do the ministries keep in contact?");
    expect(w.get("keep")!).toBeLessThan(w.get("contact")! / 2);
  });

  it("an adverb the articles never use is left out, a noun they never use is kept", () => {
    const analysis = analyseQuestion(
      index,
      "Did Petrovsky personally lead the trawler delegation?",
    );
    const words = questionWords(
      index,
      analysis.content,
      expandQuery(index, analysis.content),
      analysis.text,
    ).map((w) => w.token.norm);
    expect(words).not.toContain("personally");
    expect(words).toContain("trawler");
  });
});

describe("questionWords", () => {
  const weights = (question: string): Map<string, number> => {
    const analysis = analyseQuestion(index, question);
    const terms = expandQuery(index, analysis.content);
    const words = questionWords(index, analysis.content, terms, analysis.text);
    return new Map(words.map((w) => [w.token.norm, w.weight]));
  };

  it("a first name weighs little next to the surname that follows it", () => {
    const w = weights("What did Maria Lindqvist say?");
    expect(w.get("maria")!).toBeLessThan(w.get("lindqvist")! / 2);
  });

  it("two people joined by 'and' each weigh as a name, not as a first name", () => {
    const w = weights("When did Petrovsky and Lindqvist speak?");
    expect(w.get("petrovsky")).toBe(index.vocabulary.idf(stem("petrovsky")));
  });
});

describe("scoreSentence", () => {
  it("'this round' stands for the round the article's lead names", () => {
    const m = match("Where was the second round held?", "Whereas", "second");
    expect(m.at.length).toBeGreaterThan(0);
    expect(m.strength).toBe(1);
  });

  it("a misspelt month matches the month written in the sentence", () => {
    const m = match("Where was the Febrary round held?", "Whereas", "febrary");
    expect(m.at.length).toBeGreaterThan(0);
  });

  it("a place asked about as a party is not matched by 'ambassador to' that place", () => {
    expect(match("Who represented Freedonia?", "Ivan", "freedonia").at).toEqual([]);
    expect(match("Who is Ruritania's envoy to Freedonia?", "Ivan", "freedonia").at).not.toEqual([]);
  });
});

describe("judging among the articles about the question", () => {
  const talks = [
    makeArticle(
      "Ruritanian and Freedonian diplomats held talks in Oslo on Thursday. The talks lasted five hours.\n\nThe talks in Oslo will resume, the ministry said, and direct flights may return.",
      { id: "t1", outlet: "Harbour News" },
    ),
    makeArticle(
      "Delegations from Ruritania and Freedonia met in Oslo for talks on port access.\n\nThe Oslo talks focused on fishing quotas, officials said.",
      { id: "t2", outlet: "Coast Daily" },
    ),
  ];
  // Articles about other things: each uses a question word once, in one of several passages.
  const elsewhere = otherSubjects([
    "The third harvest festival is scheduled for May in the valley.",
    "Farmers said planes would spray the barley before the rain.",
    "A third bridge over the river is scheduled to open in June.",
  ]);
  const mixed = buildSearchIndex(makeCorpus([...talks, ...elsewhere]));
  const alone = buildSearchIndex(makeCorpus(talks));

  function judged(question: string) {
    const analysis = analyseQuestion(mixed, question);
    const terms = expandQuery(mixed, analysis.content);
    const hits = searchPassages(mixed, terms, analysis.text, "bm25", 20);
    return { ...judgingWords(mixed, analysis.content, terms, analysis.text, hits), terms, hits };
  }

  it("a word only other articles use is not found where the answer is judged", () => {
    const { words, hits } = judged("How long did the Oslo talks last in the third round?");
    // The other articles' passages were read, yet their "third" is no match.
    expect(hits.some((h) => h.passage.article.id.startsWith("other-"))).toBe(true);
    expect(words.find((w) => w.token.norm === "third")?.unknown).toBe(true);
    expect(words.find((w) => w.token.norm === "oslo")?.unknown).toBe(false);
  });

  it("weighs the articles' own topic as little next to what they say of it as they alone would", () => {
    const { local } = judged("How long did the Oslo talks last in the third round?");
    const share = (idf: (s: string) => number): number => idf(stem("talks")) / idf(stem("lasted"));
    // Corpus-wide "talks" is rare; among the articles about talks it is everywhere.
    expect(share(local.idf)).toBeLessThan(share(mixed.vocabulary.idf));
    expect(share(alone.vocabulary.idf)).toBeLessThan(share(local.idf));
  });

  it("a word only other articles use is read by its meaning among the passages read", () => {
    const { terms, words } = judged("Will planes between Ruritania and Freedonia return?");
    expect(terms.some((t) => t.source === stem("planes") && t.stem === stem("flights"))).toBe(
      false,
    );
    const planes = words.find((w) => w.token.norm === "planes")!;
    expect([...planes.matches.keys()]).toContain(stem("flights"));
    expect(planes.matches.has(stem("planes"))).toBe(false);
  });

  it("a word the articles never use is read through a word WordNet and the vectors both relate", () => {
    const index = buildSearchIndex(
      makeCorpus([
        makeArticle(
          "Harbour police arrested two smugglers near the Oslo ferry terminal on Monday.",
          {
            id: "c1",
            outlet: "Harbour News",
          },
        ),
      ]),
    );
    const analysis = analyseQuestion(index, "How many smugglers were captured near Oslo?");
    const terms = expandQuery(index, analysis.content);
    const hits = searchPassages(index, terms, analysis.text, "bm25", 20);
    const { words } = judgingWords(index, analysis.content, terms, analysis.text, hits);
    const captured = words.find((w) => w.token.norm === "captured")!;
    expect(captured.matches.get(stem("arrested"))).toBe(
      defaultEngineOptions.related.confirmedWeight,
    );
  });
});

describe("the articles a question is judged among", () => {
  const index = buildSearchIndex(
    makeCorpus([
      makeArticle(
        "The Ruritanian delegation was led by Ivan Petrovsky, deputy foreign minister.\n\nThe talks in Geneva lasted five hours.",
        { id: "a1", outlet: "Harbour News", published: "2024-06-14" },
      ),
      makeArticle(
        "The old mill stood by the old road.\n\nOld houses lined the old square, and old men sat in the old inn.",
        { id: "d1", outlet: "Town Crier", published: "2024-06-10" },
      ),
      makeArticle("Farmers brought old grain to the old market on Monday.", {
        id: "d2",
        outlet: "Town Crier",
        published: "2024-06-11",
      }),
    ]),
  );

  it("are those naming whom it names: a word only other articles use is not said of them", () => {
    const a = answerQuestion(index, "How old is Ivan Petrovsky?");
    expect(a.status).toBe("not_found");
    expect(a.answer).toBe(answerMessages.notMentionedHere(["old"]));
    expect(answerQuestion(index, "Who led the Ruritanian delegation?").short).toBe(
      "Ivan Petrovsky",
    );
  });
});

describe("meanings sought for a word", () => {
  it("a word other articles use is theirs, not another way of saying one of these articles' words", () => {
    const index = buildSearchIndex(
      makeCorpus([
        makeArticle(
          "On Friday, officials in Oslo agreed on joint steps to create appropriate conditions for diplomats to carry out their duties.\n\nThe talks in Oslo lasted five hours.",
          { id: "a1", outlet: "Harbour News", published: "2024-06-14" },
        ),
        makeArticle(
          "We cannot expect fair weather all the way.\n\nThe weather service should be separated from the army.\n\nStormy weather delayed the harvest.",
          { id: "d1", outlet: "Town Crier", published: "1910-06-10" },
        ),
      ]),
    );
    expect(answerQuestion(index, "What is the weather in Oslo?").status).toBe("not_found");
  });
});

describe("a part of a month", () => {
  it("is no word to find: 'late February' is met by any date in February", () => {
    const index = buildSearchIndex(
      makeCorpus([
        makeArticle("The talks took place on February 27. A statement came late on Monday.", {
          id: "m1",
          outlet: "Harbour News",
        }),
      ]),
    );
    const analysis = analyseQuestion(index, "How long were the talks in late February?");
    const terms = expandQuery(index, analysis.content);
    const hits = searchPassages(index, terms, analysis.text, "bm25", 20);
    const { words } = judgingWords(index, analysis.content, terms, analysis.text, hits);
    expect(words.map((w) => w.token.norm)).toContain("february");
    expect(words.map((w) => w.token.norm)).not.toContain("late");
  });
});

describe("evidence from the articles that name what the question names", () => {
  const index = buildSearchIndex(
    makeCorpus([
      makeArticle(
        "Delegations of Ruritania and Freedonia met in Oslo for consultations on fishing quotas.\n\nTrade Secretary Maria Lindqvist headed the Freedonian side.",
        { id: "oslo", outlet: "Harbour News" },
      ),
      makeArticle(
        "The Freedonian delegation to the shipping consultations was led by the Coast League.",
        { id: "shipping", outlet: "Coast Gazette" },
      ),
    ]),
  );
  const judged = (question: string) => {
    const analysis = analyseQuestion(index, question);
    const terms = expandQuery(index, analysis.content);
    const hits = searchPassages(index, terms, analysis.text, "bm25", 20);
    const { words } = judgingWords(index, analysis.content, terms, analysis.text, hits);
    const evidence = scoreHits(index, words, hits);
    const articles = (list: typeof evidence) => new Set(list.map((e) => e.entry.article.id));
    return { all: articles(evidence), kept: articles(fromNamingArticles(index, words, evidence)) };
  };

  it("an article that never names a city the question names is set aside when another does", () => {
    const { all, kept } = judged("Who led the Freedonian delegation at the Oslo consultations?");
    expect(all).toEqual(new Set(["oslo", "shipping"]));
    expect(kept).toEqual(new Set(["oslo"]));
  });

  it("every article is kept when none names more of the question's names than another", () => {
    const { all, kept } = judged("Who led the Freedonian delegation at the consultations?");
    expect(all).toEqual(new Set(["oslo", "shipping"]));
    expect(kept).toEqual(all);
  });
});
