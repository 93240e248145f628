import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateInterval, precisionOf } from "../../src/dates/calendar.js";
import { buildTimeline } from "../../src/timeline/build.js";
import { makeArticle } from "../fixtures/articles.js";

/** Sentences of the kinds news about the talks is made of, dated and not. */
const sentence = fc.constantFrom(
  "Russian and U.S. diplomats held talks Thursday in Istanbul.",
  "The first meeting took place in Riyadh on February 18.",
  "A follow-up round in Istanbul on February 27 addressed direct flights.",
  "In November, a newspaper reported that Russia had tapped Darchiev.",
  "Delegations will meet in Istanbul on Thursday for a second round.",
  "Last month, delegations met again in Saudi Arabia.",
  "In 2016, the administration expelled 35 diplomats.",
  "Six properties were seized between 2016 and 2018, the spokeswoman said.",
  "Plans were first announced last week by the minister.",
  "In February, he was director of the department.",
  "The next round will take place in the coming days.",
  "The talks were constructive.",
);

const article = fc.record({
  sentences: fc.array(sentence, { minLength: 1, maxLength: 6 }),
  published: fc.constantFrom("2025-02-28", "2025-04-08", "2025-04-10"),
  copy: fc.boolean(),
});

describe("timeline invariants over constructed corpora", () => {
  it("sources are canonical and distinct, summaries are quoted, dates well formed and in order", () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 4 }), (specs) => {
        const articles = specs.map((s, i) =>
          makeArticle(s.sentences.join(" "), {
            id: `a${i}`,
            published: s.published,
            duplicateOf: s.copy && i > 0 ? "a0" : null,
          }),
        );
        const canonical = articles.filter((a) => !a.duplicateOf);
        const copies = articles.filter((a) => a.duplicateOf);
        const events = buildTimeline({ articles, duplicates: copies, problems: [] });
        // The service saves the events as JSON and loads them instead of rebuilding.
        expect(JSON.parse(JSON.stringify(events))).toStrictEqual(events);
        let previous = "";
        for (const e of events) {
          expect(precisionOf(e.date)).toBe(e.precision);
          const first = dateInterval(e.date)!.first;
          expect(first >= previous).toBe(true);
          previous = first;
          const ids = e.sources.map((s) => s.articleId);
          expect(new Set(ids).size).toBe(ids.length);
          for (const s of e.sources) {
            const from = canonical.find((a) => a.id === s.articleId);
            expect(from).toBeDefined();
            expect(from!.sentences.map((x) => x.text)).toContain(s.passage);
          }
          const quoted = e.summary.replace(/^…/, "").replace(/…$/, "");
          expect(canonical.some((a) => a.body.includes(quoted))).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});
