import type { IndexedSentence } from "../../search/types.js";
import type { Candidate } from "./candidate.js";

/** Words in quotation marks: curly double, curly single, straight double. */
const QUOTED =
  /“([^”]{2,80})”|‘([^’]{2,80})’|"([^"]{2,80})"|(?<![\p{L}\d])'([^']{2,60})'(?![\p{L}\d])/gu;
/** A short quoted expression, not a whole quoted statement. */
const MAX_WORDS = 6;

/** The expressions a sentence quotes ("a 'knot of problems'"): a phrase someone used. */
export function quotedCandidates(entry: IndexedSentence): Candidate[] {
  const text = entry.sentence.text;
  const out: Candidate[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const inner = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? "").trim();
    const words = inner.split(/\s+/u).filter(Boolean);
    if (words.length === 0 || words.length > MAX_WORDS) continue;
    // A quoted phrase ends without a full stop: a sentence inside quotes is a statement.
    const display = inner.replace(/[.,;:]+$/u, "");
    const start = text.indexOf(inner, m.index);
    out.push({
      text: display,
      display: `"${display}"`,
      start,
      end: start + display.length,
      key: `quoted:${display.toLowerCase()}`,
    });
  }
  return out;
}
