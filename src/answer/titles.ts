import { isStopword } from "../lexicon/stopwords.js";
import type { Token } from "../search/tokens.js";
import type { Evidence } from "./evidence.js";
import type { Candidate } from "./extract/candidate.js";
import { isRoleStem, roleCandidates } from "./extract/roles.js";
import { phraseTense, vacatedRole, type RoleTense } from "./extract/tense.js";

/** What titles are matched against: the question's words and the post it dates, if any. */
export interface TitleQuery {
  /** Each content word of the question with its expansions. */
  wordStems: Array<ReadonlySet<string>>;
  /** "Russia's previous ambassador": the tense, the post (expanded) and the dating word's place. */
  roleTense?: {
    tense: RoleTense;
    roleStems: ReadonlySet<string>;
    /** The dating word: its place among the content words, and its stem. */
    wordIndex: number;
    wordStem: string;
  };
}

export interface TitleFit {
  /** Share of the question's words in the best title. */
  recall: number;
  /** Share of the best title's words in the question. */
  precision: number;
  /**
   * For a question that dates the post: true when a title dates the person the same way, false
   * when the titles say otherwise ("now Russia's ambassador" for "the previous ambassador").
   */
  dated?: boolean;
  /**
   * Some title holds every post noun of the question ("ambassador" of "the US ambassador to
   * Russia"): a title sharing only the countries is another post.
   */
  post?: boolean;
}

/** The titles a sentence gives the person named by `c`. */
function titlesOf(evidence: Evidence, c: Candidate): Candidate[] {
  const { tokens } = evidence.entry;
  const last = tokens.findIndex((t) => t.end === c.end);
  const first = tokens.findIndex((t) => t.start === c.start);
  if (last < 0) return [];
  const vacated = first >= 0 ? vacatedRole(evidence.entry, first) : undefined;
  return [...roleCandidates(evidence.entry, last), ...(vacated ? [vacated] : [])];
}

/**
 * How the titles the sentence gives a person match the question: recall (share of question
 * words in the title) and precision (share of title words in the question), best title.
 * "U.S. Secretary of State Marco Rubio" matches "who is the US Secretary of State" fully;
 * "Deputy Assistant Secretary of State … Sonata Coulter" only partly. When the question dates
 * the post ("previous ambassador"), an undated title is the one held when the article was
 * written, so only a title dated former answers it.
 */
export function titleMatch(query: TitleQuery, evidence: Evidence, c: Candidate): TitleFit {
  const { tokens } = evidence.entry;
  const { wordStems, roleTense } = query;
  let best: TitleFit = { recall: 0, precision: 0 };
  let fits = false;
  let contradicts = false;
  if (wordStems.length === 0) return best;
  const posts = wordStems.filter((w) => [...w].some(isRoleStem));
  let post = posts.length === 0;
  for (const role of titlesOf(evidence, c)) {
    const words = tokens.filter(
      (t) => t.start >= role.start && t.end <= role.end && !isStopword(t.norm),
    );
    if (words.length === 0) continue;
    post ||= posts.every((w) => words.some((t) => w.has(t.stem)));
    let tenseFits = false;
    if (roleTense && words.some((t) => roleTense.roleStems.has(t.stem))) {
      const tense = phraseTense(evidence.entry, role);
      tenseFits = tense === roleTense.tense;
      fits ||= tenseFits;
      contradicts ||= tense !== undefined && !tenseFits;
    }
    const inTitle = (w: ReadonlySet<string>, i: number): boolean =>
      words.some((t: Token) => w.has(t.stem)) || (tenseFits && i === roleTense?.wordIndex);
    const recall = wordStems.filter(inTitle).length / wordStems.length;
    const precision =
      words.filter((t) => wordStems.some((w) => w.has(t.stem))).length / words.length;
    if (recall * precision > best.recall * best.precision) best = { recall, precision };
  }
  best = { ...best, post };
  if (!roleTense) return best;
  if (fits) return { ...best, dated: true };
  if (contradicts || roleTense.tense === "former") return { ...best, dated: false };
  return best;
}
