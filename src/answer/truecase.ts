import { isStopword } from "../lexicon/stopwords.js";
import { replaceTokens } from "../search/tokens.js";
import type { SearchIndex } from "../search/types.js";
import { partOfSpeech } from "../nlp/stem.js";
import { isTitleStem } from "./extract/roles.js";

/**
 * "who is the us ambassador to russia": a word typed in lower case that the articles only ever
 * write with a capital (a place, a person's name) is read as the name it is, so what depends on
 * a capital (a party, a destination, a name in the sentence) works as for "Russia". Words the
 * articles also write in lower case are left as typed.
 */
export function namesCapitalised(index: SearchIndex, question: string): string {
  return replaceTokens(question, (t) => {
    if (t.capitalized || isStopword(t.norm) || !/^\p{Ll}/u.test(t.text)) return undefined;
    if (!index.placeStems.has(t.stem) && !index.nameParts.has(t.stem)) return undefined;
    // "foreign", "general": words of names ("Foreign Ministry", "Consul General") that are
    // ordinary words too, in the question as likely one as the other.
    if (isTitleStem(t.stem)) return undefined;
    if (!index.nameParts.has(t.stem) && partOfSpeech(t.norm) === "ADJ") return undefined;
    return t.text.charAt(0).toUpperCase() + t.text.slice(1);
  });
}
