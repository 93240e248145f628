import { NEGATIONS } from "../../lexicon/words.js";
import { isStopword } from "../../lexicon/stopwords.js";
import type { Token } from "../../search/tokens.js";
import type { IndexedSentence } from "../../search/types.js";
import { tokenRange, type Candidate } from "./candidate.js";
import { gapBreaks, trimPhrase } from "./phrase.js";
import { isRoleStem } from "./roles.js";

/**
 * When a person holds a post, as a title dates it: "Russia's previous ambassador" asks for a
 * former holder; "now Russia's ambassador", "its next ambassador" describe the current one.
 */
export type RoleTense = "former" | "current";

const FORMER = new Set([
  ...["previous", "former", "ex", "outgoing", "erstwhile", "past", "preceding", "last"],
  // "Darchiev's predecessor as ambassador": the one who held the post before.
  ...["predecessor", "predecessors"],
]);
const CURRENT = new Set(["new", "newly", "now", "current", "currently", "incoming", "next"]);

export function tenseWord(norm: string): RoleTense | undefined {
  if (FORMER.has(norm)) return "former";
  if (CURRENT.has(norm)) return "current";
  return undefined;
}

/** How far before a post noun a dating word may stand: "the former Russian ambassador". */
const TENSE_REACH = 2;

/**
 * The post a question dates, if any: "who was Russia's previous ambassador" → former,
 * ambassador. Only a dating word right before a post noun counts; "the previous round" dates
 * an event, not a person.
 */
export function questionRoleTense(
  content: Token[],
  /** The question as written: what stands between its words ("before"). */
  text = "",
  /** Whether a word names a post, as written or as its spelling is corrected ("ambasador"). */
  isRole: (token: Token) => boolean = (t) => isRoleStem(t.stem),
): { tense: RoleTense; word: Token; role: Token } | undefined {
  for (let i = 0; i < content.length; i++) {
    const role = content[i]!;
    if (!isRole(role)) continue;
    for (let j = i - 1; j >= Math.max(0, i - TENSE_REACH); j--) {
      const word = content[j]!;
      const tense = tenseWord(word.norm);
      if (!tense) continue;
      // "The ambassador before the new envoy took over": the post dated is the successor's,
      // and the one asked about held it before.
      const asked = content.slice(0, j).find(isRole);
      const between = text.slice(content[j - 1]?.end ?? 0, word.start);
      if (tense === "current" && asked && /\bbefore\b/iu.test(between)) {
        return { tense: "former", word, role: asked };
      }
      return { tense, word, role };
    }
  }
  // "Who was the ambassador previously", "…formerly": the adverb dates the question's post.
  const role = content.find(isRole);
  const adverb = content.find((t) => FORMER_ADVERBS.has(t.norm));
  if (role && adverb) return { tense: "former", word: adverb, role };
  return undefined;
}

/** Adverbs that, anywhere in a question, date its post as one held before. */
const FORMER_ADVERBS = new Set(["previously", "formerly", "earlier"]);

/**
 * The tense a sentence gives a role phrase: a dating word inside it or just before it ("now
 * Russia's ambassador", "Moscow's newly appointed ambassador").
 */
export function phraseTense(
  entry: IndexedSentence,
  c: { start: number; end: number; tense?: RoleTense },
): RoleTense | undefined {
  if (c.tense) return c.tense;
  const { tokens } = entry;
  const [first, last] = tokenRange(tokens, c);
  if (first < 0) return undefined;
  // Just before the phrase, within the same stretch of text ("…, now Russia's ambassador").
  let from = first;
  while (from > Math.max(0, first - TENSE_REACH)) {
    if (gapBreaks(entry.sentence.text, tokens[from - 1]!, tokens[from]!)) break;
    from--;
  }
  for (let i = from; i <= last; i++) {
    const tense = tenseWord(tokens[i]!.norm);
    if (tense) return tense;
  }
  return undefined;
}

/** A denial, or "without": "has not had an ambassador since…", "left without a deal". */
const isNegation = (norm: string): boolean => NEGATIONS.has(norm) || norm === "without";

/**
 * "Russia has not had an ambassador to the U.S. since Anatoly Antonov returned": a post said to
 * be empty since a person left was last held by that person. The post ("ambassador to the
 * U.S.") is returned dated former. `nameStart` is the first token of the person's name.
 */
export function vacatedRole(
  entry: IndexedSentence,
  nameStart: number,
): (Candidate & { tense: RoleTense }) | undefined {
  const { tokens } = entry;
  const text = entry.sentence.text;
  const since = nameStart - 1;
  if (tokens[since]?.norm !== "since") return undefined;
  let article = -1;
  let negated = false;
  for (let i = since - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (gapBreaks(text, t, tokens[i + 1]!)) break;
    if (article < 0 && ["a", "an", "no"].includes(t.norm)) {
      article = i;
      negated = t.norm === "no";
    } else if (article >= 0 && isNegation(t.norm)) negated = true;
  }
  if (article < 0 || !negated) return undefined;
  const words = tokens.slice(article + 1, since);
  if (!words.some((t) => isRoleStem(t.stem))) return undefined;
  const phrase = trimPhrase(text.slice(words[0]!.start, words[words.length - 1]!.end));
  const start = words[0]!.start;
  const head = words.filter((t) => isRoleStem(t.stem)).map((t) => t.stem);
  const filler = words.filter((t) => !isRoleStem(t.stem) && !isStopword(t.norm)).map((t) => t.stem);
  return {
    text: phrase,
    display: phrase,
    start,
    end: start + phrase.length,
    key: `role:${head.join(" ")}|${filler.join(" ")}`,
    slot: { head, filler },
    tense: "former",
  };
}
