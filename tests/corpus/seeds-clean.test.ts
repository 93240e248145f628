import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanRaw } from "../../src/corpus/clean.js";
import { vocabularyFrom } from "../../src/corpus/vocabulary.js";
import labels from "../fixtures/seed-labels.json" with { type: "json" };

const RAW = "corpus/raw";
const files = readdirSync(RAW).sort();
const texts = new Map(files.map((f) => [f, readFileSync(`${RAW}/${f}`, "utf8")]));
const isWord = vocabularyFrom([...texts.values()]);
type Label = { junk: number[]; meta: number[]; metaPrefix: Record<string, string> };
const labelOf = (file: string): Label => (labels as unknown as Record<string, Label>)[file]!;

/** Letters only: a sentence survives cleaning if its letters do, whatever spacing was repaired. */
const letters = (s: string) =>
  s
    .replace(/<[^>]+>/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\d]/gu, "");

describe.each(files)("cleaning the seed %s", (file) => {
  const raw = texts.get(file)!;
  const label = labelOf(file);
  const clean = cleanRaw(raw, isWord);
  const body = letters(clean.body);
  const lines = raw.split("\n");

  it("keeps every line of article text", () => {
    lines.forEach((line, i) => {
      if (!line.trim() || label.junk.includes(i) || label.meta.includes(i)) return;
      const prefix = label.metaPrefix[String(i)] ?? "";
      expect(body, `line ${i}`).toContain(letters(line.slice(prefix.length)));
    });
  });

  it("drops every junk line", () => {
    const paragraphs = clean.body.split("\n").map(letters);
    for (const i of label.junk) {
      const junk = letters(lines[i]!);
      // A one-word label ("Russia") is inside article text too; it must not stand alone.
      if (lines[i]!.trim().split(/\s+/).length < 3) expect(paragraphs, `line ${i}`).not.toContain(junk);
      else expect(body, `line ${i}`).not.toContain(junk);
    }
  });

  it("leaves no line that starts in lower case or ends mid-sentence", () => {
    for (const paragraph of clean.body.split("\n")) {
      if (!paragraph) continue;
      expect(paragraph).toMatch(/^[\p{Lu}\d"“‘']/u);
      expect(paragraph).toMatch(/[.!?]["”’)]?$/u);
    }
  });
});
