import { defaultEngineOptions } from "../tuning/defaults.js";
import { candidatesFor, needsCandidate, type CandidateContext } from "./candidates.js";
import { lacksNamedPerson, type Evidence } from "./evidence.js";
import { distanceToMatches, type Candidate } from "./extract/candidate.js";
import { conflicts, type Contrast } from "./contrast.js";
import { clauseCoverage, clauseRange } from "./segments.js";
import { datedToOtherMonth, datedToOtherYear, yearsNamed } from "./kinds/eventMonth.js";
import { monthsNamed } from "./qualifiers.js";

/** One possible answer: a sentence and, for typed questions, the phrase in it. */
export interface Pick {
  evidence: Evidence;
  candidate?: Candidate;
  score: number;
  /** How well the answer phrase's own clause covers the question. */
  clause: number;
  /**
   * How well the evidence covers the question for this answer: the sentence's coverage, plus a
   * question word the answer's title settles ("previous" for a post held "since X returned").
   */
  coverage: number;
}

/** The evidence's coverage with the question word `stem` counted as fully matched. */
function coverageWith(e: Evidence, stem: string | undefined): number {
  const m = e.matches.find((x) => x.word.token.stem === stem);
  if (!m) return e.coverage;
  const total = e.matches.reduce((sum, x) => sum + x.word.weight, 0);
  return total > 0 ? e.coverage + (m.word.weight * (1 - m.strength)) / total : e.coverage;
}

const EXTRACTION_FLOOR = defaultEngineOptions.select.extractionFloor;
const CLAUSE_WEIGHT = defaultEngineOptions.select.clauseWeight;
const DISTANCE_PENALTY = defaultEngineOptions.select.distancePenalty;
const AGREEMENT_BONUS = defaultEngineOptions.select.agreementBonus;
const AGREEMENT_CLAUSE = defaultEngineOptions.select.agreementClause;
const PHRASE_WEIGHT = defaultEngineOptions.select.phraseWeight;
const WEAK_CLAUSE = defaultEngineOptions.select.weakClause;
const WEAK_CLAUSE_PENALTY = defaultEngineOptions.select.weakClausePenalty;
const TITLE_WEIGHT = defaultEngineOptions.select.titleWeight;
const FOCUS_BONUS = defaultEngineOptions.select.focusBonus;
const SPECIFIC_PLACE_BONUS = defaultEngineOptions.select.specificPlaceBonus;

/**
 * A building or site given as where the asked-about thing happened: named as the venue, or
 * right after a verb of the question ("was held at the residence…"), not one merely mentioned
 * nearby ("talks on restoring operations at their embassies").
 */
function specificVenue(e: Evidence, c: Candidate): boolean {
  if (!c.specific) return false;
  if (c.viaFocus) return true;
  const at = e.entry.tokens.findIndex((t) => t.start === c.start);
  return at > 0 && e.matchedAt.has(at - 1);
}

export function rankPicks(ctx: CandidateContext, evidence: Evidence[], contrast: Contrast): Pick[] {
  const typed = needsCandidate(ctx.analysis);
  const questionStems = new Set(ctx.analysis.content.map((t) => t.stem));
  const asksWhere = ctx.analysis.type === "where";
  const tiedToFocus = (c: Candidate): boolean =>
    c.viaFocus !== undefined && (questionStems.has(c.viaFocus) || asksWhere);
  const askedMonths = monthsNamed(ctx.analysis.content);
  // A yes/no question's year may be the very thing it gets wrong: judged by its premise.
  const askedYears =
    ctx.analysis.type === "yesno"
      ? []
      : yearsNamed(ctx.analysis.content.map((t) => t.text).join(" "));
  const picks: Pick[] = [];
  for (const e of evidence) {
    if (e.coverage < EXTRACTION_FLOOR || lacksNamedPerson(e)) continue;
    if (datedToOtherYear(askedYears, e)) continue;
    const candidates = candidatesFor(ctx, e);
    for (const c of candidates) {
      const distance = Math.min(distanceToMatches(e.entry.tokens, c, e.matchedAt), 40);
      const range = clauseRange(e, c);
      // Evidence about another delegation, place or actor answers another question.
      if (conflicts(contrast, e, range[0], range[1])) continue;
      const clause = clauseCoverage(e, range);
      const coverage = c.title?.dated ? coverageWith(e, ctx.roleTense?.wordStem) : e.coverage;
      picks.push({
        evidence: e,
        candidate: c,
        clause,
        coverage,
        score:
          coverage +
          CLAUSE_WEIGHT * clause +
          PHRASE_WEIGHT * e.phrase +
          (tiedToFocus(c) ? FOCUS_BONUS : 0) +
          (asksWhere && specificVenue(e, c) ? SPECIFIC_PLACE_BONUS : 0) +
          TITLE_WEIGHT * (c.title ? c.title.recall * c.title.precision : 0) -
          (c.key.startsWith("person:") && clause < WEAK_CLAUSE ? WEAK_CLAUSE_PENALTY : 0) -
          DISTANCE_PENALTY * distance,
      });
    }
    // Untyped questions (what, why, yes/no, lists) are answered by the sentence itself; a
    // "why" sentence without a reason phrase still counts, just below one with it.
    if (!typed && candidates.length === 0) {
      if (conflicts(contrast, e, 0, e.entry.tokens.length - 1)) continue;
      // "What was agreed at the June meeting" is not answered by what was agreed in February.
      if (datedToOtherMonth(ctx.index, askedMonths, e)) continue;
      picks.push({
        evidence: e,
        clause: e.direct,
        coverage: e.coverage,
        score: e.coverage + CLAUSE_WEIGHT * e.direct + PHRASE_WEIGHT * e.phrase - 0.05,
      });
    }
  }
  // Agreement between articles: the same phrase from several of them gains a little.
  const articlesByKey = new Map<string, Set<string>>();
  for (const p of picks) {
    if (!p.candidate || p.clause < AGREEMENT_CLAUSE) continue;
    const set = articlesByKey.get(p.candidate.key) ?? new Set<string>();
    set.add(p.evidence.entry.article.id);
    articlesByKey.set(p.candidate.key, set);
  }
  for (const p of picks) {
    const others = (articlesByKey.get(p.candidate?.key ?? "")?.size ?? 1) - 1;
    p.score += AGREEMENT_BONUS * Math.min(3, Math.max(0, others));
  }
  return picks.sort(
    (a, b) =>
      b.score - a.score ||
      a.evidence.rank - b.evidence.rank ||
      a.evidence.entry.position - b.evidence.entry.position,
  );
}

/** Best pick of each article, in rank order: at most one source per article. */
export function bestPerArticle(picks: Pick[]): Pick[] {
  const seen = new Set<string>();
  const out: Pick[] = [];
  for (const p of picks) {
    const id = p.evidence.entry.article.id;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(p);
  }
  return out;
}
