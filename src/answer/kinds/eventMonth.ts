import type { SearchIndex } from "../../search/types.js";
import { opensWithPronoun, previousSentence, type Evidence } from "../evidence.js";
import { dateCandidates } from "../extract/dates.js";

/**
 * The sentence (or the one its opening pronoun continues) dates what it says, and never to a
 * month the question names: it is about another event than the question's ("the April talks"
 * answered from "the first meeting took place on February 27").
 */
export function datedToOtherMonth(index: SearchIndex, months: number[], e: Evidence): boolean {
  if (months.length === 0) return false;
  const continues = e.matches.some((m) => m.viaPronoun) || opensWithPronoun(e.entry);
  const sentences = [e.entry, ...(continues ? [previousSentence(index, e.entry)] : [])];
  const dated = sentences
    .filter((x) => x !== undefined)
    // "…could be shorter than the previous round, held on May 2": what the event is measured
    // against is dated, not the event.
    .flatMap((x) =>
      dateCandidates(x).filter((c) => !/\bthan\b/iu.test(x.sentence.text.slice(0, c.start))),
    )
    .map((c) => Number(c.date?.split("-")[1]))
    .filter((m) => m > 0);
  return dated.length > 0 && !dated.some((m) => months.includes(m));
}
