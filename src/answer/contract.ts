import type { Answer, Source } from "./types.js";

/** The six source fields every JSON contract (ask and timeline) carries, in this order. */
export type SourceContract = Pick<
  Source,
  "articleId" | "title" | "outlet" | "published" | "url" | "passage"
>;

export function toSourceContract(s: Source): SourceContract {
  return {
    articleId: s.articleId,
    title: s.title,
    outlet: s.outlet,
    published: s.published,
    url: s.url,
    passage: s.passage,
  };
}

/**
 * The `ask --json` contract, field by field and in this order: scripts, the eval and the
 * benchmark read exactly these keys, whatever optional fields an Answer may grow.
 */
export interface AnswerContract {
  question: string;
  status: Answer["status"];
  answer: string;
  confidence: number;
  sources: SourceContract[];
  notes: string[];
  /** Richer fields beside the contract's own, present when the answer has them. */
  kind?: string;
  short?: string;
  quotes?: Answer["quotes"];
  versions?: Answer["versions"];
  items?: string[];
  missing?: string[];
}

export function toContract(answer: Answer): AnswerContract {
  return {
    question: answer.question,
    status: answer.status,
    answer: answer.answer,
    confidence: answer.confidence,
    sources: answer.sources.map(toSourceContract),
    notes: [...answer.notes],
    ...(answer.kind !== undefined ? { kind: answer.kind } : {}),
    ...(answer.short !== undefined ? { short: answer.short } : {}),
    ...(answer.quotes !== undefined ? { quotes: answer.quotes } : {}),
    ...(answer.versions !== undefined ? { versions: answer.versions } : {}),
    ...(answer.items !== undefined ? { items: answer.items } : {}),
    ...(answer.missing !== undefined ? { missing: answer.missing } : {}),
  };
}
