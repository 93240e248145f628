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

const YEAR = /\b(?:1[89]|20)\d\d\b/gu;

/** The years (four digits) a text names. */
export function yearsNamed(text: string): number[] {
  return [...text.matchAll(YEAR)].map((m) => Number(m[0]));
}

/**
 * The sentence names years, and none the question names: "how many were expelled in 2018" is
 * not answered by "in 2016, … expelled 35" ("between 2016 and 2018" names 2018).
 */
export function datedToOtherYear(years: readonly number[], e: Evidence): boolean {
  if (years.length === 0) return false;
  const said = yearsNamed(e.entry.sentence.text);
  return said.length > 0 && !said.some((y) => years.includes(y));
}
