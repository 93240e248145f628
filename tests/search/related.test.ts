import { describe, expect, it } from "vitest";
import { defaultEngineOptions } from "../../src/tuning/defaults.js";
import { wordVectors } from "../../src/lexicon/vectors.js";
import { lemma, stem } from "../../src/nlp/stem.js";
import { RelatedWords } from "../../src/search/related.js";
import { isStopword } from "../../src/lexicon/stopwords.js";

const surfaces = (words: string[]): Record<string, string> =>
  Object.fromEntries(words.map((w) => [w, stem(w)]));

describe("RelatedWords", () => {
  const related = new RelatedWords(
    wordVectors,
    surfaces(["flights", "bananas", "apples", "pears", "the", "committee"]),
  );

  it("finds corpus words for an expression of two words, by what it means as a whole", () => {
    const port = new RelatedWords(wordVectors, surfaces(["expelled", "traders", "kicked"]));
    expect(port.ofExpression("kick_out", stem("kick")).map((r) => r.stem)).toContain(
      stem("expelled"),
    );
    expect(port.ofExpression("kick_in", stem("kick"))).toEqual([]);
  });

  it("finds a corpus word of like meaning for a word the corpus never uses", () => {
    const found = related.of("planes", stem("planes")).map((r) => r.stem);
    expect(found).toContain(stem("flights"));
    expect(found).not.toContain(stem("bananas"));
  });

  it("never proposes a function word, however near it sits in vector space", () => {
    // With no similarity floor every corpus word would qualify; only the stopword rule
    // keeps "the" out.
    const any = new RelatedWords(wordVectors, surfaces(["the", "flights"]), {
      ...defaultEngineOptions.related,
      minSimilarity: -1,
      limit: 10,
    });
    const all = any.of("airplanes", stem("airplanes")).map((r) => r.stem);
    expect(all).toContain(stem("flights"));
    expect(all).not.toContain("the");
  });

  it("finds words of like meaning among the given words only, even for a word the corpus uses", () => {
    const withPlanes = new RelatedWords(wordVectors, surfaces(["planes", "flights", "bananas"]));
    // The corpus uses "planes", so the general lookup proposes nothing for it.
    expect(withPlanes.of("planes", stem("planes"))).toEqual([]);
    const among = (words: string[]): string[] =>
      withPlanes
        .nearAmong(
          "planes",
          stem("planes"),
          words.map((w) => stem(w)),
        )
        .map((r) => r.stem);
    expect(among(["flights", "bananas", "planes"])).toEqual([stem("flights")]);
    expect(among(["bananas"])).toEqual([]);
    // Exactly as near as the general lookup finds it, where both look.
    const general = related.of("planes", stem("planes")).find((r) => r.stem === stem("flights"));
    const near = withPlanes.nearAmong("planes", stem("planes"), [stem("flights")])[0];
    expect(near?.weight).toBeCloseTo(general!.weight, 5);
  });

  describe("confirmedAmong", () => {
    // Each word of the text read, and its lemma, with the stem it is written with.
    const forms = (words: string[]): Map<string, string[]> =>
      new Map(words.flatMap((w) => [[w, [stem(w)]] as const, [lemma(w), [stem(w)]] as const]));
    const confirmed = (word: string, words: string[]): string[] =>
      related.confirmedAmong(word, stem(word), forms(words)).map((r) => r.stem);

    it("finds a word WordNet relates and the vectors put near, below the vectors' own bar", () => {
      expect(confirmed("arrested", ["captured", "bananas"])).toEqual([stem("captured")]);
      // The vectors alone do not reach that pair.
      expect(related.nearAmong("arrested", stem("arrested"), [stem("captured")])).toEqual([]);
    });

    it("leaves a pair WordNet relates when the vectors say the two are far apart", () => {
      // "Aim" in its sense of an object: the vectors put them at 0.35.
      expect(confirmed("aim", ["objects"])).toEqual([]);
    });

    it("leaves words too common to say which sense is meant", () => {
      // WordNet relates "arrest" to "get"; "get" is among English's commonest words.
      expect(confirmed("arrested", ["got"])).toEqual([]);
    });

    it("is worth less than a spelling correction or the word itself", () => {
      const [found] = related.confirmedAmong("arrested", stem("arrested"), forms(["captured"]));
      expect(found?.weight).toBeLessThan(defaultEngineOptions.expansion.spellingWeight);
    });
  });

  it("a match through meaning is always worth less than the word itself", () => {
    for (const r of related.of("planes", stem("planes"))) expect(r.weight).toBeLessThan(0.85);
  });

  it("does not expand a word the corpus itself uses", () => {
    expect(related.of("apples", stem("apples"))).toEqual([]);
  });

  it("does not expand the most common English words", () => {
    const common = new RelatedWords(wordVectors, surfaces(["return", "come"]), {
      ...defaultEngineOptions.related,
      minSimilarity: 0.3,
    });
    expect(common.of("back", stem("back")).filter((r) => r.stem !== stem("return"))).toEqual([]);
  });

  it("reads a misspelt word as the commonest English word a slip away, and leaves real words", () => {
    expect(related.correct("amercan")).toBe("american");
    expect(related.correct("sanctons")).toBe("sanctions");
    expect(related.correct("negotations")).toBe("negotiations");
    expect(related.correct("american")).toBeUndefined();
    expect(related.correct("qzxvbrtplk")).toBeUndefined();
  });
});

