import { countryOf } from "../../lexicon/countries.js";
import { isNameToken } from "../../search/entities.js";
import { stemSet } from "../../lexicon/stemSet.js";
import { isStopword } from "../../lexicon/stopwords.js";
import type { Token } from "../../search/tokens.js";
import type { IndexedSentence } from "../../search/types.js";
import type { Candidate } from "./candidate.js";
import { qualifierKind } from "../qualifiers.js";
import { gapBreaks, PHRASE_END, readForward, trimPhrase } from "./phrase.js";

/** Words that name a post a person holds. */
const ROLE_WORDS = stemSet(`president secretary deputy assistant undersecretary minister ambassador
  envoy spokeswoman spokesperson spokesman director head chief chairman official adviser advisor
  aide consul representative officer commander leader editor correspondent governor senator mayor
  mouthpiece`);
/** Words that name the body a post belongs to; they belong to the slot, not its filling. */
const ORG_WORDS = stemSet(`department ministry office bureau agency embassy consulate administration
  council committee service affairs state government`);
/** Words that date a title rather than change it: "now Russia's ambassador", "new ambassador". */
const TEMPORAL = new Set([
  "now",
  "new",
  "newly",
  "appoint",
  "former",
  "next",
  "current",
  "currently",
  "then",
  "incoming",
  "outgoing",
  "acting",
  "also",
  "again",
  "later",
]);
/**
 * A country's words stand for one another: "ambassador to Washington" is "ambassador to the
 * U.S.", "Norwegian" and "Oslo" name one party.
 */
const countryOrStem = (t: Token): string => {
  const country = countryOf(t.norm);
  return country === undefined ? t.stem : `country:${country}`;
};

const LEADING_NOISE = new Set(["its", "his", "her", "their", "now", "then", "the", "a", "an"]);

const isRole = (t: Token): boolean => ROLE_WORDS().has(t.stem);
/** A word naming a post ("ambassador", "spokeswoman"). */
export const isRoleStem = (s: string): boolean => ROLE_WORDS().has(s);
/** A word naming a post or the body it belongs to ("ambassador", "ministry"). */
export const isTitleStem = (s: string): boolean => ROLE_WORDS().has(s) || ORG_WORDS().has(s);
const isOrg = (t: Token): boolean => ORG_WORDS().has(t.stem);
const isPossessive = (t: Token): boolean => /['’]s$/.test(t.text);

/**
 * The slot a phrase fills (its role and body words) and what fills it (the other content
 * words), leading nationality, possessives and dating words dropped so "now Russia's ambassador
 * to the United States" and "Moscow's new ambassador to Washington" come out the same.
 */
export function slotOf(words: Token[]): { head: string[]; filler: string[] } {
  const firstHead = words.findIndex((t) => isRole(t) || isOrg(t));
  const kept = words.filter((t, i) => {
    if (
      i < firstHead &&
      (countryOf(t.norm) !== undefined || isPossessive(t) || TEMPORAL.has(t.stem))
    ) {
      return false;
    }
    return true;
  });
  const head = new Set<string>();
  const filler = new Set<string>();
  for (const t of kept) {
    if (isRole(t) || isOrg(t)) head.add(t.stem);
    else if (!isStopword(t.norm) && !TEMPORAL.has(t.stem) && !TEMPORAL.has(t.norm)) {
      filler.add(countryOrStem(t));
    }
  }
  return { head: [...head].sort(), filler: [...filler].sort() };
}

function candidate(entry: IndexedSentence, idx: number[], kind: string): Candidate | undefined {
  const { tokens } = entry;
  const text = entry.sentence.text;
  const words = idx.map((i) => tokens[i]!).filter(Boolean);
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last || !words.some((t) => isRole(t) || isOrg(t))) return undefined;
  // "its next ambassador" / "now Russia's ambassador": the phrase shown starts at the title.
  let from = 0;
  while (from < words.length - 1 && LEADING_NOISE.has(words[from]!.norm)) from++;
  const phrase = trimPhrase(text.slice(words[from]!.start, last.end));
  const start = text.indexOf(phrase, first.start);
  const slot = slotOf(words);
  return {
    text: phrase,
    display: phrase,
    start,
    end: start + phrase.length,
    key: `${kind}:${slot.head.join(" ")}|${slot.filler.join(" ")}`,
    slot,
  };
}

