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

/** Token indices inside quotation marks: what was said, not who said it. */
function quoted(e: Evidence): Set<number> {
  const inside = new Set<number>();
  const text = e.entry.sentence.text;
  for (const m of text.matchAll(/[“"]([^”"]*)[”"]/gu)) {
    const from = m.index;
    const to = m.index + m[0].length;
    e.entry.tokens.forEach((t, i) => {
      if (t.start >= from && t.end <= to) inside.add(i);
    });
  }
  return inside;
}

/**
 * The sentence is someone else's statement about the asked speaker: outside quotation marks it
 * names the speaker only after its verb of saying ("Lavrov said Moscow and Washington were in
 * contact", for "when did Washington say…"), never as the one saying it (before the verb,
 * after "according to", right after a closing quote, or behind an opening pronoun).
 */
export function saysOfSpeaker(e: Evidence, speaker: ReadonlySet<string>): boolean {
  const tokens = e.entry.tokens;
  const inQuote = quoted(e);
  const verb = tokens.findIndex((t, i) => SPEECH_VERBS.has(t.norm) && !inQuote.has(i));
  if (verb < 0) return false;
  const asked = e.matches.filter((m) => speaker.has(m.word.token.stem));
  const named = asked.flatMap((m) => m.at);
  if (named.length === 0 || asked.some((m) => m.viaPronoun)) return false;
  // Named only inside the quote, the speaker may still be the one quoted ("“…Russian
  // missions…,” the ambassador said" for "what does Russia say"): that says nothing either way.
  const outside = named.filter((i) => !inQuote.has(i));
  if (outside.length === 0) return false;
  const according = tokens.findIndex(
    (t, i) => t.norm === "according" && tokens[i + 1]?.norm === "to",
  );
  // "“…,” the minister said" and "“…,” said the minister": the one saying it stands by the verb.
  const quoteFirst = inQuote.has(0) || inQuote.has(1);
  const saying = (i: number): boolean =>
    i < verb || (according >= 0 && i > according) || (quoteFirst && i <= verb + SPEAKER_REACH);
  return !outside.some(saying);
}

/** How far after the verb the speaker of a sentence opening with a quote may stand. */
const SPEAKER_REACH = 6;

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
