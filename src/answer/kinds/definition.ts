import { tokenize } from "../../search/tokens.js";
import { candidatesFor } from "../candidates.js";
import { composeDefinition } from "../compose.js";
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
    ),
  // A sentence with a role phrase for the subject, or one that names the subject in every word
  // of its name ("since Anatoly Antonov returned to Moscow"): what the articles say of them.
  // The name must be there as written or as another spelling the corpus uses for it; a
  // correction to a near word ("Routh" → "Ruth") names someone else.
  holdsAnswer: (e, { analysis, candidates, index }) => {
    if (candidatesFor(candidates, e).length > 0) return true;
    // Every capitalised word the question gives after its first, as written or as a spelling
    // the corpus groups with it.
    const names = tokenize(analysis.text)
      .slice(1)
      .filter((t) => t.capitalized);
    return (
      names.length > 0 &&
      names.every(
        (t) =>
          e.entry.stems.has(t.stem) ||
          (index.vocabulary.nameVariants[t.stem] ?? []).some((v) => e.entry.stems.has(v)),
      )
    );
  },
};
