import { defaultEngineOptions } from "../tuning/defaults.js";
import { NEGATIONS, NEUTRAL_SAYING } from "../lexicon/words.js";
import { tokenize, type Token } from "../search/tokens.js";
import { MIN_COVERAGE, confidenceOf, quotesOf } from "./compose.js";
import type { Evidence, WordMatch } from "./evidence.js";
import type { Pick } from "./select.js";
import { quote, toSource } from "./sources.js";
import type { StemLookup } from "../search/types.js";
import type { Answer } from "./types.js";

const NEGATION_WINDOW = defaultEngineOptions.polarity.negationWindow;
const TOPICAL_SHARE = defaultEngineOptions.polarity.topicalShare;
const FIRM_MATCH = defaultEngineOptions.polarity.firmMatch;

export function isNegated(tokens: Token[], matchedAt: ReadonlySet<number>): boolean {
  return tokens.some(
    (t, i) =>
      NEGATIONS.has(t.norm) && [...matchedAt].some((m) => Math.abs(m - i) <= NEGATION_WINDOW),
  );
}

/** Words that set one part of a sentence against another. */
const CONTRAST_WORDS = new Set(["whereas", "while", "unlike"]);

/**
 * The question's words are found on both sides of a contrast ("Whereas the February round
 * was held at A, this round will be at B"): the sentence says no such thing as a whole, so
 * neither yes nor no follows from it.
 */
export function acrossContrast(evidence: Evidence): boolean {
  const { tokens } = evidence.entry;
  const text = evidence.entry.sentence.text;
  const side = new Array<number>(tokens.length);
  let n = 0;
  // "Whereas A, B": the sentence's opening contrast ends at its first comma.
  let openingContrast = CONTRAST_WORDS.has(tokens[0]?.norm ?? "");
  tokens.forEach((t, i) => {
    const gap = i > 0 ? text.slice(tokens[i - 1]!.end, t.start) : "";
    const closesOpening = openingContrast && gap.includes(",");
    if (closesOpening) openingContrast = false;
    if (i > 0 && (CONTRAST_WORDS.has(t.norm) || gap.includes(";") || closesOpening)) n++;
    side[i] = n;
  });
  return new Set([...evidence.matchedAt].map((i) => side[i])).size > 1;
}

export function polarity(evidence: Evidence, questionNegated: boolean): "Yes" | "No" {
  const negated = isNegated(evidence.entry.tokens, evidence.matchedAt);
  return negated !== questionNegated ? "No" : "Yes";
}

/**
 * The name a yes/no question is about: the capitalised words right after its auxiliary ("Was
 * Ukraine discussed…", "Did Russia propose…"). However often the articles mention it, it is
 * never just the corpus's topic.
 */
export function namedSubject(question: string): Set<string> {
  const tokens = tokenize(question);
  const out = new Set<string>();
  let i = 1;
  if (tokens[i]?.norm === "the") i++;
  while (tokens[i]?.capitalized) out.add(tokens[i++]!.stem);
  return out;
}

/**
 * Whether a question word is the topic of the articles retrieved rather than what is asked:
 * found, as itself or a close form (not a loose synonym), in nearly all of them. "America" in
 * "the North America department" is no topic because "US" is everywhere.
 */
export function topicOf(articleStems: Iterable<StemLookup>): (m: WordMatch) => boolean {
  const articles = [...articleStems];
  return (m) =>
    [...m.word.matches].some(
      ([s, w]) =>
        w >= FIRM_MATCH &&
        articles.filter((a) => a.has(s)).length >= TOPICAL_SHARE * articles.length,
    );
}

/**
 * Yes or no is only said when the sentence itself holds every word of the question except
 * the corpus's own topic ("Istanbul", "talks"): with a word missing, a "yes" would claim more
 * than the article says. The question's named subject is always required.
 */
export function composeYesNo(
  question: string,
  picks: Pick[],
  questionNegated: boolean,
  articleStems: Iterable<StemLookup>,
  /** A further condition on the sentence quoted (it states the value the question asserts). */
  accepts: (evidence: Evidence) => boolean = () => true,
): Answer | null {
  const subject = namedSubject(question);
  const corpusTopic = topicOf(articleStems);
  const topical = (m: WordMatch): boolean => !subject.has(m.word.token.stem) && corpusTopic(m);
  // Found in the sentence itself and not through a loose synonym.
  // A sentence opening with "It" continues the one before: its words count as its own.
  const firm = (m: WordMatch, e: Evidence): boolean =>
    ((m.at.length > 0 || m.viaPronoun) && m.strength >= FIRM_MATCH * (m.viaPronoun ? 0.9 : 1)) ||
    saidOtherwise(m, e);
  const best = picks.find(
    (p) =>
      p.evidence.matches.every((m) => firm(m, p.evidence) || topical(m)) && accepts(p.evidence),
  );
  if (!best || best.evidence.coverage < MIN_COVERAGE) return null;
  if (acrossContrast(best.evidence)) return null;
  const said = polarity(best.evidence, questionNegated);
  return yesNoAnswer(question, said, `${said}.`, best.evidence);
}

/** "Did she say…" met by "…, she noted": one verb of reporting speech for another. */
function saidOtherwise(m: WordMatch, e: Evidence): boolean {
  return (
    NEUTRAL_SAYING().has(m.word.token.stem) &&
    m.at.some((i) => NEUTRAL_SAYING().has(e.entry.tokens[i]?.stem ?? ""))
  );
}

/** A yes or no (`short`), led by `lead` ("No. The articles give…"), with the sentence it rests on. */
export function yesNoAnswer(
  question: string,
  short: "Yes" | "No",
  lead: string,
  evidence: Evidence,
): Answer {
  return {
    question,
    status: "answered",
    answer: `${lead}\n\n${quote(evidence)}`,
    confidence: confidenceOf(evidence.coverage),
    sources: [toSource(evidence)],
    notes: [],
    short,
    quotes: quotesOf([evidence]),
  };
}
