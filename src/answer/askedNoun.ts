import { COPULA } from "../lexicon/words.js";
import { nlp } from "../nlp/wink.js";

const WH_WORDS = new Set(["what", "which", "who", "whose"]);
/** Tags of the words a noun phrase is made of ("the", "new", "Lavrov", "'s", "wife", "two"). */
const PHRASE_TAGS = new Set(["DET", "ADJ", "NOUN", "PROPN", "PART", "NUM"]);
/** A wh-word this far into the question still opens it ("and what was…", "so who is…"). */
const LEAD_WORDS = 2;

/**
 * The nouns of the phrase a question asks for, lower-cased: "what was the weather", "which
 * hotel did…", "who is Lavrov's wife", "what is the name of her office". Read from the
 * question's parts of speech, so "what did they say" asks for no noun at all. A word the
 * articles never use is the very thing they lack when it is asked for; elsewhere in the question
 * ("in the room", "run out of cash") it is most often another way of saying one of theirs.
 */
export function askedNouns(question: string): ReadonlySet<string> {
  // Asked for again by each weighing of the same question's words: read once.
  if (last?.question !== question) last = { question, nouns: readAskedNouns(question) };
  return last.nouns;
}

let last: { question: string; nouns: ReadonlySet<string> } | undefined;

function readAskedNouns(question: string): ReadonlySet<string> {
  const { its, readDoc } = nlp();
  const tokens = readDoc(question).tokens();
  const words = tokens.out(its.value).map((w: string) => w.toLowerCase());
  const tags = tokens.out(its.pos);
  const asked = new Set<string>();
  const wh = words.findIndex((w, i) => i <= LEAD_WORDS && WH_WORDS.has(w));
  if (wh < 0) return asked;
  let i = wh + 1;
  const copula = (w: string | undefined) =>
    w !== undefined && (COPULA.has(w) || w === "'s" || w === "’s");
  if (copula(words[i])) i++;
  // "What did they…": the wh-word is the object of a verb and names nothing itself.
  else if (tags[wh] !== "DET") return asked;
  for (; i < words.length; i++) {
    if (!PHRASE_TAGS.has(tags[i]!) && words[i] !== "of") break;
    // "The minister's deputy": the possessor only says whose.
    if (tags[i] === "NOUN" && tags[i + 1] !== "PART") asked.add(words[i]!);
  }
  return asked;
}
