import { DEMAND_WORDS, VOICING_VERBS } from "../../lexicon/words.js";
import type { Token } from "../../search/tokens.js";
import type { IndexedSentence } from "../../search/types.js";
import { defaultEngineOptions } from "../../tuning/defaults.js";
import { sentencesAnswer } from "../compose.js";
import { countryAt } from "../parties.js";
import type { Evidence } from "../evidence.js";
import { sharedWords } from "../rerank.js";
import type { KindContext, QuestionKind } from "./types.js";

/**
 * "What does each side want", "what are the two countries asking for", "what is each side
 * after?" ("after" only closing the question: "both sides met after May" wants nothing).
 */
const EACH_SIDE_WANTS =
  /\b(?:each|both|either|the two)\s+(?:sides?|parties|countries|delegations|governments|capitals)\b[^?.]{0,30}?\b(?:want|wants|wanted|seek|seeks|seeking|asking|demand|demands|demanding|pushing|hoping|after(?=\W*$))\b/iu;

/** Words that end a clause: a party before one is not who wants what follows. */
const CLAUSE_BREAK = /[,;:–—()]/u;

/** Where the sentence says a party wants something: a demand word, or a concern voiced. */
function wantsAt(tokens: readonly Token[]): number[] {
  return tokens.flatMap((t, i) => {
    if (DEMAND_WORDS().has(t.stem)) return [i];
    const before = tokens[i - 1];
    return /^concerns?$/u.test(t.norm) && before && VOICING_VERBS().has(before.stem) ? [i - 1] : [];
  });
}

/** The party that wants something in the sentence: named in the same clause, just before. */
export function partyWanting(entry: IndexedSentence): string | undefined {
  const { tokens } = entry;
  const text = entry.sentence.text;
  for (const w of wantsAt(tokens)) {
    for (let i = w - 1; i >= Math.max(0, w - defaultEngineOptions.sidesWant.partyReach); i--) {
      if (CLAUSE_BREAK.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) break;
      const country = countryAt(tokens, i);
      if (country) return country;
    }
  }
  return undefined;
}

/** Every sentence of the articles the question retrieved, in article order. */
function sentencesOfRetrieved(ctx: KindContext): Array<{ entry: IndexedSentence; rank: number }> {
  const articles = [...new Set(ctx.hits.map((h) => h.passage.article.id))];
  return articles.flatMap((id, rank) =>
    (ctx.index.articles.get(id)?.passages ?? []).flatMap((p) =>
      (ctx.index.passages.get(p.id)?.sentences ?? []).map((entry) => ({ entry, rank })),
    ),
  );
}

/**
 * "What does each side want?": what each party says it wants, seeks, proposes or is
 * concerned about, one or two sentences a party, each from another story, the parties those
 * the articles name most as wanting something.
 */
export const sidesWant: QuestionKind = {
  name: "sidesWant",
  detect: (analysis) => EACH_SIDE_WANTS.test(analysis.text),
  compose: (ctx) => {
    const { maxSentences, minCoverage } = defaultEngineOptions.overview;
    const byParty = new Map<string, Array<{ entry: IndexedSentence; rank: number }>>();
    for (const s of sentencesOfRetrieved(ctx)) {
      const party = partyWanting(s.entry);
      if (!party) continue;
      const said = byParty.get(party);
      if (said) said.push(s);
      else byParty.set(party, [s]);
    }
    const parties = [...byParty].sort((a, b) => b[1].length - a[1].length).slice(0, 2);
    if (parties.length < 2) return null;
    const perParty = Math.max(1, Math.floor(maxSentences / parties.length));
    const chosen: Evidence[] = [];
    for (const [, said] of parties) {
      let taken = 0;
      for (const { entry, rank } of said) {
        if (taken >= perParty) break;
        // A reprinted story says the same again: one copy of it is enough.
        if (chosen.some((c) => sharedWords(c.entry.stems, entry.stems) >= 0.5)) continue;
        const scored = ctx.evidence.find((e) => e.entry === entry);
        chosen.push(
          scored ?? {
            entry,
            coverage: minCoverage,
            direct: minCoverage,
            matches: [],
            matchedAt: new Set(),
            rank,
            phrase: 0,
          },
        );
        taken++;
      }
    }
    return sentencesAnswer(ctx.analysis.text, chosen, []);
  },
};
