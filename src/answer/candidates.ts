import { capitalisedRuns } from "../search/entities.js";
import { isStopword } from "../search/stopwords.js";
import type { Token } from "../search/tokens.js";
import type { QueryTerm, SearchIndex } from "../search/types.js";
import type { QuestionAnalysis } from "./analyse.js";
import type { Evidence } from "./evidence.js";
import type { Candidate } from "./extract/candidate.js";
import { dateCandidates } from "./extract/dates.js";
import { countCandidates, durationCandidates } from "./extract/numbers.js";
import { personCandidates, personKey } from "./extract/people.js";
import { placeCandidates } from "./extract/places.js";
import { reasonCandidates } from "./extract/reasons.js";
import { focusPhraseCandidates, roleCandidates } from "./extract/roles.js";

/** What candidate extraction needs to know about the question, computed once per question. */
export interface CandidateContext {
  index: SearchIndex;
  analysis: QuestionAnalysis;
  /** Stems the question uses, with their expansions: an answer must add something new. */
  questionStems: ReadonlySet<string>;
  /** People the question itself names: never the answer to "who". */
  questionPeople: ReadonlySet<string>;
  isFocus: (token: Token) => boolean;
  /** Stems of the person a definition question asks about. */
  subjectStems: ReadonlySet<string>;
  /** Stems the verb of "who <verb>" may take. */
  predicateStems: ReadonlySet<string>;
  /** The articles never use the "which X" noun itself. */
  focusUnknown: boolean;
  /** Each content word of the question with its expansions. */
  wordStems: Array<ReadonlySet<string>>;
  expansionsOf: (token: Token) => ReadonlySet<string>;
}

const PRONOUNS = new Set(["he", "she"]);
const NAMED_PLACES = new Set(["city", "country", "town", "capital", "state", "nation"]);

/** Every word of the phrase after its preposition is capitalised: a place name. */
function namesOnly(evidence: Evidence, c: Candidate): boolean {
  const words = evidence.entry.tokens.filter((t) => t.start >= c.start && t.end <= c.end);
  return words.slice(1).every((t) => t.capitalized);
}

export function candidateContext(
  index: SearchIndex,
  analysis: QuestionAnalysis,
  terms: QueryTerm[],
): CandidateContext {
  const expansions = (token: Token): Set<string> =>
    new Set([token.stem, ...terms.filter((t) => t.source === token.stem).map((t) => t.stem)]);
  const questionStems = new Set(terms.map((t) => t.stem));
  const questionPeople = new Set<string>();
  for (const stem of questionStems) {
    if (index.surnames.has(stem)) questionPeople.add(personKey(index, stem));
  }
  const focusStems = new Set(analysis.focus.flatMap((t) => [...expansions(t)]));
  const subjectStems = new Set(analysis.subject.flatMap((t) => [...expansions(t)]));
  return {
    index,
    analysis,
    questionStems,
    questionPeople,
    isFocus: (token) => focusStems.has(token.stem),
    subjectStems,
    predicateStems: analysis.predicate ? expansions(analysis.predicate) : new Set(),
    wordStems: analysis.content.map(expansions),
    expansionsOf: expansions,
    focusUnknown:
      analysis.focus.length > 0 && analysis.focus.every((t) => !index.vocabulary.has(t.stem)),
  };
}

/** True when the phrase only repeats the question ("in Istanbul" for "what country is Istanbul in"). */
function repeatsQuestion(ctx: CandidateContext, evidence: Evidence, c: Candidate): boolean {
  const words = evidence.entry.tokens.filter(
    (t) => t.start >= c.start && t.end <= c.end && !isStopword(t.norm),
  );
  return words.length > 0 && words.every((t) => ctx.questionStems.has(t.stem));
}

/** Where a definition question's person is mentioned in the sentence (or a pronoun for them). */
export function subjectMentions(ctx: CandidateContext, evidence: Evidence): number[] {
  const { tokens } = evidence.entry;
  const direct = tokens
    .map((t, i) => (ctx.subjectStems.has(t.stem) && t.capitalized ? i : -1))
    .filter((i) => i >= 0);
  if (direct.length) {
    // One mention per name: its last word (the surname) anchors the phrases around it.
    return direct.filter((i) => !direct.includes(i + 1));
  }
  const pronounContext = evidence.matches.some(
    (m) => m.at.length === 0 && m.strength > 0 && m.word.isName,
  );
  const pronoun = tokens.findIndex((t) => PRONOUNS.has(t.norm));
  return pronounContext && pronoun >= 0 ? [pronoun] : [];
}

/** Capitalised names near the question words: the answer to "which agency quoted…". */
function nameCandidates(evidence: Evidence): Candidate[] {
  const { tokens } = evidence.entry;
  const text = evidence.entry.sentence.text;
  const out: Candidate[] = [];
  for (const run of capitalisedRuns(tokens, text)) {
    const first = run[0]!;
    const last = run[run.length - 1]!;
    if (run.length === 1 && first === tokens[0]) continue;
    out.push({
      text: text.slice(first.start, last.end),
      display: text.slice(first.start, last.end),
      start: first.start,
      end: last.end,
      key: `name:${run.map((t) => t.stem).join(" ")}`,
    });
  }
  return out;
}

