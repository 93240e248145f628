/**
 * The corpus's sentence splitter sometimes keeps two sentences together ("…took place on
 * February 27. It lasted…": the number before the full stop hides the break). The timeline reads
 * and summarises each part on its own, while still quoting the corpus sentence as the passage.
 */

const SENTENCE_BREAK = /(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St))[.!?]["”’]?\s+(?=["“]?[A-Z])/g;

export interface Part {
  /** Index of the part within its sentence. */
  index: number;
  from: number;
  to: number;
}

/** The parts of text, each ending with its own punctuation. */
export function sentenceParts(text: string): Part[] {
  const parts: Part[] = [];
  let from = 0;
  for (const m of text.matchAll(SENTENCE_BREAK)) {
    const to = m.index + m[0].trimEnd().length;
    parts.push({ index: parts.length, from, to });
    from = m.index + m[0].length;
  }
  parts.push({ index: parts.length, from, to: text.length });
  return parts.filter((p) => p.to > p.from);
}

/** The parts of the sentence last asked about: each dated clause of it asks again. */
let recent: { text: string; parts: readonly Part[] } | null = null;

/** The part holding text[start, end). */
export function partAround(text: string, start: number): Part {
  if (recent?.text !== text) recent = { text, parts: sentenceParts(text) };
  const parts = recent.parts;
  return (
    parts.find((p) => start >= p.from && start < p.to) ??
    parts.at(-1) ?? { index: 0, from: 0, to: text.length }
  );
}
