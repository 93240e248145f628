import { defaultEngineOptions } from "../tuning/defaults.js";
import type { Evidence } from "./evidence.js";
import { answerMessages, joinNames } from "./messages.js";
import { bestPerArticle, type Pick } from "./select.js";
import { groupSlots, type SlotGroup } from "./slots.js";
import { attribution, quote, quotedText, sourceName, toSource } from "./sources.js";
import type { Answer, Quote, Source } from "./types.js";

export const MIN_COVERAGE = defaultEngineOptions.compose.minCoverage;
const MIN_DIRECT = defaultEngineOptions.compose.minDirect;
const SUPPORT_COVERAGE = defaultEngineOptions.compose.supportCoverage;
const NEAREST_COVERAGE = defaultEngineOptions.compose.nearestCoverage;

/**
 * Confidence is how well the evidence covers the question, mapped so that the answering
 * threshold sits at 0.5: answers score 0.5–1, refusals below 0.5. A second article reporting
 * the same answer adds a little.
 */
export function confidenceOf(coverage: number, articles = 1): number {
  const c = Math.max(0, Math.min(1, coverage));
  const base =
    c >= MIN_COVERAGE
      ? 0.5 + (0.45 * (c - MIN_COVERAGE)) / (1 - MIN_COVERAGE)
      : (0.5 * c) / MIN_COVERAGE;
  const bonus = c >= MIN_COVERAGE && articles > 1 ? 0.05 : 0;
  return Math.round(Math.min(1, base + bonus) * 100) / 100;
}

export function notFound(
  question: string,
  nearest: Evidence | undefined,
  message: string = answerMessages.notFound,
): Answer {
  const notes: string[] = [];
  if (nearest && nearest.coverage >= NEAREST_COVERAGE) {
    notes.push(
      answerMessages.nearest(nearest.entry.sentence.text, attribution(nearest.entry.article)),
    );
  }
  return {
    question,
    status: "not_found",
    answer: message,
    confidence: confidenceOf(Math.min(nearest?.coverage ?? 0, MIN_COVERAGE - 0.01)),
    sources: [],
    notes,
  };
}

