import { defaultEngineOptions } from "../../tuning/defaults.js";
import { composeTyped, disagreement } from "../compose.js";
import type { Answer } from "../types.js";
import { differingVersions } from "../versions.js";
import type { KindContext } from "./types.js";

/**
 * A short phrase of the kind asked for, or, when articles of about equal weight give
 * different ones, every version with its sources.
 */
export function composeTypedOrVersions(
  { analysis, picks, asksVersions }: KindContext,
  options: Parameters<typeof composeTyped>[2] = {},
): Answer | null {
  const { margin, askedMargin } = defaultEngineOptions.versions;
  const versions = differingVersions(picks, asksVersions ? askedMargin : margin);
  if (versions && picks[0] && picks[0].coverage >= defaultEngineOptions.evidenceFirst.minCoverage) {
    return disagreement(analysis.text, versions, options.slotName ?? "");
  }
  return composeTyped(analysis.text, picks, options);
}
