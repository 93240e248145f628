import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  candidates,
  containment,
  DEDUPE_DEFAULTS,
  findDuplicates,
  linkDuplicates,
  shingles,
  sketch,
  type DedupeInput,
  type DedupeOptions,
  type DuplicateLink,
} from "../../src/corpus/dedupe.js";

const story =
  "Negotiators from the two capitals met for five hours in Vienna on Monday and agreed to continue talks on embassy staffing, visas and banking access for diplomats in both countries, officials said after the meeting ended late in the evening.";
const otherStory =
  "A regional court ordered the release of a local activist on Tuesday after prosecutors failed to present evidence, his lawyer told reporters outside the building, adding that an appeal was possible within ten days.";

describe("findDuplicates", () => {
  it("matches a badly scraped copy (broken lines, glued words, lost punctuation) to its clean twin", () => {
    const scraped = story.replace(" on Monday", "\non Monday").replace("told", "").replace("agreed to", "agreedto").replace(/,/g, "");
    const links = findDuplicates([
      { id: "clean", text: story, defectScore: 0 },
      { id: "scraped", text: scraped, defectScore: 5 },
    ]);
    expect(links).toEqual([{ id: "scraped", duplicateOf: "clean", similarity: expect.any(Number) }]);
  });

  it("keeps the copy with the lower defect score, whatever the order or the names", () => {
    const links = findDuplicates([
      { id: "a-first", text: story, defectScore: 9 },
      { id: "z-last", text: story, defectScore: 1 },
    ]);
    expect(links[0]).toMatchObject({ id: "a-first", duplicateOf: "z-last" });
  });

  it("does not link different stories on the same subject", () => {
    expect(
      findDuplicates([
        { id: "a", text: story, defectScore: 0 },
        { id: "b", text: otherStory, defectScore: 0 },
      ]),
    ).toEqual([]);
  });

  it("finds a copy that holds only part of the story", () => {
    const half = story.slice(0, story.length / 2);
    expect(containment(shingles(story), shingles(half))).toBeGreaterThan(0.9);
  });
});

/**
 * What findDuplicates found before LSH: every pair compared, the reference it must match. Only
 * how pairs are found differs; grouping them is the same step.
 */
function everyPair(items: DedupeInput[]): DuplicateLink[] {
  const sets = items.map((i) => shingles(i.text));
  const similar: Array<[number, number, number]> = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const sim = containment(sets[i] ?? new Set(), sets[j] ?? new Set());
      if (sim >= DEDUPE_DEFAULTS.threshold) similar.push([i, j, sim]);
    }
  }
  return linkDuplicates(items, similar);
}

/** Words from a small vocabulary, so unrelated texts share a shingle now and then. */
const word = fc.integer({ min: 0, max: 400 }).map((n) => `w${n}`);
const text = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max });

/**
 * A copy as scraping makes them: some words replaced, a few dropped, maybe only a part kept
 * (the start, the middle or the end), and up to `wrapping` words of its own around it (a
 * teaser on a page full of other text).
 */
const copyOf = (original: string[], keepAtLeast: number, wrapping: number) =>
  fc
    .record({
      edits: fc.array(fc.tuple(fc.nat(), word, fc.boolean()), { maxLength: 8 }),
      from: fc.double({ min: 0, max: 1 - keepAtLeast, noNaN: true }),
      keep: fc.double({ min: keepAtLeast, max: 1, noNaN: true }),
      before: text(0, wrapping),
      after: text(0, wrapping),
    })
    .map(({ edits, from, keep, before, after }) => {
      const words = [...original];
      for (const [at, replacement, drop] of edits) {
        if (drop) words.splice(at % words.length, 1);
        else words[at % words.length] = replacement;
      }
      const start = Math.floor(from * words.length);
      const kept = words.slice(start, start + Math.max(8, Math.ceil(keep * words.length)));
      return [...before, ...kept, ...after];
    });

