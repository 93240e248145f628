import type { AnswerOptions } from "../answer/answer.js";
import type { SearchIndex } from "../search/types.js";
import { runAskEval } from "./ask.js";
import type { AskQuestion } from "./askQuestions.js";

/** The retrieval set-ups measured against each other; the first is the one the bot uses. */
export const ALTERNATIVES: Array<{ name: string; options: AnswerOptions }> = [
  { name: "BM25 + fuzzy expansion (fuse.js)", options: { retrieval: "bm25+fuzzy" } },
  { name: "BM25 + fuzzy expansion + synonyms", options: { retrieval: "bm25+fuzzy+synonyms" } },
  { name: "BM25 only (no expansion anywhere)", options: { retrieval: "bm25", expand: false } },
  { name: "BM25 ranking, expansion in scoring", options: { retrieval: "bm25" } },
  { name: "BM25 + MiniSearch fuzzy", options: { retrieval: "bm25+minisearch-fuzzy" } },
  { name: "fuse.js only (token search)", options: { retrieval: "fuse" } },
];

/** One line per alternative: the ask metrics side by side. */
export function compareAlternatives(index: SearchIndex, questions: AskQuestion[]): string {
  const rows = ALTERNATIVES.map(({ name, options }) => {
    const { metrics } = runAskEval(index, questions, options);
    return { name, metrics };
  });
  const names = Object.keys(rows[0]?.metrics ?? {});
  const header = ["alternative".padEnd(38), ...names.map((n) => n.slice(0, 12).padStart(12))].join(
    " ",
  );
  const lines = [header];
  for (const { name, metrics } of rows) {
    lines.push(
      [
        name.padEnd(38),
        ...names.map((n) => `${((metrics[n] ?? 0) * 100).toFixed(1)}%`.padStart(12)),
      ].join(" "),
    );
  }
  return lines.join("\n");
}
