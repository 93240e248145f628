import { countryOf, countryWords, isCapital } from "../lexicon/countries.js";
import { PLACE_HEADS } from "./extract/places.js";
import { onlySpaceBetween } from "./extract/phrase.js";
import { isStopword } from "../lexicon/stopwords.js";
import { tokenize, type Token } from "../search/tokens.js";
import type { QueryTerm, SearchIndex } from "../search/types.js";
import type { QuestionAnalysis } from "./analyse.js";
import type { Evidence } from "./evidence.js";
import { mentionQualifier } from "./events.js";
import { isRoleStem } from "./extract/roles.js";
import { qualifierKind, type QualifierKind } from "./qualifiers.js";
import { stemSet } from "../lexicon/stemSet.js";
import { partOfSpeech } from "../nlp/stem.js";

let nationality: (() => ReadonlySet<string>) | undefined;
/**
 * Index keys of every word naming a country (src/lexicon/countries.ts): "the US delegation"
 * and "the Russian delegation" are different things.
 */
const NATIONALITY = (): ReadonlySet<string> =>
  (nationality ??= stemSet([...countryWords()].join(" ")))();
/** Only "in" or "at" sets an event somewhere. */
const SETTING = new Set(["in", "at"]);

export const isNationality = (stem: string): boolean => NATIONALITY().has(stem);

/**
 * The question's distinguishing words: a nationality right before a noun ("US delegation") and
 * a place after "in"/"at" ("in Istanbul"). A sentence that puts another nationality before that
 * noun, or the event in another place, answers a different question.
 */
export interface Contrast {
  /** A nationality before a noun; `country` its key, so "Danish" and "Denmark's" agree. */
  modifiers: Array<{ modifier: Set<string>; head: Set<string>; country?: string }>;
  /** Who the question says did it, and the verb (with their expansions). */
  /** "Did the US expel…": who acts, the countries among them, and the verb. */
  actor?: {
    subject: Set<string>;
    countries: Set<string>;
    verb: Set<string>;
    /** How many actors the question joins ("Ruritania and Freedonia": 2). */
    named: number;
  };
  places: Array<Set<string>>;
  placeStems: ReadonlySet<string>;
  /** Events the question singles out: "the second round", "the February meeting". */
  events: QualifiedEvent[];
  /**
   * Posts the question places somewhere: "ambassador to Russia", "ambassador in Moscow". A
   * sentence giving that post towards another country ("ambassador to the United States") is
   * about the opposite relation.
   */
  postings: Array<{ role: Set<string>; place: Set<string> }>;
}

/** "to" / "in" (then "the") and a capitalised place or nationality: where a post is held. */
function postedTo(
  tokens: readonly Token[],
  at: number,
  placeStems: ReadonlySet<string>,
): Token | undefined {
  const prep = tokens[at + 1];
  if (!prep || (prep.norm !== "to" && prep.norm !== "in")) return undefined;
  const place = tokens[at + 2]?.norm === "the" ? tokens[at + 3] : tokens[at + 2];
  if (!place?.capitalized) return undefined;
  return NATIONALITY().has(place.stem) || placeStems.has(place.stem) ? place : undefined;
}

export interface QualifiedEvent {
  qualifier: Set<string>;
  kind: QualifierKind;
  head: Set<string>;
}

