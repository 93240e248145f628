import type { Corpus } from "../corpus/types.js";
import { dateInterval } from "../dates/calendar.js";
import { buildTimeline } from "./build.js";
import { loadTimelineGold, type GoldEvent, type TimelineGold } from "./gold.js";
import { eventText } from "./query.js";
import type { TimelineEvent } from "./types.js";

/**
 * Scores the timeline against the gold timeline.
 *
 * - recall: share of gold events found at the right date and precision (and range end);
 * - precision: share of timeline entries that are gold events (required or acceptable);
 * - duplicates: entries beyond the first for one gold event, plus entries that restate a gold
 *   event at a coarser date ("the February round" beside the 27 February round);
 * - junkEvents: entries quoting site furniture; duplicateSources: sources that are copies, or
 *   an article cited twice for one entry;
 * - sourceRecall: share of the gold (event, article) pairs the matched entries cite;
 * - statusAccuracy: share of found events with the gold status.
 */

export interface TimelineEvalResult {
  metrics: Record<string, number>;
  report: string;
}

function stemOf(file: string): string {
  return file.replace(/\.[^.]+$/, "");
}

/** Keywords are matched as whole words: "met" must not hit "metres". */
function keywordHits(text: string, gold: GoldEvent): number {
  return gold.keywords.filter((k) => {
    const escaped = k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu").test(text);
  }).length;
}

function sameDate(e: TimelineEvent, g: GoldEvent): boolean {
  return (
    e.date === g.date && e.precision === g.precision && (e.dateEnd ?? null) === (g.dateEnd ?? null)
  );
}

function contains(e: TimelineEvent, g: GoldEvent): boolean {
  const ie = { first: dateInterval(e.date)?.first, last: dateInterval(e.dateEnd ?? e.date)?.last };
  const ig = { first: dateInterval(g.date)?.first, last: dateInterval(g.dateEnd ?? g.date)?.last };
  if (!ie.first || !ie.last || !ig.first || !ig.last) return false;
  return ie.first <= ig.first && ig.last <= ie.last;
}

/**
 * Which gold event each timeline entry reports: pairs of (entry, gold event) at the same date
 * that share keywords, best first. Each entry takes the best gold event still free; an entry
 * left with none free joins the gold event it matches best (a duplicate).
 */