/**
 * "Who told TASS…" when no person is named: the subject of the matched verb, from the start of
 * its clause ("A source familiar with the matter").
 */
function agentCandidates(ctx: CandidateContext, evidence: Evidence): Candidate[] {
  const verb = ctx.analysis.predicate;
  if (!verb) return [];
  const { tokens } = evidence.entry;
  const text = evidence.entry.sentence.text;
  const verbStems = ctx.predicateStems;
  const at = tokens.findIndex((t) => verbStems.has(t.stem));
  if (at <= 0) return [];
  let from = at - 1;
  while (from > 0 && !/[,;:.!?"“”]/.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start))) {
    from--;
  }
  while (from < at && isStopword(tokens[from]!.norm)) from++;
  if (from >= at || at - from > 8) return [];
  const first = tokens[from]!;
  const last = tokens[at - 1]!;
  const phrase = text.slice(first.start, last.end);
  return [
    {
      text: phrase,
      display: phrase,
      start: first.start,
      end: last.end,
      key: `agent:${tokens
        .slice(from, at)
        .map((t) => t.stem)
        .join(" ")}`,
    },
  ];
}

/**
 * How well the titles the sentence gives a person match the question's words: recall (share
 * of question words in the title) and precision (share of title words in the question), best
 * title. "U.S. Secretary of State Marco Rubio" matches "who is the US Secretary of State" fully;
 * "Deputy Assistant Secretary of State … Sonata Coulter" only partly.
 */
function titleMatch(
  ctx: CandidateContext,
  evidence: Evidence,
  c: Candidate,
): { recall: number; precision: number } {
  const { tokens } = evidence.entry;
  const last = tokens.findIndex((t) => t.end === c.end);
  let best = { recall: 0, precision: 0 };
  if (last < 0 || ctx.wordStems.length === 0) return best;
  for (const role of roleCandidates(evidence.entry, last)) {
    const words = tokens.filter(
      (t) => t.start >= role.start && t.end <= role.end && !isStopword(t.norm),
    );
    if (words.length === 0) continue;
    const recall =
      ctx.wordStems.filter((w) => words.some((t) => w.has(t.stem))).length / ctx.wordStems.length;
    const precision =
      words.filter((t) => ctx.wordStems.some((w) => w.has(t.stem))).length / words.length;
    if (recall * precision > best.recall * best.precision) best = { recall, precision };
  }
  return best;
}

/** Answer phrases of the kind the question asks for, in one piece of evidence. */
export function candidatesFor(ctx: CandidateContext, evidence: Evidence): Candidate[] {
  const { entry } = evidence;
  const { type, focus } = ctx.analysis;
  let found: Candidate[] = [];
  switch (type) {
    case "who":
      found = personCandidates(ctx.index, entry)
        .filter((c) => !ctx.questionPeople.has(c.key))
        .map((c) => ({ ...c, title: titleMatch(ctx, evidence, c) }));
      // "Who is the US Secretary of State": the person must be described as that.
      if (ctx.analysis.asksForHolder) found = found.filter((c) => (c.title?.recall ?? 0) >= 0.5);
      else if (found.length === 0) found = agentCandidates(ctx, evidence);
      break;
    case "definition":
      found = subjectMentions(ctx, evidence).flatMap((at) => roleCandidates(entry, at));
      break;
    case "when":
      found = dateCandidates(entry);
      // "When will flights resume?" is not answered by a date already past when written.
      if (ctx.analysis.future) {
        found = found.filter(
          (c) => (c.date ?? "") >= entry.article.published.slice(0, c.date?.length),
        );
      }
      break;
    case "where":
      found = placeCandidates(entry);
      // "Which city / what country": a proper place name, not a building.
      if (focus.some((t) => NAMED_PLACES.has(t.norm))) {
        found = found.filter((c) => namesOnly(evidence, c));
      }
      break;
    case "count": {
      // The counted noun is the last word of "how many Russian-owned properties"; the other
      // words only narrow it down.
      const head = focus[focus.length - 1];
      const headStems = head ? ctx.expansionsOf(head) : undefined;
      found = countCandidates(entry, (t) =>
        headStems ? headStems.has(t.stem) : !isStopword(t.norm),
      );
      if (found.length === 0 && focus.length > 1) found = countCandidates(entry, ctx.isFocus);
      break;
    }
    case "duration":
      found = durationCandidates(entry);
      break;
    case "why":
      found = reasonCandidates(entry);
      break;
    case "what":
      if (focus.length) {
        found = focusPhraseCandidates(entry, ctx.isFocus);
        // A noun the articles never use ("which news agency"): the answer can only be a name.
        if (ctx.focusUnknown) found = nameCandidates(evidence);
      }
      break;
    default:
      break;
  }
  return found.filter((c) => !repeatsQuestion(ctx, evidence, c));
}

/** Question types whose answer is a typed phrase: without one there is no answer. */
export function needsCandidate(analysis: QuestionAnalysis): boolean {
  switch (analysis.type) {
    case "who":
    case "definition":
    case "when":
    case "where":
    case "count":
    case "duration":
      return true;
    case "what":
      return analysis.focus.length > 0;
    default:
      return false;
  }
}
