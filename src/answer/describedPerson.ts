import { countryOf } from "../lexicon/countries.js";
import { partOfSpeech } from "../nlp/stem.js";
import { tokenize } from "../search/tokens.js";
import { onlySpaceBetween } from "./extract/phrase.js";
import { isRoleStem } from "./extract/roles.js";
import { isStopword } from "../lexicon/stopwords.js";
import { POST_BODY, POST_NARROWING } from "../lexicon/words.js";

/**
 * "How did Moscow's spokeswoman describe the talks?": a person named by their post, where the
 * articles quoting them give their name ("Zakharova described…"). The description as written,
 * with where it stands in the question, so the name can take its place.
 */
export interface PersonDescription {
  text: string;
  start: number;
  end: number;
}

export function personDescription(question: string): PersonDescription | null {
  const tokens = tokenize(question);
  // "Who is the spokeswoman…" asks for the name itself.
  if (/^\s*who(?:['’]s\b|\s+(?:is|was)\b)/iu.test(question)) return null;
  // One person's post, not a group's ("officials", "envoys").
  const at = tokens.findIndex((t, i) => i > 0 && isRoleStem(t.stem) && !/[^s]s$/u.test(t.norm));
  if (at < 0) return null;
  let first = at;
  while (first > 0) {
    const t = tokens[first - 1]!;
    if (!onlySpaceBetween(question, t, tokens[first]!)) break;
    const owner = /['’]s$/u.test(t.text);
    const narrowing =
      t.capitalized ||
      owner ||
      POST_NARROWING.has(t.norm) ||
      isRoleStem(t.stem) ||
      // "Norway's trade secretary": an adjective or a noun making the post a compound.
      (["ADJ", "NOUN"].includes(partOfSpeech(t.norm)) && !isStopword(t.norm));
    if (!narrowing || (t.capitalized && first - 1 === 0)) break;
    first--;
  }
  let last = at;
  const body = tokens[at + 1];
  if (body && POST_BODY.has(body.norm)) {
    let k = at + 2;
    if (tokens[k]?.norm === "the") k++;
    let end = k;
    while (tokens[end]?.capitalized) end++;
    // "the head of the US delegation": the body's own noun after its name.
    if (end > k && tokens[end] && partOfSpeech(tokens[end]!.norm) === "NOUN") end++;
    if (end > k) last = end - 1;
  }
  // A post with nothing to single its holder out ("the spokeswoman") names no one surely.
  if (first === at && last === at) return null;
  // "The" goes with the description it opens: the name takes none.
  if (first > 0 && tokens[first - 1]!.norm === "the") first--;
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  return { text: question.slice(start, end), start, end };
}

/** The question with the description replaced by the name. */
export function namedInstead(question: string, described: PersonDescription, name: string): string {
  return `${question.slice(0, described.start)}${name}${question.slice(described.end)}`;
}

/**
 * Whether the passages naming someone for a description also give what it was narrowed by
 * ("Moscow's" by "Russian", "Turkey's" by Turkey): a name found for the post alone may be
 * the holder of the same post in another country.
 */
export function namesDescription(
  described: PersonDescription,
  passages: readonly string[],
): boolean {
  const words = tokenize(described.text).filter((t) => t.capitalized);
  const said = passages.flatMap((p) => tokenize(p));
  return words.every((w) => {
    const country = countryOf(w.norm);
    return said.some(
      (t) => t.stem === w.stem || (country !== undefined && countryOf(t.norm) === country),
    );
  });
}