export function assignGold(
  events: readonly TimelineEvent[],
  golds: readonly GoldEvent[],
): Map<GoldEvent, TimelineEvent[]> {
  const pairs: Array<{ event: TimelineEvent; g: GoldEvent; hits: number }> = [];
  for (const event of events) {
    const text = eventText(event);
    for (const g of golds) {
      const hits = sameDate(event, g) ? keywordHits(text, g) : 0;
      if (hits > 0) pairs.push({ event, g, hits });
    }
  }
  pairs.sort((a, b) => b.hits - a.hits);
  const assigned = new Map<GoldEvent, TimelineEvent[]>();
  const placed = new Set<TimelineEvent>();
  for (const { event, g } of pairs) {
    if (placed.has(event) || assigned.has(g)) continue;
    assigned.set(g, [event]);
    placed.add(event);
  }
  for (const { event, g } of pairs) {
    if (placed.has(event)) continue;
    assigned.set(g, [...(assigned.get(g) ?? []), event]);
    placed.add(event);
  }
  return assigned;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

export function scoreTimeline(
  events: TimelineEvent[],
  gold: TimelineGold,
  /** Article id → raw file stem, and ids/stems of duplicate copies. */
  corpusIds: { stemOf: (articleId: string) => string; copies: Set<string> },
): TimelineEvalResult {
  const all = [
    ...gold.events.map((g) => ({ g, required: true })),
    ...gold.acceptable.map((g) => ({ g, required: false })),
  ];
  const assigned = assignGold(
    events,
    all.map(({ g }) => g),
  );
  const placed = new Set([...assigned.values()].flat());
  const unmatched: TimelineEvent[] = [];
  const coarse: TimelineEvent[] = [];
  for (const event of events) {
    if (placed.has(event)) continue;
    unmatched.push(event);
    const text = eventText(event);
    if (all.some(({ g }) => contains(event, g) && keywordHits(text, g) > 0)) coarse.push(event);
  }

  const found = gold.events.filter((g) => assigned.has(g));
  const duplicates =
    [...assigned.values()].reduce((n, list) => n + Math.max(0, list.length - 1), 0) + coarse.length;
  const junk = gold.junk.map((j) => j.toLowerCase());
  const junkEvents = events.filter((e) =>
    junk.some((j) => eventText(e).toLowerCase().includes(j)),
  ).length;
  let duplicateSources = 0;
  for (const e of events) {
    const ids = e.sources.map((s) => s.articleId);
    duplicateSources += ids.length - new Set(ids).size;
    duplicateSources += ids.filter(
      (id) => corpusIds.copies.has(id) || corpusIds.copies.has(corpusIds.stemOf(id)),
    ).length;
  }
  let goldPairs = 0;
  let cited = 0;
  let statusRight = 0;
  const missingSources: string[] = [];
  for (const g of found) {
    const matched = assigned.get(g)!;
    const stems = new Set(
      matched.flatMap((e) => e.sources.map((s) => corpusIds.stemOf(s.articleId))),
    );
    for (const a of g.articles) {
      goldPairs++;
      if (stems.has(a)) cited++;
      else missingSources.push(`${g.id} ← ${a}`);
    }
    if (matched.some((e) => e.status === g.status)) statusRight++;
  }

  const metrics: Record<string, number> = {
    goldEvents: gold.events.length,
    events: events.length,
    recall: gold.events.length ? found.length / gold.events.length : 1,
    precision: events.length ? (events.length - unmatched.length) / events.length : 1,
    duplicates,
    junkEvents,
    duplicateSources,
    sourceRecall: goldPairs ? cited / goldPairs : 1,
    statusAccuracy: found.length ? statusRight / found.length : 1,
  };

  const lines = [
    "Timeline eval",
    `  events ${events.length}, gold ${gold.events.length} (+${gold.acceptable.length} acceptable)`,
    `  recall ${pct(metrics.recall!)}  precision ${pct(metrics.precision!)}  duplicates ${duplicates}  junk ${junkEvents}  duplicate sources ${duplicateSources}`,
    `  source recall ${pct(metrics.sourceRecall!)}  status accuracy ${pct(metrics.statusAccuracy!)}`,
  ];
  const missed = gold.events.filter((g) => !assigned.has(g));
  if (missed.length)
    lines.push(
      "  missed:",
      ...missed.map((g) => `    ${g.date}${g.dateEnd ? `–${g.dateEnd}` : ""} ${g.id}`),
    );
  if (unmatched.length) {
    lines.push(
      "  not in gold:",
      ...unmatched.map(
        (e) => `    ${e.date}${e.dateEnd ? `–${e.dateEnd}` : ""} ${e.summary.slice(0, 90)}`,
      ),
    );
  }
  for (const [g, list] of assigned) {
    if (list.length > 1) lines.push(`  duplicate entries for ${g.id}: ${list.length}`);
  }
  if (missingSources.length)
    lines.push("  uncited gold sources:", ...missingSources.map((m) => `    ${m}`));
  return { metrics, report: lines.join("\n") };
}

/** Builds the timeline from the corpus and scores it against the gold timeline. */
export function runTimelineEval(
  corpus: Corpus,
  gold: TimelineGold = loadTimelineGold(),
): TimelineEvalResult {
  const stems = new Map(corpus.articles.map((a) => [a.id, stemOf(a.rawFile || a.id)] as const));
  const copies = new Set(corpus.duplicates.flatMap((d) => [d.id, stemOf(d.rawFile || d.id)]));
  return scoreTimeline(buildTimeline(corpus), gold, {
    stemOf: (id) => stems.get(id) ?? id,
    copies,
  });
}
