import { ASKS_CLOCK_TIME, CLOCK_TIME, FUTURE_MARKERS } from "../../lexicon/words.js";
import { hasSpan } from "../../nlp/spans.js";
import { defaultEngineOptions } from "../../tuning/defaults.js";
import { candidatesFor } from "../candidates.js";
import { composeEvidence } from "../compose.js";
import { conflicts } from "../contrast.js";
import { composeTypedOrVersions } from "./typed.js";
import type { QuestionKind } from "./types.js";

/** Words that place an event by another event: "soon after the summit", "before the talks". */
const RELATIVE_TIME = /\b(?:after|before|following|ahead of|since|during|amid|until|prior to)\b/i;

/** "When did…", "on what date…": a date, or the event the articles place it by. */
export const when: QuestionKind = {
  name: "when",
  detect: (analysis) => analysis.type === "when",
  compose: (ctx) => {
    // "What time did it start": only a time of day answers, never the date it was on.
    if (ASKS_CLOCK_TIME.test(ctx.analysis.text)) {
      const timed = ctx.picks.flatMap((p) => {
        const text = p.evidence.entry.sentence.text;
        const m = CLOCK_TIME.exec(text);
        if (!m) return [];
        const [start, end] = [m.index, m.index + m[0].length];
        const candidate = { text: m[0], display: m[0], start, end, key: `time:${m[0]}` };
        return [{ ...p, candidate }];
      });
      return timed.length > 0 ? composeTypedOrVersions({ ...ctx, picks: timed }) : null;
    }
    const typed = composeTypedOrVersions(ctx);
    // "Suspended shortly after the invasion": a sentence that says the asked thing and places
    // it by another event answers better than a date from a sentence that says less of it.
    const { minEventDirect } = defaultEngineOptions.when;
    const byEvent = ctx.evidence
      .filter(
        (e) =>
          !ctx.analysis.future &&
          e.direct >= minEventDirect &&
          RELATIVE_TIME.test(e.entry.sentence.text) &&
          !hasSpan(e.entry.sentence.text, "DATE", "TIME") &&
          !conflicts(ctx.contrast, e, 0, e.entry.tokens.length - 1),
      )
      .sort((a, b) => b.direct - a.direct || a.rank - b.rank)[0];
    const dated = ctx.picks[0]?.evidence.direct ?? 0;
    if (byEvent && (!typed || byEvent.direct > dated + defaultEngineOptions.when.eventMargin)) {
      return composeEvidence(ctx.analysis.text, byEvent);
    }
    return typed;
  },
  // "When will…" asks for a time still to come: a sentence about what already happened does
  // not answer it, however well it matches.
  // A date must be one the typed check accepts (not the date a statement was made); a
  // sentence with no date at all may place the event by another ("soon after the summit").
  holdsAnswer: (e, { analysis, candidates }) => {
    const text = e.entry.sentence.text;
    if (ASKS_CLOCK_TIME.test(analysis.text) && !CLOCK_TIME.test(text)) return false;
    if (analysis.future && !FUTURE_MARKERS.test(text)) return false;
    if (candidatesFor(candidates, e).length > 0) return true;
    return (
      !analysis.future &&
      e.direct >= defaultEngineOptions.when.minEventDirect &&
      RELATIVE_TIME.test(text) &&
      !hasSpan(text, "DATE", "TIME")
    );
  },
};
