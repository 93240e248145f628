import type { IndexedSentence } from "../../search/types.js";
import type { Candidate } from "./candidate.js";
import { trimPhrase } from "./phrase.js";
import {
  AUXILIARIES,
  COPULA,
  NOT_PURPOSE_BEFORE_TO,
  RELATIVE_PRONOUNS,
  TAKES_INFINITIVE,
} from "../../lexicon/words.js";
import { lemma, partOfSpeech } from "../../nlp/stem.js";

/** Words that introduce a reason or purpose; the reason is what follows, up to the clause end. */
const REASON_AFTER =
  /\b(?:in response to|because of|because|due to|owing to|as a result of|in order to|so that|aimed at|in retaliation for|in protest (?:at|against)|which would|shortly after|following|(?:an?|the) (?:key|main|crucial|necessary|essential|important|vital|major|central) (?:condition|precondition|prerequisite|requirement|step)["”’]? (?:for|to))\b/gi;
/** Verbs whose subject is the cause: "the invasion triggered further reductions". */
const CAUSE_VERB = /\b(?:triggered|caused|prompted|led to|resulted in|sparked|forced)\b/i;
/** Verbs whose object is an outcome: "exacerbated tensions", "led to further restrictions". */
const EFFECT_AFTER =
  /\b(?:led to|leading to|resulted in|caused|triggered|prompted|sparked|exacerbated|worsened|deepened|strained|damaged|hurt|forced|brought about)\b/gi;
/** The first of them in a sentence (EFFECT_AFTER is global, for finding them all). */
const EFFECT_VERB = new RegExp(EFFECT_AFTER.source, "i");
/** Adverbs between a subject and its verb ("further", "also", "sharply"). */
const TRAILING_ADVERBS = /(?:\s+(?:further|also|then|later|soon|already|\p{Ll}+ly))+\s*$/u;
// A period only ends the clause at the end of the sentence: "the U.S. presidential election".
const CLAUSE_END = /[,;!?—–]|\s-\s|\.["”’]?\s*$/;

/**
 * Markers whose reason is a noun phrase ("aimed at closer ties", "due to the strike"): the
 * phrase holds no verb of its own, so a verb after it is the sentence's own ("talks aimed at
 * closer ties will open on Monday"), unless a relative word brings in a clause of the phrase.
 */
const PHRASE_MARKER =
  /^(?:in response to|because of|due to|owing to|as a result of|aimed at|in retaliation for|in protest (?:at|against)|shortly after|following)$/i;

/** Where a noun-phrase reason ends: before the sentence's own verb, if one follows it. */
function phraseEnd(rest: string): number {
  for (const m of rest.matchAll(/\p{L}+/gu)) {
    const word = m[0].toLowerCase();
    if (RELATIVE_PRONOUNS.has(word)) return rest.length;
    if (COPULA.has(word) || AUXILIARIES.has(word)) return m.index;
  }
  return rest.length;
}

/** "To" and the verb after it. */
const PURPOSE = /\sto\s+(\p{L}+)/gu;

/** Weak markers only tell when, not why: used when nothing stronger is written. */
const WEAK = /^(?:shortly after|following)$/i;

export interface ReasonCandidate extends Candidate {
  strong: boolean;
}

/** The verb after "to" by the object it takes ("to advance the deal"), where its class is unsure. */
const TAKES_OBJECT =
  /^\s+(?:the|a|an|their|its|his|her|this|these|those|our|any|all|further|more)\b/iu;

/**
 * A phrase cut from inside a quotation keeps a closing mark without its opening one ('a key
 * condition” for…'): shown, a lone mark is noise.
 */
function withoutStrayQuotes(phrase: string): string {
  const opens = (phrase.match(/“/gu) ?? []).length;
  const closes = (phrase.match(/”/gu) ?? []).length;
  return opens === closes ? phrase : phrase.replace(/[“”]/gu, "");
}

function reasonAt(
  phrase: string,
  start: number,
  strong: boolean,
  display = phrase,
): ReasonCandidate {
  return {
    text: phrase,
    display: withoutStrayQuotes(display),
    start,
    end: start + phrase.length,
    key: `reason:${phrase.toLowerCase()}`,
    strong,
  };
}

export function reasonCandidates(entry: IndexedSentence): ReasonCandidate[] {
  const text = entry.sentence.text;
  const out: ReasonCandidate[] = [];
  for (const m of text.matchAll(REASON_AFTER)) {
    const start = m.index;
    const rest = text.slice(start + m[0].length);
    const stop = rest.search(CLAUSE_END);
    const clause = stop < 0 ? rest : rest.slice(0, stop);
    const end =
      start + m[0].length + (PHRASE_MARKER.test(m[0]) ? phraseEnd(clause) : clause.length);
    const phrase = trimPhrase(text.slice(start, end));
    if (phrase.split(/\s+/).length < 3) continue;
    // "which would give a fresh impetus…" reads as the reason without its "which".
    out.push(reasonAt(phrase, start, !WEAK.test(m[0]), phrase.replace(/^which\s+/i, "")));
  }
  // "…easing port fees to protect the deal": an infinitive of purpose after the clause's own
  // words, not one a verb of aiming governs ("plans to reopen", "agreed to revive").
  for (const m of text.matchAll(PURPOSE)) {
    const before = /(\p{L}+)\s*$/u.exec(text.slice(0, m.index))?.[1]?.toLowerCase() ?? "";
    if (!before || NOT_PURPOSE_BEFORE_TO.test(before) || TAKES_INFINITIVE.has(lemma(before)))
      continue;
    // A verb by its word class, or by the object it takes.
    const after = text.slice(m.index + m[0].length);
    if (partOfSpeech(m[1]!.toLowerCase()) !== "VERB" && !TAKES_OBJECT.test(after)) continue;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const rest = text.slice(start);
    const stop = rest.search(CLAUSE_END);
    const phrase = trimPhrase(stop < 0 ? rest : rest.slice(0, stop));
    if (phrase.split(/\s+/).length < 3) continue;
    out.push(reasonAt(phrase, start, true));
  }
  // "X further exacerbated tensions and led to…": the subject of the first verb of causing
  // is that of the verbs joined to it.
  const causing = [CAUSE_VERB.exec(text), EFFECT_VERB.exec(text)]
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => a.index - b.index);
  const cause = causing[0];
  if (cause) {
    // The subject of the cause verb, from the start of its clause, without the adverb before
    // the verb ("…in 2022 further exacerbated").
    const before = text.slice(0, cause.index).replace(TRAILING_ADVERBS, "");
    const clauseStart = Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1;
    const phrase = trimPhrase(before.slice(clauseStart));
    if (phrase.split(/\s+/).length >= 2) {
      out.push(reasonAt(phrase, text.indexOf(phrase, clauseStart), true));
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

/**
 * What a sentence says came of something: the phrases after its verbs of causing, as one answer
 * ("exacerbated tensions and led to further restrictions" → "tensions; further restrictions").
 */
export function effectCandidates(entry: IndexedSentence): Candidate[] {
  const text = entry.sentence.text;
  const verbs = [...text.matchAll(EFFECT_AFTER)];
  const phrases: { text: string; start: number }[] = [];
  verbs.forEach((m, i) => {
    const from = m.index + m[0].length;
    const next = verbs[i + 1]?.index ?? text.length;
    const rest = text.slice(from, next);
    const stop = rest.search(CLAUSE_END);
    const phrase = trimPhrase(
      rest.slice(0, stop < 0 ? rest.length : stop).replace(/\s+and\s*$/u, ""),
    );
    if (phrase) phrases.push({ text: phrase, start: text.indexOf(phrase, from) });
  });
  const first = phrases[0];
  const last = phrases[phrases.length - 1];
  if (!first || !last) return [];
  const display = phrases.map((p) => p.text).join("; ");
  return [
    {
      text: text.slice(first.start, last.start + last.text.length),
      display,
      start: first.start,
      end: last.start + last.text.length,
      key: `effect:${display.toLowerCase()}`,
    },
  ];
}
