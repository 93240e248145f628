/** A retrieval method measured against the bot: build once, then rank passages per question. */
export interface Baseline {
  name: string;
  /** Passage ids of the best passages, best first. */
  search(question: string, limit: number): string[];
}

export interface PassageText {
  id: string;
  articleId: string;
  text: string;
}
