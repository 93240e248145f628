import { readFileSync } from "node:fs";
import { z } from "zod";
import type { Corpus } from "../corpus/types.js";
import { buildTimeline } from "./build.js";
import { assignGold } from "./eval.js";
import { loadTimelineGold, type TimelineGold } from "./gold.js";
import type { TimelineEvent } from "./types.js";

/**
 * Scores topic filters against tests/eval/timeline-topics.json: for each topic, the gold events
 * about it (required) and those that may be returned without penalty (acceptable).
 *
 * - recall: share of the required (topic, event) pairs the filter returns;
 * - precision: share of the returned (topic, entry) pairs that are required or acceptable.
 *
 * Both are counted over all pairs, so a topic with many events weighs more than one with one.
 */

const topicFile = z.object({
  about: z.string().optional(),
  topics: z
    .array(
      z.object({
        topic: z.string().min(1),
        events: z.array(z.string().min(1)).min(1),
        acceptable: z.array(z.string().min(1)).default([]),
      }),
    )
    .min(1),
});

export type TopicGold = z.infer<typeof topicFile>;

export const DEFAULT_TOPIC_GOLD_URL = new URL(
  "../../tests/eval/timeline-topics.json",
  import.meta.url,
);

export function loadTopicGold(location: URL | string = DEFAULT_TOPIC_GOLD_URL): TopicGold {
  const parsed = topicFile.safeParse(JSON.parse(readFileSync(location, "utf8")));
  if (!parsed.success) {
    throw new Error(`topic gold ${String(location)} is malformed: ${parsed.error.message}`);
  }
  return parsed.data;
}

export interface TopicEvalResult {
  metrics: { topics: number; recall: number; precision: number };
  report: string;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** Scores `filter` (topic → the entries it returns) against the topic gold. */
export function scoreTopics(
  events: readonly TimelineEvent[],
  filter: (topic: string) => readonly TimelineEvent[],
  topics: TopicGold,
  gold: TimelineGold,
): TopicEvalResult {
  // Which gold event each entry of the whole timeline reports, as the timeline eval decides.
  const idOf = new Map<TimelineEvent, string>();
  for (const [g, entries] of assignGold(events, [...gold.events, ...gold.acceptable])) {
    for (const e of entries) idOf.set(e, g.id);
  }
  let required = 0;
  let found = 0;
  let returned = 0;
  let relevant = 0;
  const lines: string[] = [];
  for (const t of topics.topics) {
    const got = filter(t.topic);
    const ids = new Set(got.map((e) => idOf.get(e) ?? `(not in gold) ${e.summary.slice(0, 60)}`));
    const ok = new Set([...t.events, ...t.acceptable]);
    const missed = t.events.filter((id) => !ids.has(id));
    const wrong = got.filter((e) => !ok.has(idOf.get(e) ?? ""));
    required += t.events.length;
    found += t.events.length - missed.length;
    returned += got.length;
    relevant += got.length - wrong.length;
    const mark = missed.length || wrong.length ? "✗" : "✓";
    lines.push(
      `  ${mark} ${t.topic}: ${got.length} returned, ${t.events.length - missed.length}/${t.events.length} gold`,
    );
    if (missed.length) lines.push(`      missed: ${missed.join(", ")}`);
    for (const e of wrong) {
      lines.push(
        `      not about it: ${idOf.get(e) ?? "(not in gold)"} ${e.date} ${e.summary.slice(0, 70)}`,
      );
    }
  }
  const metrics = {
    topics: topics.topics.length,
    recall: required ? found / required : 1,
    precision: returned ? relevant / returned : 1,
  };
  const head = [
    "Timeline topic eval",
    `  topics ${metrics.topics}  recall ${pct(metrics.recall)} (${found}/${required})  precision ${pct(metrics.precision)} (${relevant}/${returned})`,
  ];
  return { metrics, report: [...head, ...lines].join("\n") };
}

/** Builds the timeline from the corpus and scores the given topic filter on it. */
export function runTopicEval(
  corpus: Corpus,
  filterFor: (events: readonly TimelineEvent[]) => (topic: string) => readonly TimelineEvent[],
  topics: TopicGold = loadTopicGold(),
  gold: TimelineGold = loadTimelineGold(),
): TopicEvalResult {
  const events = buildTimeline(corpus);
  return scoreTopics(events, filterFor(events), topics, gold);
}