const BACK_STOP = new Set([
  ...PHRASE_END,
  "by",
  "with",
  "from",
  "according",
  "led",
  "headed",
  "tapped",
  "named",
  "appointed",
]);
const LINKS = new Set(["of", "for", "and", "the", "to", "at"]);
const PREDICATE = new Set(["is", "was", "became", "remains", "served"]);

/** Token indices of the person's name (or pronoun) that `at` is part of. */
function nameSpan(tokens: Token[], text: string, at: number): [number, number] {
  let a = at;
  let b = at;
  const joined = (i: number, j: number): boolean =>
    !gapBreaks(text, tokens[i]!, tokens[j]!) && text.slice(tokens[i]!.end, tokens[j]!.start) !== "";
  while (a > 0 && isNameToken(tokens[a - 1]!) && joined(a - 1, a)) a--;
  while (b + 1 < tokens.length && isNameToken(tokens[b + 1]!) && joined(b, b + 1)) b++;
  return [a, b];
}

/**
 * Role phrases a sentence attaches to a person mentioned at token `at`: the title before the
 * name ("Deputy Assistant Secretary of State for Eurasian Affairs Sonata Coulter"), an
 * apposition after it (", head of the North Atlantic Department") or before it ("Moscow's new
 * ambassador to Washington, Aleksandr Darchiev"), or a predicate ("he was director of …",
 * "tapped Darchiyev as its next ambassador").
 */
export function roleCandidates(entry: IndexedSentence, at: number): Candidate[] {
  const { tokens } = entry;
  const text = entry.sentence.text;
  const [a, b] = nameSpan(tokens, text, at);
  const out: Candidate[] = [];
  const add = (idx: number[]): void => {
    const c = candidate(entry, idx, "role");
    if (c) out.push(c);
  };
  // Title written before the name, possibly ending in a lowercase role word ("spokeswoman").
  const before: number[] = [];
  for (let i = a - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (gapBreaks(text, t, tokens[i + 1]!)) break;
    const titleWord =
      t.capitalized || isRole(t) || isOrg(t) || (LINKS.has(t.norm) && before.length > 0);
    if (!titleWord || (isStopword(t.norm) && !LINKS.has(t.norm))) break;
    // Another person's full name ends this one's title: "Marco Rubio and Russian Foreign
    // Minister Sergei Lavrov" (two name words in a row; "Baltic Affairs" is only one).
    const prev = tokens[i - 1];
    if (isNameToken(t) && prev && isNameToken(prev) && !gapBreaks(text, prev, t)) break;
    before.unshift(i);
  }
  while (before.length && LINKS.has(tokens[before[0]!]!.norm)) before.shift();
  if (before.length) add(before);
  const next = tokens[b + 1];
  const comma = next ? text.slice(tokens[b]!.end, next.start).trim() === "," : false;
  // Apposition after the name: ", U.S. Deputy Assistant Secretary of State for …,"
  if (next && comma && !PHRASE_END.has(next.norm)) {
    add(readForward(tokens, text, b + 1, new Set(["who", "which", "while", "said", "says"]), 14));
  }
  // Apposition before the name: "Moscow's new ambassador to Washington, Aleksandr Darchiev"
  const prev = tokens[a - 1];
  if (prev && text.slice(prev.end, tokens[a]!.start).trim() === ",") {
    const idx: number[] = [];
    for (let i = a - 1; i >= 0 && idx.length < 10; i--) {
      const t = tokens[i]!;
      if (BACK_STOP.has(t.norm) && !LINKS.has(t.norm)) break;
      if (i < a - 1 && gapBreaks(text, t, tokens[i + 1]!)) break;
      idx.unshift(i);
    }
    while (idx.length && LINKS.has(tokens[idx[0]!]!.norm)) idx.shift();
    if (idx.length) add(idx);
  }
  // Predicate: "he was director of the ministry's North America department", "as its next …"
  if (next && (PREDICATE.has(next.norm) || next.norm === "as")) {
    const from = next.norm === "served" && tokens[b + 2]?.norm === "as" ? b + 3 : b + 2;
    add(readForward(tokens, text, from, new Set(["and", "but", "which", "who", "while"]), 12));
  }
  return out;
}

