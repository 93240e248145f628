import type { QuestionAnalysis } from "../analyse.js";
import type { CandidateContext } from "../candidates.js";
import type { Contrast } from "../contrast.js";
import type { Evidence, LocalView } from "../evidence.js";
import type { Pick } from "../select.js";
import type { Answer } from "../types.js";
import type { Token } from "../../search/tokens.js";
import type { PassageHit, QueryTerm, SearchIndex } from "../../search/types.js";

/** Everything a question kind may read to answer: the question, its evidence, its picks. */
export interface KindContext {
  index: SearchIndex;
  analysis: QuestionAnalysis;
  terms: QueryTerm[];
  hits: PassageHit[];
  /** Every sentence of the retrieved passages, scored against the question. */
  evidence: Evidence[];
  /** Candidate answers (a phrase of the asked kind, or a sentence), best first. */
  picks: Pick[];
  candidates: CandidateContext;
  /** The question's distinguishing words: evidence about another party answers another question. */
  contrast: Contrast;
  /** The question asks whether the sources agree: every version is wanted. */
  asksVersions: boolean;
  /** The articles the answer is judged among (see evidence.ts localView). */
  local?: LocalView;
  /** The outlet the question names as its source ("in the Courier piece"): only its articles. */
  outlet?: string;
  /**
   * The engine itself, for a kind that reduces its question to another ("did it last three
   * hours?" to "how long did it last?"). Absent where only the evidence may be read.
   */
  ask?: (question: string) => Answer;
}

/**
 * One kind of question ("who", "when", "how many", …): how to recognise it, and how to
 * compose its answer from the evidence. Listed in one table (table.ts); adding a kind is one
 * file and one line there.
 */
export interface QuestionKind {
  name: string;
  detect(analysis: QuestionAnalysis): boolean;
  /** The answer from the picks, or null when no pick is certain enough. */
  compose(ctx: KindContext): Answer | null;
  /**
   * Whether a sentence holds the kind of thing asked for (a date for "when", a number for
   * "how many"): only then may the sentence itself answer when no short phrase is certain.
   * A kind that never answers by a bare sentence (yes/no) leaves it out.
   */
  holdsAnswer?(evidence: Evidence, ctx: KindContext): boolean;
  /**
   * Words of the question that only say which kind it is ("summarize", "what happened"):
   * left out when sentences are scored, as the articles have no reason to use them.
   */
  phrasing?(token: Token): boolean;
}
