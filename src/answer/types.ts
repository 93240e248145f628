import type { Source } from "../corpus/types.js";

export type { Source };

export type AnswerStatus = "answered" | "not_found";

/**
 * A sentence quoted exactly from an article's clean body, as evidence for an answer; or, for a
 * photo question, the photo's caption and credit exactly as the article's front matter keeps them.
 */
export interface Quote {
  sentence: string;
  articleId: string;
  /** Quoted from a photo caption, not the body. */
  caption?: true;
  /** The article's headline, quoted from its masthead. */
  headline?: true;
}

/** One value the articles give when they disagree, with the outlets that give it. */
export interface Version {
  value: string;
  outlets: string[];
}

export interface Answer {
  question: string;
  status: AnswerStatus;
  /** Short answer first, then the supporting sentence(s); for not_found, a plain statement. */
  answer: string;
  confidence: number;
  sources: Source[];
  /** Disagreements between sources, "reported by …", and labels for nearest passages. */
  notes: string[];
  /** The kind of question that answered ("who", "when", "overview", …). */
  kind?: string;
  /** The short answer the text leads with (a name, a date, "No"), when there is one. */
  short?: string;
  /** The sentences the answer rests on, each exactly as the article has it. */
  quotes?: Quote[];
  /** Every version, when the articles disagree. */
  versions?: Version[];
  /** The things listed, for a list or an overview. */
  items?: string[];
  /** Declined: the words of the question nothing in the articles read mentions. */
  missing?: string[];
}