export function contrastOf(
  index: SearchIndex,
  analysis: QuestionAnalysis,
  terms: QueryTerm[],
): Contrast {
  const expansions = (t: Token): Set<string> =>
    new Set([t.stem, ...terms.filter((q) => q.source === t.stem).map((q) => q.stem)]);
  const classOf = (stem: string): boolean => NATIONALITY().has(stem) || index.placeStems.has(stem);
  const content = analysis.content;
  const modifiers: Contrast["modifiers"] = [];
  for (let i = 0; i + 1 < content.length; i++) {
    const m = content[i]!;
    // "Turkey's foreign minister": the noun after the adjectives is what the country owns.
    let at = i + 1;
    const text = analysis.text;
    while (
      at < content.length - 1 &&
      partOfSpeech(content[at]!.norm) === "ADJ" &&
      onlySpaceBetween(text, content[at - 1]!, content[at]!) &&
      onlySpaceBetween(text, content[at]!, content[at + 1]!)
    ) {
      at++;
    }
    const h = content[at]!;
    // A misspelt nationality ("amercan") is one by its correction.
    const spelt = [
      m.stem,
      ...terms.filter((q) => q.source === m.stem && q.via === "spelling").map((q) => q.stem),
    ];
    // "the US delegation", not "did the US expel": a nationality before a verb is its subject.
    // "Its Oslo embassy" is the one in Oslo, whoever's it is: a capital before a building
    // says where.
    if (
      spelt.some((s) => NATIONALITY().has(s)) &&
      !(isCapital(m.norm) && PLACE_HEADS().has(h.stem)) &&
      !classOf(h.stem) &&
      partOfSpeech(h.norm) !== "VERB"
    ) {
      const country = countryOf(m.norm);
      modifiers.push({
        modifier: expansions(m),
        head: expansions(h),
        ...(country !== undefined ? { country } : {}),
      });
    }
  }
  const places: Contrast["places"] = [];
  const words = tokenize(analysis.text);
  words.forEach((t, i) => {
    const next = words[i + 1];
    if (SETTING.has(t.norm) && next && index.placeStems.has(next.stem))
      places.push(expansions(next));
  });
  const events: QualifiedEvent[] = [];
  words.forEach((t, i) => {
    const qualifier = expansions(t);
    // Read as words, not stems: a misspelt month ("Febuary") by its correction's spelling.
    const spellings = [t.norm, ...terms.filter((q) => q.source === t.stem).map((q) => q.norm)];
    const kind = spellings
      .filter((w): w is string => w !== undefined)
      .map(qualifierKind)
      .find(Boolean);
    const head = words[i + 1];
    if (!kind || !head || !content.some((c) => c.stem === head.stem)) return;
    if (qualifierKind(head.norm) || /\d/.test(head.norm)) return;
    const heads = expansions(head);
    // "…the meeting could be shorter than the previous round": two events of one kind are
    // asked about together, so no clause is ruled out for naming the other. ("The February
    // round of talks" is one event.)
    const again = words.some(
      (w, j) => j !== i + 1 && heads.has(w.stem) && !(j === i + 3 && words[i + 2]?.norm === "of"),
    );
    if (!again) events.push({ qualifier, kind, head: heads });
  });
  const actor = analysis.actor
    ? {
        subject: new Set(analysis.actor.subject.flatMap((t) => [...expansions(t)])),
        countries: new Set(
          analysis.actor.subject
            .map((t) => countryOf(t.norm))
            .filter((c): c is string => c !== undefined),
        ),
        verb: expansions(analysis.actor.verb),
        named: analysis.actor.actors,
      }
    : undefined;
  const postings: Contrast["postings"] = [];
  words.forEach((t, i) => {
    if (!isRoleStem(t.stem)) return;
    const place = postedTo(words, i, index.placeStems);
    if (place) postings.push({ role: expansions(t), place: expansions(place) });
  });
  return { modifiers, places, actor, placeStems: index.placeStems, events, postings };
}

/**
 * True when the tokens in [first, last] of the evidence sentence contradict the question's
 * distinguishing words: every mention of the qualified noun carries another nationality, or
 * the event is placed somewhere else and the question's place is not mentioned.
 */
export function conflicts(c: Contrast, evidence: Evidence, first: number, last: number): boolean {
  const tokens = evidence.entry.tokens.slice(first, last + 1);
  for (const { modifier, head, country } of c.modifiers) {
    const heads = tokens.map((t, i) => (head.has(t.stem) ? i : -1)).filter((i) => i >= 0);
    if (heads.length === 0) continue;
    const qualifiedOtherwise = heads.every((i) => {
      // "Russian Foreign Minister": the nationality before the adjectives.
      let j = i - 1;
      while (
        j > 0 &&
        partOfSpeech(tokens[j]!.norm) === "ADJ" &&
        !NATIONALITY().has(tokens[j]!.stem)
      )
        j--;
      const before = tokens[j];
      return (
        before !== undefined &&
        NATIONALITY().has(before.stem) &&
        !modifier.has(before.stem) &&
        (country === undefined || countryOf(before.norm) !== country)
      );
    });
    if (qualifiedOtherwise) return true;
  }
  if (c.actor && actedByOther(c.actor, evidence)) return true;
  if (c.actor && actorAbsent(c.actor, evidence)) return true;
  for (const { role, place } of c.postings) {
    const posted = tokens
      .map((t, i) => (role.has(t.stem) ? postedTo(tokens, i, c.placeStems) : undefined))
      .filter((p): p is Token => p !== undefined);
    if (posted.length > 0 && posted.every((p) => !place.has(p.stem))) return true;
  }
  if (c.events.some((e) => aboutOtherEvent(e, evidence, first, last))) return true;
  for (const place of c.places) {
    if (tokens.some((t) => place.has(t.stem))) continue;
    // Only "in <place>" sets an event somewhere; "at Russia's Foreign Ministry" names a body.
    // "The embassy in Oslo" says where the embassy is, not where anything happened;
    // "took place in Rome" says where something did.
    const elsewhere = tokens.some(
      (t, i) =>
        tokens[i - 1]?.norm === "in" &&
        c.placeStems.has(t.stem) &&
        !place.has(t.stem) &&
        !(PLACE_HEADS().has(tokens[i - 2]?.stem ?? "") && tokens[i - 3]?.stem !== "take"),
    );
    if (elsewhere) return true;
  }
  return false;
}

