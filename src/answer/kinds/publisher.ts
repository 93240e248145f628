import { stemSet } from "../../lexicon/stemSet.js";
import { PUBLISHING_VERBS } from "../../lexicon/words.js";
import { defaultEngineOptions } from "../../tuning/defaults.js";
import { confidenceOf, quotesOf, uniqueSources } from "../compose.js";
import { coverageAmong, type Evidence } from "../evidence.js";
import { outletNamed } from "../outlets.js";
import { tokenize } from "../../search/tokens.js";
import { quote } from "../sources.js";
import type { QuestionKind } from "./types.js";

/** Who puts out a piece: the noun a "which …" question about a piece asks for. */
const PUBLISHER =
  /\b(?:outlets?|sites?|websites?|agency|agencies|papers?|newspapers?|publications?|wire|media)\b/iu;
/**
 * Verbs that put a piece out, a copy or a story of one's own (not "reported", which a story
 * says of its own sources).
 */
const PUT_OUT = new RegExp(`${PUBLISHING_VERBS.source}|\\b(?:republish\\w*|wrote|write)\\b`, "iu");

/** The publisher noun doing the verb: "which outlet published", "which wire service carried". */
const PUTS_OUT = new RegExp(`${PUBLISHER.source}(?:\\s+\\p{L}+)?\\s+(?:${PUT_OUT.source})`, "iu");

/** Words that only ask who put a piece out: nothing the articles would say of the events. */
const PHRASING = stemSet(`outlet outlets site sites website websites agency agencies paper papers
  newspaper newspapers publication publications wire media news publish published republish
  republished story stories report article piece dispatch coverage ran run print printed post
  posted carry carried file filed wrote write`);

/**
 * "Which outlet published the piece on …", "which news agency filed the report …": who put the
 * article out, from its metadata (and the site that copied it, if asked), with the article's
 * sentence on the subject cited. Who "reported" a fact inside a story ("which paper first
 * reported that …") is left to the text, which names its sources.
 */
export const publisher: QuestionKind = {
  name: "publisher",
  // "Which site…" reads as a place question; a site that publishes is a publisher.
  detect: (analysis) =>
    (analysis.type === "what" || analysis.type === "where") &&
    analysis.focus.some((t) => PUBLISHER.test(t.text)) &&
    PUTS_OUT.test(analysis.text),
  phrasing: (token) => PHRASING().has(token.stem),
  compose: ({ analysis, evidence, index }) => {
    const { minCoverage } = defaultEngineOptions.published;
    // "Which site republished the RT piece": one of that outlet's articles, whose own text
    // rarely prints the outlet's name. "Which outlet first ran the piece the Lakeview Herald
    // carried": one of the articles that site copied.
    // The corpus's outlet and republisher names are one list (outletNamed); which role the
    // named one plays is the articles' to say.
    const named = outletNamed(index, analysis.text);
    const { articles } = index.corpus;
    const outlet = named !== null && articles.some((a) => a.outlet === named) ? named : null;
    const copier =
      named !== null && outlet === null && articles.some((a) => a.republishedBy === named)
        ? named
        : null;
    const namedStems = new Set(named ? tokenize(named).map((t) => t.stem) : []);
    const candidates = evidence
      .filter((e) => outlet === null || e.entry.article.outlet === outlet)
      .filter((e) => copier === null || e.entry.article.republishedBy === copier)
      .map((e) => ({
        e,
        coverage: coverageAmong(e, (m) => !namedStems.has(m.word.token.stem)).coverage,
      }))
      .sort((a, b) => b.coverage - a.coverage || a.e.rank - b.e.rank);
    // The names and the day may pin one article: then nothing else need be found in it.
    const pinned =
      (outlet !== null || copier !== null) &&
      new Set(candidates.map((x) => x.e.entry.article.id)).size === 1;
    const best =
      candidates.find((x) => x.coverage >= minCoverage) ?? (pinned ? candidates[0] : undefined);
    if (!best) return null;
    const copied = copier === null && /\brepublish|\bcarried/iu.test(analysis.text);
    const name = publisherOf(best.e, copied);
    if (!name) return null;
    return {
      question: analysis.text,
      status: "answered",
      answer: `${name}.\n\n${quote(best.e)}`,
      confidence: confidenceOf(Math.max(best.coverage, pinned ? minCoverage : 0)),
      sources: uniqueSources([best.e]),
      notes: [],
      short: name,
      quotes: quotesOf([best.e]),
    };
  },
};

/**
 * The outlet of the evidence's article, or the site that republished it when that is asked,
 * with the site the copy was read from ("Harbour News (harbournews.example)").
 */
function publisherOf(e: Evidence, copied: boolean): string | undefined {
  const article = e.entry.article;
  const name = copied ? article.republishedBy : article.outlet;
  if (!name) return undefined;
  const host = hostOf(article.url);
  return host && !copied ? `${name} (${host})` : name;
}

function hostOf(url: string | null): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./u, "");
  } catch {
    return undefined;
  }
}
