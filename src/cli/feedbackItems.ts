import { createHash } from "node:crypto";
import type { AskQuestion } from "../eval/askQuestions.js";
import type { FeedbackReason, FeedbackRecord } from "../store/types.js";

/** What a reviewer needs beside the eval item to decide its keys: the votes and the answers. */
export interface FeedbackReview {
  up: number;
  down: number;
  reasons: Partial<Record<FeedbackReason, number>>;
  comments: string[];
  /** The answers voted on (several when the corpus changed between votes). */
  answers: { status: string; answer: string; passageIds: string[]; corpusVersion: string }[];
}

export type FeedbackItem = AskQuestion & { review: FeedbackReview };

/** A cited passage id is "<articleId>#<hash>": the article is what the eval sets name. */
function articleOf(passageId: string): string {
  const at = passageId.lastIndexOf("#");
  return at < 0 ? passageId : passageId.slice(0, at);
}

/**
 * Stored votes as eval items, one per question, worst-rated first, in the shape of
 * tests/eval/ask-*.json. `expect` is what the voters say: the status they liked, or the one
 * a 👎 asked for; `keys` is left empty and `review` carries the votes, reasons, comments and
 * answers, for the reviewer who writes the keys before the item joins a set.
 */
export function feedbackItems(records: readonly FeedbackRecord[]): FeedbackItem[] {
  const byQuestion = new Map<string, FeedbackRecord[]>();
  for (const r of records) {
    const list = byQuestion.get(r.question) ?? [];
    list.push(r);
    byQuestion.set(r.question, list);
  }
  const items: FeedbackItem[] = [];
  for (const [question, votes] of byQuestion) {
    const up = votes.filter((v) => v.vote === 1);
    const down = votes.filter((v) => v.vote === -1);
    const reasons: FeedbackReview["reasons"] = {};
    for (const v of down) if (v.reason) reasons[v.reason] = (reasons[v.reason] ?? 0) + 1;
    const latest = votes[votes.length - 1]!;
    const declineAsked = reasons.should_have_declined ?? 0;
    const expect: AskQuestion["expect"] =
      up.length >= down.length
        ? latest.status === "not_found"
          ? "not_found"
          : "answered"
        : declineAsked * 2 > down.length
          ? "not_found"
          : "answered";
    const answers = new Map<string, FeedbackReview["answers"][number]>();
    for (const v of votes) {
      const key = `${v.corpusVersion}\u0000${v.answer}`;
      if (!answers.has(key)) {
        answers.set(key, {
          status: v.status,
          answer: v.answer,
          passageIds: v.passageIds,
          corpusVersion: v.corpusVersion,
        });
      }
    }
    // Articles people approved of are a good guess at where the answer lies; else none.
    const liked = up.length >= down.length ? latest.passageIds.map(articleOf) : [];
    items.push({
      id: `feedback-${createHash("sha256").update(question).digest("hex").slice(0, 10)}`,
      category: "feedback",
      question,
      expect,
      keys: [],
      articles: [...new Set(liked)],
      review: {
        up: up.length,
        down: down.length,
        reasons,
        comments: down.flatMap((v) => (v.comment ? [v.comment] : [])),
        answers: [...answers.values()],
      },
    });
  }
  return items.sort(
    (a, b) =>
      b.review.down - b.review.up - (a.review.down - a.review.up) ||
      a.question.localeCompare(b.question),
  );
}
