import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildArticle, splitSentences } from "../../src/corpus/sentences.js";
import { makeArticle } from "../fixtures/articles.js";

describe("splitSentences", () => {
  it("does not end a sentence at U.S. or Mr.", () => {
    const body = "Staff at the U.S. Embassy left. Mr. Darchiev arrived. The U.S. State Department said so.";
    expect(splitSentences(body, "a").map((s) => s.text)).toEqual([
      "Staff at the U.S. Embassy left.",
      "Mr. Darchiev arrived.",
      "The U.S. State Department said so.",
    ]);
  });

  it("ends a sentence after a number when a capitalised word follows", () => {
    const body = "The meeting took place on February 27. It lasted six hours. They paid 3.5 percent.";
    expect(splitSentences(body, "a").map((s) => s.text)).toEqual([
      "The meeting took place on February 27.",
      "It lasted six hours.",
      "They paid 3.5 percent.",
    ]);
  });

  it("ends a sentence before one that opens with a figure, but not inside e.g. or 3.5", () => {
    const body = "It paid the Army. $1,500,000 went to pensions. Then 714 offices opened. See e.g. 5 rules.";
    expect(splitSentences(body, "a").map((s) => s.text)).toEqual([
      "It paid the Army.",
      "$1,500,000 went to pensions.",
      "Then 714 offices opened.",
      "See e.g. 5 rules.",
    ]);
  });

  it("does not end a sentence at Messrs. or Dr.", () => {
    const body = "It thanked Messrs. Lewis and Clark. Dr. Smith agreed.";
    expect(splitSentences(body, "a").map((s) => s.text)).toEqual([
      "It thanked Messrs. Lewis and Clark.",
      "Dr. Smith agreed.",
    ]);
  });

  it("ends a sentence after a closing quote, and not inside a quoted question", () => {
    const body = "He spoke of a “toxic legacy.” In particular, he named property. He asked “why?” she said.";
    expect(splitSentences(body, "a").map((s) => s.text)).toEqual([
      "He spoke of a “toxic legacy.”",
      "In particular, he named property.",
      "He asked “why?” she said.",
    ]);
  });

  it("gives ids and offsets that quote the body exactly", () => {
    const body = "First one here. Second one.\n\nThird in a new paragraph.";
    for (const s of splitSentences(body, "art")) expect(body.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(body, "art").map((s) => s.id)).toEqual(["art#s0", "art#s1", "art#s2"]);
  });
});

const sentence = fc
  .tuple(
    fc.constantFrom("The", "Mr.", "U.S.", "Officials", "Russia's"),
    fc.array(fc.constantFrom("talks", "U.S.", "embassy", "said", "on", "Thursday", "“six hours”"), {
      minLength: 1,
      maxLength: 8,
    }),
    fc.constantFrom(".", "?", "!"),
  )
  .map(([first, rest, end]) => `${first} ${rest.join(" ")}${end}`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((s) => s.join(" "));
const body = fc.array(paragraph, { minLength: 1, maxLength: 5 }).map((p) => p.join("\n\n"));

describe("passages (property)", () => {
  it("cover every sentence once, in order, never cutting one, quoting the body exactly", () => {
    fc.assert(
      fc.property(body, (text) => {
        const article = makeArticle(text);
        const fromPassages = article.passages.flatMap((p) => p.sentences);
        expect(fromPassages).toEqual(article.sentences);
        for (const p of article.passages) {
          expect(text.slice(p.start, p.end)).toBe(p.text);
          expect(p.text.startsWith(p.sentences[0]!.text)).toBe(true);
          expect(p.text.endsWith(p.sentences.at(-1)!.text)).toBe(true);
          expect(p.text.includes("\n\n")).toBe(false);
        }
      }),
    );
  });

  it("give each passage a stable id from the article id", () => {
    const meta = makeArticle("x", { id: "tass-1" });
    expect(buildArticle(meta, "One. Two.").passages.map((p) => p.id)).toEqual(["tass-1#p0"]);
  });
});
