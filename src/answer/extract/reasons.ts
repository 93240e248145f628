import type { IndexedSentence } from "../../search/types.js";
import type { Candidate } from "./candidate.js";
import { trimPhrase } from "./phrase.js";

/** Words that introduce a reason or purpose; the reason is what follows, up to the clause end. */
const REASON_AFTER =
  /\b(?:in response to|because of|because|due to|owing to|as a result of|in order to|so that|aimed at|in retaliation for|in protest (?:at|against)|which would|shortly after|following)\b/gi;
/** Verbs whose subject is the cause: "the invasion triggered further reductions". */
const CAUSE_VERB = /\b(?:triggered|caused|prompted|led to|resulted in|sparked|forced)\b/i;
// A period only ends the clause at the end of the sentence: "the U.S. presidential election".
const CLAUSE_END = /[,;!?—–]|\s-\s|\.["”’]?\s*$/;

/** Weak markers only tell when, not why: used when nothing stronger is written. */
const WEAK = /^(?:shortly after|following)$/i;

export interface ReasonCandidate extends Candidate {
  strong: boolean;
}

export function reasonCandidates(entry: IndexedSentence): ReasonCandidate[] {
  const text = entry.sentence.text;
  const out: ReasonCandidate[] = [];
  for (const m of text.matchAll(REASON_AFTER)) {
    const start = m.index;
    const rest = text.slice(start + m[0].length);
    const stop = rest.search(CLAUSE_END);
    const end = start + m[0].length + (stop < 0 ? rest.length : stop);
    const phrase = trimPhrase(text.slice(start, end));
    if (phrase.split(/\s+/).length < 3) continue;
    out.push({
      text: phrase,
      // "which would give a fresh impetus…" reads as the reason without its "which".
      display: phrase.replace(/^which\s+/i, ""),
      start,
      end: start + phrase.length,
      key: `reason:${phrase.toLowerCase()}`,
      strong: !WEAK.test(m[0]),
    });
  }
  const cause = CAUSE_VERB.exec(text);
  if (cause) {
    // The subject of the cause verb, from the start of its clause.
    const before = text.slice(0, cause.index);
    const clauseStart = Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1;
    const phrase = trimPhrase(before.slice(clauseStart));
    if (phrase.split(/\s+/).length >= 2) {
      const start = text.indexOf(phrase, clauseStart);
      out.push({
        text: phrase,
        display: phrase,
        start,
        end: start + phrase.length,
        key: `reason:${phrase.toLowerCase()}`,
        strong: true,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Words that give a reason or a purpose, with or without a phrase to extract after them. */
const CAUSAL =
  /\b(?:because|thanks to|due to|owing to|since|as a result|in response to|in order to|so that|aimed at|aims? to|seeks? to|to (?:ensure|restore|improve|resolve|remove|address)|amid|after|following|citing|given)\b/i;

/** The sentence gives a reason or a purpose: a why-question's answer must. */
export function givesReason(entry: IndexedSentence): boolean {
  return reasonCandidates(entry).length > 0 || CAUSAL.test(entry.sentence.text);
}
