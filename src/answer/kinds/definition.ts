import { tokenize, type Token } from "../../search/tokens.js";
import { candidatesFor } from "../candidates.js";
import { composeDefinition } from "../compose.js";
import { monthsNamed } from "../qualifiers.js";
import type { QuestionKind } from "./types.js";

/** "Who is X?", "what is X?": the role or description the articles give X. */
export const definition: QuestionKind = {
  name: "definition",
  detect: (analysis) => analysis.type === "definition",
  compose: ({ analysis, picks }) =>
    composeDefinition(
      analysis.text,
      picks,
      analysis.subject.map((t) => t.text.replace(/['’]s$/, "")).join(" "),
      monthsNamed(analysis.content).length > 0,
    ),
  // A sentence with a role phrase for the subject, or one that names the subject in every word
  // of its name ("since Olga Varga returned to the capital"): what the articles say of them.
  // The name must be there as written or as another spelling the corpus uses for it; a
  // correction to a near word ("Routh" → "Ruth") names someone else.
  holdsAnswer: (e, { analysis, candidates, index, terms }) => {
    if (candidatesFor(candidates, e).length > 0) return true;
    // Every capitalised word the question gives after its first (or, in a question typed in
    // lower case, every word of the name it asks about), as written or as a spelling the
    // corpus groups with it.
    const capitalised = tokenize(analysis.text)
      .slice(1)
      .filter((t) => t.capitalized);
    const names = capitalised.length > 0 ? capitalised : analysis.subject;
    const asWritten = (t: Token): boolean =>
      e.entry.stems.has(t.stem) ||
      (index.vocabulary.nameVariants[t.stem] ?? []).some((v) => e.entry.stems.has(v));
    // A slip in one word of a full name ("anatoly antonv") is read through its correction
    // when the other words are there as written; a lone corrected name may be someone else.
    const corrected = (t: Token): boolean =>
      terms.some((q) => q.source === t.stem && q.via === "spelling" && e.entry.stems.has(q.stem));
    const exact = names.filter(asWritten);
    return (
      names.length > 0 && names.every((t) => asWritten(t) || (exact.length > 0 && corrected(t)))
    );
  },
};