/**
 * A noun phrase headed by the word a "which X" question asks about: "the ministry's North
 * America department", "the business newspaper Kommersant" (then the name is the answer).
 */
export function focusPhraseCandidates(
  entry: IndexedSentence,
  isFocus: (token: Token) => boolean,
): Candidate[] {
  const { tokens } = entry;
  const text = entry.sentence.text;
  const out: Candidate[] = [];
  tokens.forEach((t, i) => {
    // "Which US embassy": the country only narrows the noun; "the U.S. State Department" is
    // no embassy.
    if (!isFocus(t) || (t.capitalized && countryOf(t.norm) !== undefined)) return;
    // A name right after the noun is the answer itself: "the newspaper Kommersant".
    const after: number[] = [];
    for (let j = i + 1; j < tokens.length && tokens[j]!.capitalized; j++) {
      if (gapBreaks(text, tokens[j - 1]!, tokens[j]!)) break;
      after.push(j);
    }
    // "The Black Sea Grain Initiative": the noun is part of a name, which is the answer whole.
    if (after.length && t.capitalized && i > 0) {
      let from = i;
      while (
        from > 0 &&
        tokens[from - 1]!.capitalized &&
        !isStopword(tokens[from - 1]!.norm) &&
        !gapBreaks(text, tokens[from - 1]!, tokens[from]!)
      )
        from--;
      after.unshift(...Array.from({ length: i - from + 1 }, (_, k) => from + k));
    }
    if (after.length) {
      const first = tokens[after[0]!]!;
      const last = tokens[after[after.length - 1]!]!;
      const name = text.slice(first.start, last.end);
      out.push({
        text: name,
        display: name,
        start: first.start,
        end: last.end,
        key: `name:${after.map((j) => tokens[j]!.stem).join(" ")}`,
      });
      return;
    }
    // Otherwise the modifiers before the noun say which one: "North Atlantic Department".
    const idx = [i];
    for (let j = i - 1; j >= 0; j--) {
      const tj = tokens[j]!;
      if (gapBreaks(text, tj, tokens[j + 1]!)) break;
      // "the second round": an ordinal says which one as a name would ("the next round" says
      // it only against the day it was written).
      const ordinal = qualifierKind(tj.norm) === "ordinal";
      if (!(tj.capitalized || isPossessive(tj) || ordinal) || (isStopword(tj.norm) && !ordinal))
        break;
      idx.unshift(j);
    }
    const det = tokens[idx[0]! - 1];
    if (det && ["the", "a", "an", "its", "his", "her", "their"].includes(det.norm))
      idx.unshift(idx[0]! - 1);
    if (idx.length < 2) return;
    const words = idx.map((j) => tokens[j]!);
    const phrase = text.slice(words[0]!.start, words[words.length - 1]!.end);
    const filler = words
      .filter((w) => !isStopword(w.norm) && !isFocus(w) && !isOrg(w))
      .map(countryOrStem);
    out.push({
      text: phrase,
      display: phrase,
      start: words[0]!.start,
      end: words[words.length - 1]!.end,
      key: `np:${t.stem}|${[...new Set(filler)].sort().join(" ")}`,
      slot: { head: [t.stem], filler: [...new Set(filler)].sort() },
    });
  });
  return out;
}
