import type { Source } from "../corpus/types.js";

export type { Source };

export type AnswerStatus = "answered" | "not_found";

export interface Answer {
  question: string;
  status: AnswerStatus;
  /** Short answer first, then the supporting sentence(s); for not_found, a plain statement. */
  answer: string;
  confidence: number;
  sources: Source[];
  /** Disagreements between sources, "reported by …", and labels for nearest passages. */
  notes: string[];
}
