import { isStopword } from "../../lexicon/stopwords.js";
import type { Token } from "../../search/tokens.js";
import { conflicts } from "../contrast.js";
import { questionWords, scoreSentence, type Evidence } from "../evidence.js";
import { countCandidates, durationCandidates, numberValue } from "../extract/numbers.js";
import { personCandidates, personKey } from "../extract/people.js";
import { qualifierKind } from "../qualifiers.js";
import { readNumber } from "../../lexicon/numberWords.js";
import type { KindContext } from "./types.js";

/** A value a yes/no question asserts: a number of something, or a person. */
export type Premise =
  | { kind: "number"; tokens: Token[]; value: number; unit: Token }
  | { kind: "person"; tokens: Token[]; key: string };

/** What the articles say in place of the question's value, with the sentence saying it. */
export interface PremiseCheck {
  holds: boolean;
  /** The value as the article writes it ("six Russian-owned properties", "Aleksandr Darchiev"). */
  found: string;
  evidence: Evidence;
}

const TIME_UNIT = /^(?:second|minute|hour|day|week|month|year|decade)s?$/;
const YEAR = /^(?:1[89]|20)\d\d$/;

/** The value the question asserts, if it asserts one. */
export function premiseOf(ctx: KindContext): Premise | undefined {
  const content = ctx.analysis.content;
  const text = ctx.analysis.text;
  for (let i = 0; i < content.length; i++) {
    const t = content[i]!;
    if (numberValue(t) === undefined || YEAR.test(t.norm)) continue;
    // A day of a date ("the February 27 meeting") asserts no count.
    const month = (u: Token | undefined): boolean =>
      u !== undefined && qualifierKind(u.norm) === "month";
    if (month(content[i - 1]) || month(content[i + 1])) continue;
    // The whole number as written: "thirty-five", "two and a half".
    const value = readNumber(text.slice(t.start));
    if (value === undefined || value <= 0) continue;
    // The counted noun: past the rest of the number, the last word of the run after it
    // ("53 Russian diplomats", "two and a half hours").
    let j = i + 1;
    while (content[j] && (numberValue(content[j]!) !== undefined || content[j]!.norm === "half"))
      j++;
    const numberTokens = content.slice(i, j);
    while (content[j + 1] && content[j]!.capitalized && !isStopword(content[j + 1]!.norm)) j++;
    const unit = content[j];
    if (unit) return { kind: "number", tokens: numberTokens, value, unit };
  }
  const { index } = ctx;
  const names = content.filter((t) => t.capitalized && index.nameParts.has(t.stem));
  const surname = names.find((t) => index.surnames.has(t.stem));
  if (surname) return { kind: "person", tokens: names, key: personKey(index, surname.stem) };
  return undefined;
}

function valueOf(phrase: string): number | undefined {
  const v = readNumber(phrase);
  return v !== undefined && v > 0 ? v : undefined;
}

/**
 * Checks the question's value against the sentence that best says the rest of the question:
 * "did the meeting last three hours" is read as "how long did the meeting last", then
 * compared. Undefined when no sentence says the rest well enough to judge.
 */
export function checkPremise(
  ctx: KindContext,
  premise: Premise,
  minCoverage: number,
): PremiseCheck | undefined {
  const { index, analysis, terms, hits } = ctx;
  const rest = analysis.content.filter((t) => !premise.tokens.includes(t));
  if (rest.length === 0) return undefined;
  const words = questionWords(index, rest, terms, analysis.text);
  const evidence = hits
    .flatMap((hit, rank) => hit.passage.sentences.map((s) => scoreSentence(index, words, s, rank)))
    .filter(
      (e) =>
        e.coverage >= minCoverage &&
        e.direct >= minCoverage &&
        !conflicts(ctx.contrast, e, 0, e.entry.tokens.length - 1),
    )
    .sort((a, b) => b.coverage + b.direct - (a.coverage + a.direct) || a.rank - b.rank);
  for (const e of evidence) {
    if (premise.kind === "number") {
      const unitStems = new Set(
        terms.filter((q) => q.source === premise.unit.stem).map((q) => q.stem),
      );
      unitStems.add(premise.unit.stem);
      const found = TIME_UNIT.test(premise.unit.norm)
        ? durationCandidates(e.entry).filter((c) => unitStems.has(lastStem(c.text, e)))
        : countCandidates(e.entry, (t) => unitStems.has(t.stem));
      const first = found[0];
      const value = first ? valueOf(first.text) : undefined;
      if (first && value !== undefined) {
        return { holds: value === premise.value, found: first.display, evidence: e };
      }
    } else {
      const people = personCandidates(index, e.entry);
      if (people.length === 0) continue;
      const same = people.find((p) => p.key === premise.key);
      return { holds: same !== undefined, found: (same ?? people[0]!).display, evidence: e };
    }
  }
  return undefined;
}

function lastStem(phrase: string, e: Evidence): string {
  const words = phrase.split(/\s+/);
  const last = words[words.length - 1] ?? "";
  return e.entry.tokens.find((t) => t.text === last)?.stem ?? last.toLowerCase();
}