/** A short answer closed with one full stop: "10 a.m." already ends with its own. */
function endSentence(text: string): string {
  return /[.!?]$/u.test(text) ? text : `${text}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** An answer's text without the short answer it leads with: its quoted sentences. */
export function bodyOf(answer: Answer): string {
  const parts = answer.answer.split("\n\n");
  return (answer.short && parts.length > 1 ? parts.slice(1) : parts).join("\n");
}

/** The quoted sentences of some evidence, as data. */
export function quotesOf(evidence: readonly Evidence[]): Quote[] {
  return evidence.map((e) => ({ sentence: quotedText(e), articleId: e.entry.article.id }));
}

export function uniqueSources(evidence: Evidence[]): Source[] {
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const e of evidence) {
    if (seen.has(e.entry.article.id)) continue;
    seen.add(e.entry.article.id);
    out.push(toSource(e));
  }
  return out;
}

/**
 * Sentences from different articles, each quoted on its own line with its source, as one answer
 * (an overview, each outlet's wording of a statement).
 */
export function sentencesAnswer(question: string, chosen: Evidence[], notes: string[]): Answer {
  return {
    question,
    status: "answered",
    answer: chosen.map(quote).join("\n"),
    confidence: confidenceOf(Math.max(...chosen.map((e) => e.coverage)), chosen.length),
    sources: uniqueSources(chosen),
    notes,
    quotes: quotesOf(chosen),
    items: chosen.map((e) => e.entry.sentence.text),
  };
}

/** The sources differ: every version with the articles that write it, each quoted. */
export function disagreement(question: string, group: SlotGroup, what: string): Answer {
  const lines = [answerMessages.sourcesDiffer(what)];
  const evidence: Evidence[] = [];
  for (const v of group.versions) {
    const names = v.picks.map((p) => sourceName(p.evidence.entry.article));
    lines.push(
      `- ${v.within ? answerMessages.versionWithin(v.phrase, names, v.within) : answerMessages.version(v.phrase, names)}`,
    );
    evidence.push(...v.picks.map((p) => p.evidence));
  }
  lines.push("", ...group.versions.map((v) => quote(v.phrasePick.evidence)));
  const coverage = Math.max(...evidence.map((e) => e.coverage));
  return {
    question,
    status: "answered",
    answer: lines.join("\n"),
    confidence: confidenceOf(coverage, evidence.length),
    sources: uniqueSources(evidence),
    notes: [
      answerMessages.differNote(
        group.versions.map((v) => sourceName(v.picks[0]!.evidence.entry.article)),
      ),
    ],
    quotes: quotesOf(group.versions.map((v) => v.phrasePick.evidence)),
    versions: group.versions.map((v) => ({
      value: v.phrase,
      outlets: v.picks.map((p) => sourceName(p.evidence.entry.article)),
    })),
  };
}

/** Words between two names that make them parts of different statements. */
const CLAUSE_BREAK = /\b(?:while|whereas|but|which|who|said|says|told)\b|[;:]/;

/**
 * People listed together with the answer ("Marco Rubio and Russian Foreign Minister Sergei
 * Lavrov met…", "In attendance were Sonata Coulter, …, and Alexander Darchiyev"): the other
 * names joined to it by "and" in the same statement answer the question too.
 */
function coordinated(best: Pick, picks: Pick[]): Pick[] {
  const c = best.candidate!;
  if (!c.key.startsWith("person:")) return [];
  const text = best.evidence.entry.sentence.text;
  const seen = new Set([c.key]);
  const out: Pick[] = [];
  for (const p of picks) {
    const o = p.candidate;
    if (p.evidence !== best.evidence || !o || seen.has(o.key) || !o.key.startsWith("person:")) {
      continue;
    }
    const [first, second] = o.start < c.start ? [o, c] : [c, o];
    const gap = text.slice(first.end, second.start);
    // After the last "and" only the second person's title may come: "and Russian Foreign
    // Minister Sergei Lavrov".
    const pieces = gap.split(/\band\b/);
    const afterAnd = pieces.length > 1 ? pieces[pieces.length - 1] : undefined;
    const titleOnly = afterAnd !== undefined && /^(?:[\s,]|\p{Lu}\S*|of|for|the)*$/u.test(afterAnd);
    if (titleOnly && !CLAUSE_BREAK.test(gap)) {
      seen.add(o.key);
      out.push(p);
    }
  }
  return out;
}

/**
 * A typed answer (who, when, where, how many, how long, which X): the phrase from the best
 * sentence, that sentence quoted, and every other article that gives the same phrase cited.
 */
export function composeTyped(
  question: string,
  picks: Pick[],
  options: { listPeople?: boolean; slotName?: string } = {},
): Answer | null {
  const { listPeople = false, slotName = "" } = options;
  const best = picks[0];
  if (!best?.candidate || best.coverage < MIN_COVERAGE) return null;
  const key = best.candidate.key;
  if (best.candidate.slot) {
    // Each article's best phrase for a slot, not its best phrase of any kind: "North Ruritania"
    // as a bare name must not hide the same article's "the ministry's North Ruritania department".
    const groups = groupSlots(
      bestPerArticle(picks.filter((p) => p.coverage >= SUPPORT_COVERAGE && p.candidate?.slot)),
    );
    const group = groups.find((g) => g.versions.some((v) => v.picks.includes(best)));
    if (group && group.versions.length > 1) return disagreement(question, group, slotName);
  }
  const agreeing = bestPerArticle(
    picks.filter((p) => p === best || (p.candidate?.key === key && p.coverage >= SUPPORT_COVERAGE)),
  );
  const names = agreeing.map((p) => sourceName(p.evidence.entry.article));
  const shown = [best, ...(listPeople ? coordinated(best, picks) : [])]
    .sort((a, b) => a.candidate!.start - b.candidate!.start)
    .map((p) => p.candidate!.display);
  return {
    question,
    status: "answered",
    answer: `${endSentence(capitalise(joinNames(shown)))}\n\n${quote(best.evidence)}`,
    confidence: confidenceOf(best.coverage, agreeing.length),
    sources: uniqueSources(agreeing.map((p) => p.evidence)),
    notes: agreeing.length > 1 ? [answerMessages.reportedBy(names)] : [],
    short: capitalise(joinNames(shown)),
    quotes: quotesOf([best.evidence]),
  };
}

/**
 * "Who is X" / "what is X's title": the description most articles give, or, when articles give
 * one slot different fillings, each version with its sources. Disagreements on other slots of
 * the same person are added after the main answer.
 */
export function composeDefinition(
  question: string,
  picks: Pick[],
  subject: string,
  /** The question dates what it asks ("his job back in February"). */
  dated = false,
): Answer | null {
  // Role phrases only come from sentences that name the person (or a pronoun for them), so a
  // lower bar lets in mentions under another spelling of the first name.
  const usable = picks.filter((p) => p.evidence.coverage >= SUPPORT_COVERAGE && p.candidate?.slot);
  const groups = groupSlots(usable).filter((g) => g.versions.length > 0);
  if (dated) {
    // A post the sentence itself dates as asked ("In February, he was director of…") first.
    const datedHere = (g: SlotGroup): number =>
      Number(
        g.versions.some((v) =>
          v.picks.some((p) => p.evidence.matches.some((m) => m.word.qualifier && m.at.length > 0)),
        ),
      );
    groups.sort((a, b) => datedHere(b) - datedHere(a));
  }
  const main = groups[0];
  if (!main) return null;
  if (main.versions.length > 1) return disagreement(question, main, `${subject}'s title`);
  const version = main.versions[0]!;
  const best = version.phrasePick;
  const lines = [`${capitalise(version.phrase)}.`, "", quote(best.evidence)];
  const evidence = [...version.picks, ...main.unspecific].map((p) => p.evidence);
  const notes: string[] = [];
  if (version.picks.length > 1) {
    notes.push(
      answerMessages.reportedBy(version.picks.map((p) => sourceName(p.evidence.entry.article))),
    );
  }
  for (const other of groups.slice(1)) {
    if (other.versions.length < 2) continue;
    lines.push("", answerMessages.sourcesDiffer(`another description of ${subject}`));
    for (const v of other.versions) {
      lines.push(
        `- ${answerMessages.version(
          v.phrase,
          v.picks.map((p) => sourceName(p.evidence.entry.article)),
        )}`,
      );
      evidence.push(...v.picks.map((p) => p.evidence));
    }
    notes.push(
      answerMessages.differNote(
        other.versions.map((v) => sourceName(v.picks[0]!.evidence.entry.article)),
      ),
    );
  }
  return {
    question,
    status: "answered",
    answer: lines.join("\n"),
    // Every role phrase sits next to a mention of the person, so the answer is at least as sure
    // as the answering threshold, whatever spelling of the first name the question used.
    confidence: confidenceOf(
      Math.max(MIN_COVERAGE, ...version.picks.map((p) => p.evidence.coverage)),
      version.picks.length,
    ),
    sources: uniqueSources(evidence),
    notes,
    short: capitalise(version.phrase),
    quotes: quotesOf([best.evidence]),
  };
}

