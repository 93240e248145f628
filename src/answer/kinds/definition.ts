import { tokenize, type Token } from "../../search/tokens.js";
import { candidatesFor } from "../candidates.js";
import { composeDefinition } from "../compose.js";
import { monthsNamed } from "../qualifiers.js";
import { isStopword } from "../../lexicon/stopwords.js";
import type { QuestionKind } from "./types.js";

/**
 * "What was X's job before he became ambassador": the post X then took, which the answer is
 * not. Its words, or none when the question sets no such time.
 */
const BECAME =
  /\bbefore\s+(?:(?:he|she|they)\s+)?(?:became|becoming|was\s+(?:named|appointed)|being\s+(?:named|appointed)|took\s+over\s+as|joined)\s+(?:the\s+|an?\s+)?([^?.,;]+)/iu;

function laterPost(question: string): Set<string> {
  const m = BECAME.exec(question);
  if (!m) return new Set();
  return new Set(
    tokenize(m[1]!)
      .filter((t) => !isStopword(t.norm))
      .map((t) => t.stem),
  );
}

/** "…after she returned to the capital", "…before he became…": the question sets a time by an event. */
const TIME_CLAUSE = /\b(?:after|before)\s+(?:he|she|they|\p{L}+ing)\b/iu;

/** A role phrase that names the post the question says came later. */
function namesLaterPost(phrase: string, later: Set<string>): boolean {
  return later.size > 0 && tokenize(phrase).some((t) => later.has(t.stem));
}

/** "Who is X?", "what is X?": the role or description the articles give X. */
export const definition: QuestionKind = {
  name: "definition",
  detect: (analysis) => analysis.type === "definition",
  compose: ({ analysis, picks }) =>
    composeDefinition(
      analysis.text,
      picks.filter((p) => !namesLaterPost(p.candidate?.text ?? "", laterPost(analysis.text))),
      analysis.subject.map((t) => t.text.replace(/['’]s$/, "")).join(" "),
      monthsNamed(analysis.content).length > 0,
    ),
  // A sentence with a role phrase for the subject, or one that names the subject in every word
  // of its name ("since Olga Varga returned to the capital"): what the articles say of them.
  // The name must be there as written or as another spelling the corpus uses for it; a
  // correction to a near word ("Routh" → "Ruth") names someone else.
  holdsAnswer: (e, { analysis, candidates, index, terms }) => {
    const later = laterPost(analysis.text);
    const roles = candidatesFor(candidates, e).filter((c) => !namesLaterPost(c.text, later));
    if (roles.length > 0) return true;
    // A post asked at a time set by an event ("after he returned…") needs a role phrase: a
    // sentence that only names the person tells of the event, not of the post.
    if (TIME_CLAUSE.test(analysis.text)) return false;
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
