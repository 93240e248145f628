import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EntityCollector, type Entity } from "../../src/search/entities.js";
import { tokenize } from "../../src/search/tokens.js";

const SENTENCES = [
  "Deputy Foreign Minister Sergei Ryabkov met Sonata Coulter in Istanbul.",
  "Negotiators continue the talks in Istanbul.",
  "Talks resumed after Sergei Ryabkov spoke.",
  "The delegation flew to Istanbul on Thursday.",
  "Sonata Coulter said the Embassy would reopen.",
  "Istanbul hosted the second round.",
  "They said Negotiators agreed nothing.",
  "SONATA COULTER spoke to Reuters.",
];

function collect(sentences: string[]): EntityCollector {
  const c = new EntityCollector();
  for (const s of sentences) c.addSentence(s, tokenize(s));
  return c;
}

function byKey(entities: Entity[], key: string): Entity | undefined {
  return entities.find((e) => e.key === key);
}

describe("EntityCollector", () => {
  it("finds the same entities, in the same order, however the sentences are split and merged", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...SENTENCES), { maxLength: 30 }),
        fc.array(fc.nat(30), { maxLength: 4 }),
        (sentences, cuts) => {
          const whole = collect(sentences).finish();
          const bounds = [
            0,
            ...cuts.map((c) => Math.min(c, sentences.length)).sort((a, b) => a - b),
          ];
          const merged = new EntityCollector();
          bounds.forEach((from, i) => {
            const part = collect(sentences.slice(from, bounds[i + 1] ?? sentences.length));
            merged.merge(part.state());
          });
          expect(merged.finish()).toEqual(whole);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("counts a lone sentence-opening word only when the corpus also capitalises it elsewhere", () => {
    const alone = collect([SENTENCES[1]!]).finish();
    expect(byKey(alone, "negotiators")).toBeUndefined();
    const also = collect([SENTENCES[1]!, SENTENCES[6]!]).finish();
    // Both sightings count once it is capitalised mid-sentence, and the opening one came first.
    expect(byKey(also, "negotiators")).toMatchObject({ text: "Negotiators", mentions: 2 });
  });

  it("keeps a place a place, names a person as first written, and counts every sighting", () => {
    const entities = collect(SENTENCES).finish();
    expect(byKey(entities, "istanbul")).toMatchObject({ kind: "place", mentions: 4 });
    expect(byKey(entities, "sonata coulter")).toMatchObject({
      kind: "person",
      text: "Sonata Coulter",
    });
    // Entities come in the order the corpus first mentions them.
    const keys = entities.map((e) => e.key);
    expect(keys.indexOf("sergei ryabkov")).toBeLessThan(keys.indexOf("istanbul"));
  });

  it("takes what follows 'according to' for a source, not a place", () => {
    const entities = collect([
      "According to Trade Secretary Maria Lindqvist, the talks went well.",
      "The talks were useful, according to Petrovsky.",
      "The delegation flew to Oslo on Monday.",
    ]).finish();
    expect(byKey(entities, "oslo")).toMatchObject({ kind: "place" });
    expect(entities.filter((e) => e.kind === "place").map((e) => e.key)).toEqual(["oslo"]);
    expect(byKey(entities, "maria lindqvist")).toMatchObject({ kind: "person" });
  });

  it("takes a word the corpus writes in lower case more than capitalised inside sentences for an ordinary word", () => {
    const c = collect([
      "Lawmakers passed the Harbor Plan on Monday.",
      "The plan was costly, and a second plan followed.",
      "Mary Harbor spoke to Reuters about Harbor.",
      "A harbor was built.",
    ]);
    const ordinary = c.lowerCaseWords();
    // "plan": twice in lower case, once capitalised; "harbor": three times capitalised, once not.
    expect(ordinary.has("plan")).toBe(true);
    expect(ordinary.has("harbor")).toBe(false);
    expect(ordinary.has("mary")).toBe(false);
  });

  it("counts the cases of words the same split over collectors as in one", () => {
    const sentences = [
      "The plan was costly.",
      "Harbor Plan passed.",
      "Its plan and that plan met.",
    ];
    const merged = new EntityCollector();
    for (const s of sentences) merged.merge(collect([s]).state());
    expect([...merged.lowerCaseWords()].sort()).toEqual(
      [...collect(sentences).lowerCaseWords()].sort(),
    );
    expect(merged.lowerCaseWords().has("plan")).toBe(true);
  });
});