/**
 * Words that set two parallel statements against each other: "Whereas the February round…,
 * this round…". Not "but", which as often goes on about the same thing ("…, but could be
 * shorter than the previous round").
 */
const CONTRASTIVE = new Set(["whereas", "while", "unlike"]);

/**
 * The clause [first, last] speaks of another event than the question's: every mention of the
 * event noun in it carries another qualifier of the same kind ("the February round" for "the
 * April round"), or the sentence sets the asked-about event against this clause ("Whereas the
 * February round was held at A, the venue of this round will be B": B is not the February
 * venue, and with "this round" the article's second round, A is not the second round's).
 * Qualifiers of different kinds ("second" and "February") may name the same event.
 */
function aboutOtherEvent(
  event: QualifiedEvent,
  evidence: Evidence,
  first: number,
  last: number,
): boolean {
  const { tokens, article } = evidence.entry;
  const text = evidence.entry.sentence.text;
  const mentions = tokens
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => event.head.has(t.stem))
    .map(({ i }) => ({ i, q: mentionQualifier(article, tokens, text, i) }));
  const inside = mentions.filter(({ i }) => i >= first && i <= last);
  if (inside.length === 0) return false;
  const asked = (q: Token | undefined): boolean => q !== undefined && event.qualifier.has(q.stem);
  const otherOfKind = inside.every(
    ({ q }) => q !== undefined && qualifierKind(q.norm) === event.kind && !asked(q),
  );
  if (otherOfKind) return true;
  const contrastive = tokens.some((t) => CONTRASTIVE.has(t.norm));
  const askedElsewhere = mentions.some(({ i, q }) => (i < first || i > last) && asked(q));
  return contrastive && askedElsewhere && !inside.some(({ q }) => asked(q));
}

const PASSIVE = new Set(["was", "were", "been", "be", "is", "are", "being"]);

/**
 * "When will Ruritania and Freedonia sign a treaty?" is not answered by a passage about a
 * treaty that names neither: whoever the question says acted must be named in the passage
 * (or the sentence before), not only somewhere else in its article.
 */
function actorAbsent(actor: NonNullable<Contrast["actor"]>, evidence: Evidence): boolean {
  // One country may act through its government ("the Obama administration expelled…") and
  // be named nowhere near; two acting together are each named.
  if (actor.named < 2) return false;
  const asked = evidence.matches.filter((m) => actor.subject.has(m.word.token.stem));
  return asked.length > 0 && asked.every((m) => !m.inPassage);
}

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
  const countryActor = actor.countries.size > 0;
  return verbs.every((v) => {
    if (PASSIVE.has(tokens[v - 1]!.norm)) return false;
    // "Maria Lindqvist, Freedonia's trade secretary, called…": the subject stands before an
    // apposition that names a post; the verb is still hers.
    const opening = tokens.slice(0, v);
    const firstComma = opening.findIndex(
      (_, i) => i > 0 && /,/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start)),
    );
    if (firstComma > 0 && opening.slice(0, firstComma).some((t) => actor.subject.has(t.stem))) {
      const apposition = text.slice(tokens[firstComma - 1]!.end, tokens[v]!.start);
      if ((apposition.match(/,/g) ?? []).length >= 2) return false;
    }
    let start = v - 1;
    while (start > 0 && !/[,;:]/.test(text.slice(tokens[start - 1]!.end, tokens[start]!.start))) {
      start--;
    }
    const agent = tokens.slice(start, v);
    if (agent.some((t) => actor.subject.has(t.stem))) return false;
    // A country asked about ("did the US expel") is also acted for by its government, its
    // leaders and its offices ("the Obama administration"): another country is another actor,
    // and so is anyone acting on the asked country ("expelled 35 Russian diplomats" is not
    // what Russia did).
    if (countryActor) {
      const object = tokens.slice(v + 1, v + 5);
      const country = (t: Token): string | undefined => countryOf(t.norm);
      return (
        agent.some((t) => country(t) !== undefined && !actor.countries.has(country(t)!)) ||
        object.some((t) => actor.countries.has(country(t) ?? ""))
      );
    }
    return agent.some((t) => t.capitalized && !isStopword(t.norm) && t !== tokens[0]);
  });
}