describe("RelatedWords passes over the vectors", () => {
  const vectors = wordVectors();
  const english = [...vectors.rows.keys()].filter((w) => /^[a-z]{4,}$/.test(w)).slice(300, 900);
  const corpus = surfaces(english);

  /** nearAmong as a plain loop over every row of every candidate, every dimension summed. */
  function plainNearAmong(norm: string, candidates: string[], minSimilarity: number) {
    const n = vectors.dimensions;
    const rowOf = (w: string) => vectors.rows.get(lemma(w)) ?? vectors.rows.get(w);
    const q = rowOf(norm)!;
    if (q < defaultEngineOptions.related.minQuestionRank) return [];
    const rowsByStem = new Map<string, number[]>();
    const seen = new Set<number>();
    for (const [w, s] of Object.entries(corpus)) {
      if (isStopword(w)) continue;
      const row = rowOf(w);
      if (row === undefined || row >= defaultEngineOptions.related.vocabularyRank || seen.has(row))
        continue;
      seen.add(row);
      rowsByStem.set(s, [...(rowsByStem.get(s) ?? []), row]);
    }
    const found: Array<{ stem: string; weight: number; by: string }> = [];
    for (const c of candidates) {
      if (c === stem(norm)) continue;
      let best = 0;
      for (const row of rowsByStem.get(c) ?? []) {
        let dot = 0;
        for (let d = 0; d < n; d++) {
          const m = Math.fround(vectors.values[row * n + d]! * vectors.scales[row]!);
          dot += vectors.values[q * n + d]! * vectors.scales[q]! * m;
        }
        best = Math.max(best, dot);
      }
      const weight = best * defaultEngineOptions.related.weight;
      if (best >= minSimilarity) found.push({ stem: c, weight, by: "vectors" });
    }
    return found
      .sort((a, b) => b.weight - a.weight || a.stem.localeCompare(b.stem))
      .slice(0, defaultEngineOptions.related.limit);
  }

  it("nearAmong finds what summing every dimension of every row finds, to the last bit", () => {
    for (const minSimilarity of [0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7]) {
      const related = new RelatedWords(wordVectors, corpus, {
        ...defaultEngineOptions.related,
        minSimilarity,
      });
      const candidates = [...new Set(Object.values(corpus))];
      const words = ["meeting", "embassy", "flights", "talks", "property", "airline", "envoy"];
      for (const word of [...words, ...english.slice(0, 40)]) {
        expect(related.nearAmong(word, stem(word), candidates)).toEqual(
          plainNearAmong(word, candidates, minSimilarity),
        );
      }
    }
  });
});
