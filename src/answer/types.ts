/** One cited passage, quoted exactly from an article's clean body. */
export interface Source {
  articleId: string;
  title: string;
  outlet: string;
  published: string;
  url: string | null;
  passage: string;
}

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
