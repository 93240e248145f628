import { stemSet } from "../../lexicon/stemSet.js";
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
/** Verbs that put a piece out (not "reported", which a story says of its own sources). */
const PUT_OUT =
  /\b(?:publish\w*|republish\w*|ran|run|print(?:ed)?|post(?:ed)?|carr(?:y|ied)|put out|file[sd]?|wrote|write)\b/iu;

/** The publisher noun doing the verb: "which outlet published", "which wire service carried". */
const PUTS_OUT = new RegExp(`${PUBLISHER.source}(?:\\s+\\p{L}+)?\\s+${PUT_OUT.source}`, "iu");

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
    // rarely prints the outlet's name.
    const outlet = outletNamed(index, analysis.text);
    const outletStems = new Set(outlet ? tokenize(outlet).map((t) => t.stem) : []);
    const best = evidence
      .filter((e) => outlet === null || e.entry.article.outlet === outlet)
      .map((e) => ({
        e,
        coverage: coverageAmong(e, (m) => !outletStems.has(m.word.token.stem)).coverage,
      }))
      .filter((x) => x.coverage >= minCoverage)
      .sort((a, b) => b.coverage - a.coverage || a.e.rank - b.e.rank)[0];
    if (!best) return null;
    const copied = /\brepublish/iu.test(analysis.text);
    const name = publisherOf(best.e, copied);
    if (!name) return null;
    return {
      question: analysis.text,
      status: "answered",
      answer: `${name}.\n\n${quote(best.e)}`,
      confidence: confidenceOf(best.coverage),
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
