import { defaultEngineOptions } from "../../tuning/defaults.js";
import { composeTyped, disagreement } from "../compose.js";
import type { Answer } from "../types.js";
import { differingVersions } from "../versions.js";
import { topicOf } from "../polarity.js";
import { retrievedArticleStems } from "./retrieved.js";
import type { Pick } from "../select.js";
import type { KindContext } from "./types.js";

/**
 * A pick from another article that says the very thing asked, however far behind on score:
 * the question singles out an event ("the first meeting", "the April round"), the sentence
 * names it as the question does, and every word of the question is there itself except those nearly
 * every article retrieved uses (the corpus's topic: "Russian", "talks"). Two articles that
 * date "the first meeting" differently disagree, even when one says it in fewer words.
 */
function saysTheSame(ctx: KindContext): (p: Pick) => boolean {
  const topical = topicOf(retrievedArticleStems(ctx));
  const { firmMatch } = defaultEngineOptions.polarity;
  const { events } = ctx.contrast;
  // The event named as the question names it: its ordinal or month right before its noun.
  const namesEvent = (p: Pick): boolean =>
    events.length > 0 &&
    events.every((ev) => {
      const tokens = p.evidence.entry.tokens;
      return tokens.some(
        (t, i) =>
          ev.qualifier.has(t.stem) &&
          tokens.slice(i + 1, i + 4).some((next) => ev.head.has(next.stem)),
      );
    });
  return (p) => {
    const { matches } = p.evidence;
    if (!namesEvent(p) || p.coverage < defaultEngineOptions.evidenceFirst.minCoverage) {
      return false;
    }
    return matches.every(
      (m) =>
        (m.at.length > 0 && m.strength >= firmMatch) ||
        m.viaPronoun ||
        (!m.word.qualifier && !m.word.isName && topical(m)),
    );
  };
}

/**
 * A short phrase of the kind asked for, or, when articles of about equal weight give
 * different ones, every version with its sources.
 */
export function composeTypedOrVersions(
  ctx: KindContext,
  options: Parameters<typeof composeTyped>[2] = {},
): Answer | null {
  const { analysis, picks, asksVersions } = ctx;
  const { margin, askedMargin } = defaultEngineOptions.versions;
  const versions = differingVersions(picks, asksVersions ? askedMargin : margin, saysTheSame(ctx));
  // One version's sentence covering the question is enough: the others are near it on score.
  const covered = (p: Pick): boolean =>
    p.coverage >= defaultEngineOptions.evidenceFirst.minCoverage;
  if (versions?.versions.some((v) => v.picks.some(covered))) {
    return disagreement(analysis.text, versions, options.slotName ?? "");
  }
  return composeTyped(analysis.text, picks, options);
}
