import { pageLines } from "./masthead.js";
import { stemSet } from "../../lexicon/stemSet.js";
import { PUBLISHING_VERBS } from "../../lexicon/words.js";
import { defaultEngineOptions } from "../../tuning/defaults.js";
import { tokenize } from "../../search/tokens.js";
import { confidenceOf, quotesOf, uniqueSources } from "../compose.js";
import { coverageAmong } from "../evidence.js";
import { formatDate } from "../extract/dates.js";
import { outletNamed } from "../outlets.js";
import { answerMessages } from "../messages.js";
import { quote, sourceName } from "../sources.js";
import type { QuestionKind } from "./types.js";

/** A piece of reporting. */
const PIECE = /\b(?:story|stories|report|article|piece|dispatch|coverage)\b/iu;

/** Words that only ask when a piece came out: nothing the articles would say of the events. */
const PHRASING = stemSet(`publish published story stories report article piece dispatch coverage
  ran run print printed post posted carry carried file filed date day`);

/**
 * "What date did <outlet> run its story on…", "when was the article on … published": the
 * date the article itself carries, from its metadata, with the article cited.
 */
export const published: QuestionKind = {
  name: "published",
  detect: (analysis) =>
    analysis.type === "when" &&
    (/\bpublish/iu.test(analysis.text) ||
      (PIECE.test(analysis.text) && PUBLISHING_VERBS.test(analysis.text))),
  phrasing: (token) => PHRASING().has(token.stem),
  compose: ({ analysis, evidence, index }) => {
    const outlet = outletNamed(index, analysis.text);
    const outletStems = new Set(outlet ? tokenize(outlet).map((t) => t.stem) : []);
    const { minCoverage } = defaultEngineOptions.published;
    const best = evidence
      .filter(
        (e) =>
          outlet === null ||
          e.entry.article.outlet === outlet ||
          e.entry.article.republishedBy === outlet,
      )
      // The outlet's name is rarely printed in its own articles' text: it is not looked for.
      .map((e) => ({
        e,
        coverage: coverageAmong(e, (m) => !outletStems.has(m.word.token.stem)).coverage,
      }))
      .filter((x) => x.coverage >= minCoverage)
      .sort((a, b) => b.coverage - a.coverage || a.e.rank - b.e.rank)[0];
    if (!best) return null;
    const article = best.e.entry.article;
    const date = formatDate(article.published);
    return {
      question: analysis.text,
      status: "answered",
      answer: [
        `${date}. ${answerMessages.publishedThatDay(sourceName(article))}`,
        ...pageLines(article, "date"),
        "",
        quote(best.e),
      ].join("\n"),
      confidence: confidenceOf(best.coverage),
      sources: uniqueSources([best.e]),
      notes: [],
      short: date,
      quotes: quotesOf([best.e]),
    };
  },
};
