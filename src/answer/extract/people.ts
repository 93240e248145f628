import { capitalisedRuns, entityKey, isNameToken, nameSpans } from "../../search/entities.js";
import type { Token } from "../../search/tokens.js";
import type { IndexedSentence, SearchIndex } from "../../search/types.js";
import type { Candidate } from "./candidate.js";

/** One key per person whatever the spelling: the alphabetically first variant of the surname. */
export function personKey(index: SearchIndex, surnameStem: string): string {
  const variants = index.vocabulary.nameVariants[surnameStem] ?? [];
  return ["person", [surnameStem, ...variants].sort()[0]].join(":");
}

function candidateFor(
  index: SearchIndex,
  text: string,
  span: Token[],
  run: Token[],
): Candidate | undefined {
  const first = span[0];
  const last = span[span.length - 1];
  if (!first || !last) return undefined;
  return {
    reach: { start: run[0]!.start, end: last.end },
    text: text.slice(first.start, last.end),
    display: text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    key: personKey(index, last.stem),
  };
}

/**
 * People named in a sentence: full names found inside capitalised runs (titles peeled off),
 * and lone surnames of people the corpus names in full elsewhere ("Darchiev said").
 */
export function personCandidates(index: SearchIndex, entry: IndexedSentence): Candidate[] {
  const text = entry.sentence.text;
  const out: Candidate[] = [];
  const covered = new Set<Token>();
  for (const run of capitalisedRuns(entry.tokens, text)) {
    for (const span of nameSpans(run)) {
      // Only spans the corpus knows as people: "Saudi Arabia" also looks like a name.
      const last = span[span.length - 1]!;
      if (!index.people.has(entityKey(span)) && !index.surnames.has(last.stem)) continue;
      const c = candidateFor(index, text, span, run);
      if (c) out.push(c);
      for (const t of span) covered.add(t);
    }
    for (const token of run) {
      if (covered.has(token) || !isNameToken(token) || !index.surnames.has(token.stem)) continue;
      const c = candidateFor(index, text, [token], run);
      if (c) out.push(c);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
