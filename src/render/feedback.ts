import type { FeedbackSummary } from "../store/types.js";
import { Limits } from "./limits.js";
import { buildPayload, type ReplyPayload } from "./payload.js";
import { escapeWithin, truncate } from "./text.js";

export const WORST_SHOWN = 10;
export const FEEDBACK_COLOR = 0x4f5660;

/** /feedback: the server's votes, and the questions people liked least. */
export function renderFeedback(summary: FeedbackSummary, storeOk: boolean): ReplyPayload {
  const lines = summary.worst.map(
    (q, i) => `${i + 1}. ${escapeWithin(q.question, 150)} — 👎 ${q.down} · 👍 ${q.up}`,
  );
  return buildPayload({
    embeds: [
      {
        color: FEEDBACK_COLOR,
        title: "Feedback on my answers here",
        description: [
          `👍 ${summary.up} · 👎 ${summary.down}`,
          storeOk ? "" : "*The database is unavailable right now: these counts may be incomplete.*",
        ]
          .filter(Boolean)
          .join("\n"),
        fields: [
          {
            name: "Worst-rated questions",
            value: truncate(lines.join("\n"), Limits.embedFieldValue) || "None yet.",
          },
        ],
        footer: { text: "npm run feedback -- --export out.jsonl turns them into eval items." },
      },
    ],
  });
}
