import { SPEECH_VERBS } from "../lexicon/words.js";
import type { Token } from "../search/tokens.js";
import type { QuestionAnalysis } from "./analyse.js";
import type { Evidence } from "./evidence.js";

/** "What did X say…", "when has X said…": X is asked to be the one who said it. */
const ASKS_SPEAKER =
  /\b(?:did|does|do|has|have|had|will|would)\s+(.+?)\s+(?:say|said|tell|told|claim|claimed|describe|described|call|called|announce|announced|state|stated)\b/iu;

/** The question's words naming whom it asks to have said something, if it asks that. */
export function askedSpeaker(analysis: QuestionAnalysis): Token[] {
  const m = ASKS_SPEAKER.exec(analysis.text);
  if (!m) return [];
  const from = m.index + m[0].indexOf(m[1]!);
  const to = from + m[1]!.length;
  return analysis.content.filter((t) => t.start >= from && t.end <= to);
}

/**
 * The sentence is someone else's statement about the asked speaker: it names the speaker only
 * after its first verb of saying ("Lavrov said Moscow and Washington were in contact", for
 * "when did Washington say…"; "…, the ministry told Ruritanian media", for "what did the
 * Ruritanian ambassador say"), never before it, after an "according to" or behind an opening
 * pronoun.
 */
export function saysOfSpeaker(e: Evidence, speaker: ReadonlySet<string>): boolean {
  const tokens = e.entry.tokens;
  const verb = tokens.findIndex((t) => SPEECH_VERBS.has(t.norm));
  if (verb < 0) return false;
  const according = tokens.findIndex(
    (t, i) => t.norm === "according" && tokens[i + 1]?.norm === "to",
  );
  const asked = e.matches.filter((m) => speaker.has(m.word.token.stem));
  const named = asked.flatMap((m) => m.at);
  return (
    named.length > 0 &&
    !asked.some((m) => m.viaPronoun) &&
    named.every((i) => i > verb) &&
    !(according >= 0 && named.some((i) => i > according))
  );
}

/**
 * Evidence for a question asking what someone said, without the sentences that are someone
 * else's statement about them: those cover the question's words and say nothing of what the
 * asked speaker said.
 */
export function weighedBySpeaker(evidence: Evidence[], speaker: readonly Token[]): Evidence[] {
  if (speaker.length === 0) return evidence;
  const stems = new Set(speaker.map((t) => t.stem));
  return evidence.map((e) => (saysOfSpeaker(e, stems) ? { ...e, coverage: 0, direct: 0 } : e));
}
