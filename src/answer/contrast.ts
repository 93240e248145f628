import { isStopword } from "../search/stopwords.js";
import { tokenize, type Token } from "../search/tokens.js";
import type { QueryTerm, SearchIndex } from "../search/types.js";
import type { QuestionAnalysis } from "./analyse.js";
import type { Evidence } from "./evidence.js";

/** Nationality words: "the US delegation" and "the Russian delegation" are different things. */
const NATIONALITY = new Set([
  ...["us", "american", "america", "washington", "russia", "russian", "moscow", "kremlin"],
  ...["ukrain", "ukrainian", "kyiv", "china", "chines", "beij", "turkiy", "turkey", "turkish"],
]);
const LOCATIVE = new Set(["in", "at"]);

/**
 * The question's distinguishing words: a nationality right before a noun ("US delegation") and
 * a place after "in"/"at" ("in Istanbul"). A sentence that puts another nationality before that
 * noun, or the event in another place, answers a different question.
 */
export interface Contrast {
  modifiers: Array<{ modifier: Set<string>; head: Set<string> }>;
  /** Who the question says did it, and the verb (with their expansions). */
  actor?: { subject: Set<string>; verb: Set<string> };
  places: Array<Set<string>>;
  placeStems: ReadonlySet<string>;
}

export function contrastOf(
  index: SearchIndex,
  analysis: QuestionAnalysis,
  terms: QueryTerm[],
): Contrast {
  const expansions = (t: Token): Set<string> =>
    new Set([t.stem, ...terms.filter((q) => q.source === t.stem).map((q) => q.stem)]);
  const classOf = (stem: string): boolean => NATIONALITY.has(stem) || index.placeStems.has(stem);
  const content = analysis.content;
  const modifiers: Contrast["modifiers"] = [];
  for (let i = 0; i + 1 < content.length; i++) {
    const m = content[i]!;
    const h = content[i + 1]!;
    if (NATIONALITY.has(m.stem) && !classOf(h.stem)) {
      modifiers.push({ modifier: expansions(m), head: expansions(h) });
    }
  }
  const places: Contrast["places"] = [];
  const words = tokenize(analysis.text);
  words.forEach((t, i) => {
    const next = words[i + 1];
    if (LOCATIVE.has(t.norm) && next && index.placeStems.has(next.stem))
      places.push(expansions(next));
  });
  const actor = analysis.actor
    ? {
        subject: new Set(analysis.actor.subject.flatMap((t) => [...expansions(t)])),
        verb: expansions(analysis.actor.verb),
      }
    : undefined;
  return { modifiers, places, actor, placeStems: index.placeStems };
}

/**
 * True when the tokens in [first, last] of the evidence sentence contradict the question's
 * distinguishing words: every mention of the qualified noun carries another nationality, or
 * the event is placed somewhere else and the question's place is not mentioned.
 */
export function conflicts(c: Contrast, evidence: Evidence, first: number, last: number): boolean {
  const tokens = evidence.entry.tokens.slice(first, last + 1);
  for (const { modifier, head } of c.modifiers) {
    const heads = tokens.map((t, i) => (head.has(t.stem) ? i : -1)).filter((i) => i >= 0);
    if (heads.length === 0) continue;
    const qualifiedOtherwise = heads.every((i) => {
      const before = tokens[i - 1];
      return before !== undefined && NATIONALITY.has(before.stem) && !modifier.has(before.stem);
    });
    if (qualifiedOtherwise) return true;
  }
  if (c.actor && actedByOther(c.actor, evidence)) return true;
  for (const place of c.places) {
    if (tokens.some((t) => place.has(t.stem))) continue;
    // Only "in <place>" sets an event somewhere; "at Russia's Foreign Ministry" names a body.
    const elsewhere = tokens.some(
      (t, i) => tokens[i - 1]?.norm === "in" && c.placeStems.has(t.stem) && !place.has(t.stem),
    );
    if (elsewhere) return true;
  }
  return false;
}

const PASSIVE = new Set(["was", "were", "been", "be", "is", "are", "being"]);

/**
 * "In 2016, the Obama administration expelled 35 Russian diplomats" does not say how many
 * diplomats Russia expelled: the verb's subject in the sentence (its clause, before it) names
 * someone else and not the question's actor.
 */
function actedByOther(actor: NonNullable<Contrast["actor"]>, evidence: Evidence): boolean {
  const { tokens } = evidence.entry;
  const text = evidence.entry.sentence.text;
  const verbs = tokens.map((t, i) => (actor.verb.has(t.stem) ? i : -1)).filter((i) => i > 0);
  if (verbs.length === 0) return false;
  return verbs.every((v) => {
    if (PASSIVE.has(tokens[v - 1]!.norm)) return false;
    let start = v - 1;
    while (start > 0 && !/[,;:]/.test(text.slice(tokens[start - 1]!.end, tokens[start]!.start))) {
      start--;
    }
    const agent = tokens.slice(start, v);
    if (agent.some((t) => actor.subject.has(t.stem))) return false;
    return agent.some((t) => t.capitalized && !isStopword(t.norm) && t !== tokens[0]);
  });
}
