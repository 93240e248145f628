import { defaultEngineOptions, type EvidenceFirstOptions } from "../tuning/defaults.js";
import { composeEvidence } from "./compose.js";
import { conflicts } from "./contrast.js";
import { lacksNamedPerson, type Evidence } from "./evidence.js";
import type { KindContext, QuestionKind } from "./kinds/types.js";
import type { Answer } from "./types.js";

/**
 * Evidence first: when no short phrase is certain, the best-supported sentence answers by
 * itself, if it covers the question, holds the kind of thing asked for (a date for "when"),
 * and names no other party, event or person than the question's.
 */
export function evidenceFirst(
  kind: QuestionKind,
  ctx: KindContext,
  options: EvidenceFirstOptions = defaultEngineOptions.evidenceFirst,
): Answer | null {
  if (!kind.holdsAnswer) return null;
  const { minCoverage: c, minDirect: d } = options;
  const usable = (e: Evidence): boolean =>
    e.coverage >= c &&
    e.direct >= d &&
    !lacksNamedPerson(e) &&
    !conflicts(ctx.contrast, e, 0, e.entry.tokens.length - 1) &&
    kind.holdsAnswer!(e, ctx);
  const best = ctx.evidence
    .filter(usable)
    .sort((a, b) => b.coverage + b.direct - (a.coverage + a.direct) || a.rank - b.rank)[0];
  if (!best) return null;
  return composeEvidence(ctx.analysis.text, best);
}
