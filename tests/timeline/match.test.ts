import fc from "fast-check";
import Fuse from "fuse.js";
import { describe, expect, it } from "vitest";
import { TopicMatcher } from "../../src/timeline/match.js";
import { isStopword, words } from "../../src/timeline/words.js";

/**
 * The matcher as first written: Fuse over every word of the texts, then every text checked.
 * TopicMatcher only asks Fuse about words of a likely length and letters, and finds texts
 * through their words; it must match exactly the same texts.
 */
function matchingByScan(texts: string[], topic: string): number[] {
  const normalise = (w: string) =>
    w
      .toLowerCase()
      .replace(/['’]s$/, "")
      .replace(/\./g, "");
  const textWords = texts.map((t) => new Set(words(t).map((w) => normalise(w.text))));
  const vocabulary = [...new Set(textWords.flatMap((s) => [...s]))];
  const fuse = new Fuse(vocabulary, {
    threshold: 0.3,
    ignoreLocation: true,
    ignoreDiacritics: true,
    includeScore: true,
  });
  const close = (q: string): string[] =>
    q.length < 4
      ? vocabulary.filter((v) => v === q)
      : fuse
          .search(q)
          .map((r) => r.item)
          .filter((v) => Math.abs(v.length - q.length) <= Math.max(2, Math.floor(q.length / 3)));
  const queryWords = words(topic)
    .map((w) => normalise(w.text))
    .filter((w) => w.length > 0 && !isStopword(w));
  if (queryWords.length === 0) return [];
  const alternatives = queryWords.map(close);
  return textWords.flatMap((set, i) =>
    alternatives.every((alts) => alts.some((a) => set.has(a))) ? [i] : [],
  );
}

const WORDS = [
  ..."flights flight flightless property properties Darchiev Darchiyev embassy embassies".split(
    " ",
  ),
  ..."Türkiye Turkiye Zakharova diplomats staffing banking visas Istanbul Riyadh the talks".split(
    " ",
  ),
  ..."US U.S. Lavrov's consulate ambassador ambassadors seized compounds grain direct".split(" "),
];

/** A word with up to three letters inserted, dropped or changed: the typos of a topic. */
const typo = fc
  .tuple(
    fc.constantFrom(...WORDS),
    fc.array(
      fc.tuple(
        fc.constantFrom("insert", "drop", "change"),
        fc.nat(),
        fc.constantFrom(..."aeiouyrstlnkvzéö".split("")),
      ),
      { maxLength: 3 },
    ),
  )
  .map(([word, edits]) =>
    edits.reduce((w, [op, at, c]) => {
      const i = at % (w.length + 1);
      if (op === "insert") return w.slice(0, i) + c + w.slice(i);
      if (op === "drop") return w.slice(0, i) + w.slice(i + 1);
      return w.slice(0, i) + c + w.slice(i + 1);
    }, word),
  );

const text = fc.array(fc.oneof(fc.constantFrom(...WORDS), typo), { minLength: 1, maxLength: 8 });

describe("topic matching", () => {
  it("matches exactly the texts that comparing the topic with every word matches", () => {
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 8 }),
        fc.array(typo, { minLength: 1, maxLength: 2 }),
        (parts, topicWords) => {
          const texts = parts.map((p) => p.join(" "));
          const topic = topicWords.join(" ");
          expect(new TopicMatcher(texts).matching(topic)).toEqual(matchingByScan(texts, topic));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("finds a name spelled another way but not a longer word that starts alike", () => {
    const matcher = new TopicMatcher(["Russia tapped Darchiev.", "Flightless birds.", "Flights"]);
    expect(matcher.matching("Darchiyev")).toEqual([0]);
    expect(matcher.matching("flight")).toEqual([2]);
  });
});