const SECOND_QUOTE_MARGIN = defaultEngineOptions.compose.secondQuoteMargin;

/**
 * What / why / how: the best sentence, led by a reason phrase when one is written, and the best
 * sentence of another article when it answers nearly as well.
 */
export function composeSentence(question: string, picks: Pick[]): Answer | null {
  const best = picks[0];
  const answers = (p: Pick): boolean =>
    p.evidence.coverage >= MIN_COVERAGE && p.evidence.direct >= MIN_DIRECT;
  if (!best || !answers(best)) return null;
  const second = picks.find(
    (p) =>
      p.evidence.entry.article.id !== best.evidence.entry.article.id &&
      answers(p) &&
      p.score >= best.score - SECOND_QUOTE_MARGIN,
  );
  const lead = best.candidate ? `${endSentence(capitalise(best.candidate.display))}\n\n` : "";
  const quoted = [best, ...(second ? [second] : [])].map((p) => p.evidence);
  return {
    question,
    status: "answered",
    answer: `${lead}${quoted.map(quote).join("\n")}`,
    confidence: confidenceOf(best.evidence.coverage),
    sources: uniqueSources(quoted),
    notes: [],
    ...(best.candidate ? { short: capitalise(best.candidate.display) } : {}),
    quotes: quotesOf(quoted),
  };
}

/** One sentence answering by itself, quoted: no phrase of it is certain enough to lead. */
export function composeEvidence(question: string, evidence: Evidence): Answer | null {
  return composeSentence(question, [
    { evidence, clause: evidence.direct, coverage: evidence.coverage, score: 1 },
  ]);
}

/** Lists: the best sentences (up to three, one passage per article), each quoted. */
export function composeList(question: string, picks: Pick[]): Answer | null {
  const best = picks[0];
  if (!best || best.evidence.coverage < MIN_COVERAGE || best.evidence.direct < MIN_DIRECT) {
    return null;
  }
  const floor = Math.max(MIN_COVERAGE, best.evidence.coverage - 0.15);
  const chosen: Evidence[] = [];
  const passageOf = new Map<string, string>();
  for (const p of picks) {
    const e = p.evidence;
    if (e.coverage < floor || chosen.includes(e) || chosen.length >= 3) continue;
    const article = e.entry.article.id;
    const passage = passageOf.get(article);
    if (passage && passage !== e.entry.passage.id) continue;
    passageOf.set(article, e.entry.passage.id);
    chosen.push(e);
  }
  chosen.sort((a, b) =>
    a.entry.article.id === b.entry.article.id ? a.entry.position - b.entry.position : 0,
  );
  const sources = uniqueSources(chosen);
  const names = [...new Set(chosen.map((e) => sourceName(e.entry.article)))];
  return {
    question,
    status: "answered",
    answer: chosen.map((e) => `- ${quote(e)}`).join("\n"),
    confidence: confidenceOf(best.evidence.coverage, sources.length),
    sources,
    notes: sources.length > 1 ? [answerMessages.reportedBy(names)] : [],
    quotes: quotesOf(chosen),
    items: chosen.map((e) => e.entry.sentence.text),
  };
}