/** A few stories, each with a few copies, in shuffled order. */
const corpusOf = (keepAtLeast: number, wrapping: number) =>
  fc
    .array(
      text(12, 400).chain((original) =>
        fc
          .array(copyOf(original, keepAtLeast, wrapping), { maxLength: 3 })
          .map((copies) => [original, ...copies]),
      ),
      { minLength: 1, maxLength: 5 },
    )
    .chain((stories) => fc.shuffledSubarray(stories.flat(), { minLength: stories.flat().length }))
    .map((texts) =>
      texts.map((words, i): DedupeInput => ({ id: `a${i}`, text: words.join(" "), defectScore: i % 3 })),
    );

/** Copies of every kind: edited, cut, wrapped in up to 2,000 words of other text. */
const corpus = corpusOf(0.3, 2000);

/** Every pair whose containment is at least `least`, as "i j" (i < j). */
function pairsAbove(items: DedupeInput[], least: number): string[] {
  const sets = items.map((i) => shingles(i.text));
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      if (containment(sets[i] ?? new Set(), sets[j] ?? new Set()) >= least) out.push(`${i} ${j}`);
    }
  }
  return out;
}

const proposed = (items: DedupeInput[], options: DedupeOptions = DEDUPE_DEFAULTS) =>
  candidates(
    items.map((i) => sketch(i.text, options)),
    options,
  ).map(([i, j]) => `${i} ${j}`);

/** A clear margin above the threshold: the pairs LSH must never miss. */
const CLEARLY = DEDUPE_DEFAULTS.threshold + 0.2;

describe("findDuplicates at scale (MinHash and LSH)", () => {
  it("finds a short teaser inside a long story, however much longer the story is", () => {
    const long = Array.from({ length: 40 }, (_, i) => `${story} Paragraph ${i} adds detail number ${i * 7}.`).join(" ");
    const teaser = `Read more: ${story}`;
    expect(findDuplicates([
      { id: "long", text: long, defectScore: 0 },
      { id: "teaser", text: teaser, defectScore: 1 },
    ])).toEqual([{ id: "teaser", duplicateOf: "long", similarity: expect.any(Number) }]);
  });

  it("proposes for comparison every pair whose containment is above the threshold by a clear margin", () => {
    fc.assert(
      fc.property(corpus, (items) => {
        expect(proposed(items)).toEqual(expect.arrayContaining(pairsAbove(items, CLEARLY)));
      }),
      { numRuns: 150 },
    );
  });

  it("proposes with banding alone every copy of about the same length clearly above the threshold", () => {
    const bandingOnly = { ...DEDUPE_DEFAULTS, sampleShare: Infinity };
    fc.assert(
      fc.property(corpusOf(0.9, 0), (items) => {
        expect(proposed(items, bandingOnly)).toEqual(expect.arrayContaining(pairsAbove(items, CLEARLY)));
      }),
      { numRuns: 150 },
    );
  });

  it("proposes with the sample alone every short copy inside a long twin clearly above the threshold", () => {
    const sampleOnly = { ...DEDUPE_DEFAULTS, rowsPerBand: DEDUPE_DEFAULTS.hashes + 1 };
    fc.assert(
      fc.property(corpusOf(0.3, 2000), (items) => {
        expect(proposed(items, sampleOnly)).toEqual(expect.arrayContaining(pairsAbove(items, CLEARLY)));
      }),
      { numRuns: 150 },
    );
  });

  it("links exactly what comparing every pair links", () => {
    fc.assert(
      fc.property(corpus, (items) => {
        expect(findDuplicates(items)).toEqual(everyPair(items));
      }),
      { numRuns: 150 },
    );
  });

  it("does not link a thousand different stories, nor compare most of their pairs", () => {
    const stories = fc.sample(text(80, 300), { numRuns: 1000, seed: 7 }).map((words, i) => ({
      id: `s${i}`,
      text: words.join(" "),
      defectScore: 0,
    }));
    expect(findDuplicates(stories)).toEqual([]);
    expect(proposed(stories).length).toBeLessThan((1000 * 999) / 2 / 100);
  });
});
