/**
 * "Besides X, what…", "…other than X?": the asker already knows X. The rest is the question,
 * and X is no answer to it.
 */
export interface Exclusion {
  /** The question without the clause that sets X aside. */
  rest: string;
  /** What the question sets aside, as written. */
  excluded: string;
}

const SETS_ASIDE = String.raw`(?:besides|apart from|aside from|other than|except for|except|in addition to)`;
/** "Besides X, …": the clause opens the question and ends at its first comma. */
const LEADING = new RegExp(String.raw`^\s*${SETS_ASIDE}\s+([^,]{1,80}?)\s*,\s*(\S.*)$`, "iu");
/** "… besides X?": the clause closes the question. */
const TRAILING = new RegExp(
  String.raw`^(.*\S)\s*,?\s+${SETS_ASIDE}\s+([^,?!.]{1,80}?)\s*([?!.]?)\s*$`,
  "iu",
);

export function exclusionOf(question: string): Exclusion | null {
  const leading = LEADING.exec(question);
  if (leading) {
    const rest = leading[2]!;
    return {
      rest: rest[0]!.toUpperCase() + rest.slice(1),
      excluded: leading[1]!,
    };
  }
  const trailing = TRAILING.exec(question);
  // The rest must still be a question ("what other than flights did they propose" sets
  // nothing aside at its end), and X must hold a word.
  if (trailing && trailing[1]!.split(/\s+/u).length >= 3 && /\p{L}/u.test(trailing[2]!)) {
    return {
      rest: `${trailing[1]!}${trailing[3] || "?"}`,
      excluded: trailing[2]!,
    };
  }
  return null;
}
