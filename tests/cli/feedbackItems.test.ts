import { describe, expect, it } from "vitest";
import { feedbackItems } from "../../src/cli/feedbackItems.js";
import { askQuestionSchema } from "../../src/eval/askQuestions.js";
import type { FeedbackRecord } from "../../src/store/types.js";

function record(overrides: Partial<FeedbackRecord>): FeedbackRecord {
  return {
    vote: 1,
    reason: null,
    comment: null,
    question: "who led the Russian delegation?",
    status: "answered",
    answer: "Aleksandr Darchiev.",
    passageIds: ["003_19be6032e25a7c0c#0123456789"],
    corpusVersion: "v1",
    guildId: "g",
    createdAt: 1,
    ...overrides,
  };
}

describe("feedbackItems", () => {
  it("makes one eval item per question, worst first, each valid in the eval sets' schema", () => {
    const items = feedbackItems([
      record({}),
      record({}),
      record({
        question: "how long were the talks?",
        vote: -1,
        reason: "wrong",
        comment: "six hours",
      }),
    ]);
    expect(items.map((i) => i.question)).toEqual([
      "how long were the talks?",
      "who led the Russian delegation?",
    ]);
    for (const item of items) expect(() => askQuestionSchema.parse(item)).not.toThrow();
    expect(items[1]).toMatchObject({
      expect: "answered",
      articles: ["003_19be6032e25a7c0c"],
      keys: [],
      review: { up: 2, down: 0 },
    });
    expect(items[0]?.review).toMatchObject({ reasons: { wrong: 1 }, comments: ["six hours"] });
    expect(items[0]?.articles).toEqual([]);
  });

  it("expects a decline when most 👎 say it should have declined, and an answer when they say it should have answered", () => {
    const declined = feedbackItems([
      record({ vote: -1, reason: "should_have_declined" }),
      record({ vote: -1, reason: "should_have_declined" }),
      record({ vote: -1, reason: "wrong" }),
    ]);
    expect(declined[0]?.expect).toBe("not_found");
    const answered = feedbackItems([
      record({ status: "not_found", vote: -1, reason: "should_have_answered" }),
    ]);
    expect(answered[0]?.expect).toBe("answered");
    const liked = feedbackItems([record({ status: "not_found" })]);
    expect(liked[0]?.expect).toBe("not_found");
  });

  it("gives the same id to the same question on every export", () => {
    expect(feedbackItems([record({})])[0]?.id).toBe(feedbackItems([record({ vote: -1 })])[0]?.id);
  });
});
