import { answerable, type EvalQuestion } from "./questions.js";
import { recallFromTop } from "./quality.js";
import type { Comparison } from "./results.js";
import { percentile } from "./stats.js";
import type { BaselinesOutput } from "./workers/baselines.js";
import type { ServeOutput } from "./workers/serve.js";

const ratio = (a: number | undefined, b: number | undefined): number | null =>
  a !== undefined && b !== undefined && b > 0 && Number.isFinite(a) ? a / b : null;

/**
 * The bot against the baselines on the same questions. fuse.js only ran on the subset, so the
 * bot's figures for that comparison are taken on the subset too (per-question medians).
 */
export function compare(
  subset: EvalQuestion[],
  served: ServeOutput,
  base: BaselinesOutput,
): Comparison {
  const timedSubset = subset.filter((q) => base.fuse?.questions[q.id] !== undefined);
  const medianOf = (values: number[]): number | undefined =>
    values.length ? percentile(values, 50) : undefined;
  const botAsk = medianOf(timedSubset.map((q) => served.questions[q.id]?.askMs ?? Number.NaN));
  const botRetrieve = medianOf(
    timedSubset.map((q) => served.questions[q.id]?.retrieveMs ?? Number.NaN),
  );
  const fuse = medianOf(timedSubset.map((q) => base.fuse?.questions[q.id]?.ms ?? Number.NaN));
  const asked = answerable(timedSubset);
  return {
    subsetQueries: timedSubset.length,
    botSubsetP50Ms: botAsk ?? Number.NaN,
    botRetrieveSubsetP50Ms: botRetrieve ?? Number.NaN,
    fuseSubsetP50Ms: fuse ?? null,
    fuseOverBot: ratio(fuse, botAsk),
    fuseOverBotRetrieval: ratio(fuse, botRetrieve),
    botRecallSubset: recallFromTop(asked, served.questions),
    fuseRecallSubset: base.fuse ? recallFromTop(asked, base.fuse.questions) : null,
    botOverMiniSearchP50: ratio(served.ask.p50, base.miniSearch.latency.p50),
    botOverMiniSearchP99: ratio(served.ask.p99, base.miniSearch.latency.p99),
    retrieveOverMiniSearchP50: ratio(served.retrieve.p50, base.miniSearch.latency.p50),
    retrieveOverMiniSearchP99: ratio(served.retrieve.p99, base.miniSearch.latency.p99),
  };
}
