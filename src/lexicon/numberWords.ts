import { lookupTable } from "./lookupTable.js";

/** English number words and their values, for counts in answers and in time expressions. */
export const CARDINALS: Readonly<Record<string, number>> = lookupTable<number>({
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
});

const TENS = new Set([
  "twenty",
  "thirty",
  "forty",
  "fifty",
  "sixty",
  "seventy",
  "eighty",
  "ninety",
]);

/**
 * The value of a number written out in a phrase: digits ("35", "2.5", "1,200"), a word
 * ("six"), a hyphenated compound ("thirty-five"), a fraction added ("two and a half",
 * "five and a half") or a half alone ("half an hour"). Undefined when the phrase holds none.
 */
export function readNumber(phrase: string): number | undefined {
  const text = phrase.toLowerCase();
  const m =
    /(?:^|[^\w.,-])(\d+(?:,\d{3})*(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)(\s+and\s+a\s+half)?(?![\w-])/g;
  for (const match of text.matchAll(m)) {
    const word = match[1]!;
    const half = match[2] ? 0.5 : 0;
    if (/^\d/.test(word)) return Number(word.replace(/,/g, "")) + half;
    const [tens, unit] = word.split("-");
    if (unit !== undefined) {
      const t = CARDINALS[tens!];
      const u = CARDINALS[unit];
      if (t !== undefined && u !== undefined && TENS.has(tens!) && u < 10) return t + u + half;
      continue;
    }
    const value = CARDINALS[word];
    if (value !== undefined) return value + half;
    if (word === "half") return 0.5;
  }
  return undefined;
}
