import type { Answer } from "./types.js";

/**
 * The `ask --json` contract, field by field and in this order: scripts, the eval and the
 * benchmark read exactly these keys, whatever optional fields an Answer may grow.
 */
export interface AnswerContract {
  question: string;
  status: Answer["status"];
  answer: string;
  confidence: number;
  sources: Array<{
    articleId: string;
    title: string;
    outlet: string;
    published: string;
    url: string | null;
    passage: string;
  }>;
  notes: string[];
}

export function toContract(answer: Answer): AnswerContract {
  return {
    question: answer.question,
    status: answer.status,
    answer: answer.answer,
    confidence: answer.confidence,
    sources: answer.sources.map((s) => ({
      articleId: s.articleId,
      title: s.title,
      outlet: s.outlet,
      published: s.published,
      url: s.url,
      passage: s.passage,
    })),
    notes: [...answer.notes],
  };
}
