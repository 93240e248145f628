import { defaultEngineOptions } from "../../tuning/defaults.js";
import type { IndexedSentence, SearchIndex } from "../../search/types.js";
import { confidenceOf, disagreement, quotesOf, uniqueSources } from "../compose.js";
import { scoreSentence, type Evidence } from "../evidence.js";
import { personCandidates, personKey } from "../extract/people.js";
import { stemSet } from "../../lexicon/stemSet.js";
import type { Candidate } from "../extract/candidate.js";
import { answerMessages } from "../messages.js";
import { quote, sourceName } from "../sources.js";
import type { Pick } from "../select.js";
import type { KindContext, QuestionKind } from "./types.js";

/** "How do the outlets spell…", "is his name spelt the same everywhere?" */
const ASKS_SPELLING = /\bspel(?:l(?:s|ed|ing|ings)?|t)\b/iu;
const FIRST_NAME = /\b(?:first|given|christian|fore)\s*names?\b/iu;
const SURNAME = /\b(?:surname|last\s+name|family\s+name)s?\b/iu;

const SAME = /\b(?:same|alike|consistent(?:ly)?|identical(?:ly)?)\b/iu;
const DIFFERENT = /\b(?:differ\w*|different(?:ly)?|inconsistent(?:ly)?|vary|varies)\b/iu;

/** Words that only ask how a name is written: nothing the articles would say. */
const SPELLING_WORDS = stemSet(`spell spelt spelled spelling name surname first last given family
  christian forename same way everywhere different differently written write transliterate`);

/** A full name's parts: the first name, the surname, or the whole name as written. */
type Part = "first" | "last" | "full";

function partAsked(question: string): Part {
  if (FIRST_NAME.test(question)) return "first";
  if (SURNAME.test(question)) return "last";
  return "full";
}

/**
 * "How do they spell…", or "what is Petrovsky's first name?": how the articles write a name, or
 * a part of it, that they give.
 */
function asksSpelling(question: string): boolean {
  return (
    ASKS_SPELLING.test(question) ||
    (/^\s*what\b/iu.test(question) &&
      (FIRST_NAME.test(question) || SURNAME.test(question) || /\bfull\s+name\b/iu.test(question)))
  );
}

/** The part of a mention the question asks about; undefined when the mention lacks it. */
function spellingOf(c: Candidate, part: Part): string | undefined {
  const words = c.text.split(/\s+/u);
  if (part === "last") return words[words.length - 1];
  // A lone surname says nothing of how the first name or the whole name is written.
  if (words.length < 2) return undefined;
  return part === "first" ? words[0] : c.text;
}

const NAME_PART = String.raw`(?:first|given|christian|last|family)\s+name|forename|surname|name`;
/** "…spell the foreign minister's first name", "…spell the surname of the new envoy". */
const DESCRIBED = [
  // "The foreign minister's", "Russia's foreign minister's": a description ending in a possessive.
  new RegExp(
    String.raw`\b((?:[Tt]he\s|\p{Lu}\p{L}*['’]s\s)(?:(?!\bthe\b)[^?])+?)['’]s?\s+(?:${NAME_PART})\b`,
    "u",
  ),
  new RegExp(
    String.raw`\b(?:${NAME_PART})\s+of\s+(the\s[^?]+?)(?=\s+(?:in|across|among|by)\b|[?.!]|$)`,
    "iu",
  ),
];

/**
 * A spelling question that describes its person instead of naming them ("the foreign
 * minister"): the description, and the question with a name put in its place.
 */
export function describedPerson(
  question: string,
): { description: string; naming: (name: string) => string } | null {
  if (!asksSpelling(question)) return null;
  for (const pattern of DESCRIBED) {
    const m = pattern.exec(question);
    if (!m?.[1]) continue;
    const description = m[1];
    const at = m.index + m[0].indexOf(description);
    return {
      description,
      naming: (name) => question.slice(0, at) + name + question.slice(at + description.length),
    };
  }
  return null;
}

/** Sentences of the articles most about the person that name them in full or by surname. */
function mentions(
  index: SearchIndex,
  key: string,
  limit: number,
): Array<{ entry: IndexedSentence; c: Candidate }> {
  const surname = key.slice(key.indexOf(":") + 1);
  const stems = [surname, ...(index.vocabulary.nameVariants[surname] ?? [])];
  const articles = index.rankArticles(
    stems.map((term) => ({ term, boost: 1 })),
    limit,
  );
  const out: Array<{ entry: IndexedSentence; c: Candidate }> = [];
  for (const id of articles) {
    for (const passage of index.articles.get(id)?.passages ?? []) {
      for (const entry of index.passages.get(passage.id)?.sentences ?? []) {
        for (const c of personCandidates(index, entry)) {
          if (c.key === key) out.push({ entry, c });
        }
      }
    }
  }
  return out;
}

/**
 * The person whose name is asked about: of the people the question names, the one whose
 * surname ends the first run of names in it ("Alexander Dorn": Dorn, though some Alexander
 * elsewhere in the corpus has Alexander for a surname).
 */
function personAsked(ctx: KindContext): string | undefined {
  const people = [...ctx.candidates.questionPeople];
  if (people.length <= 1) return people[0];
  let last: string | undefined;
  for (const token of ctx.analysis.content) {
    const key = ctx.index.surnames.has(token.stem) ? personKey(ctx.index, token.stem) : undefined;
    if (token.capitalized && key && people.includes(key)) last = key;
    else if (last) break;
  }
  return last ?? people[0];
}

/**
 * How the articles spell a person's name: every spelling with the outlets that use it, which
 * is a disagreement between the sources when there is more than one.
 */
export const spelling: QuestionKind = {
  name: "spelling",
  detect: (analysis) => asksSpelling(analysis.text),
  phrasing: (token) => SPELLING_WORDS().has(token.stem),
  compose: (ctx) => {
    const key = personAsked(ctx);
    if (!key || !key.startsWith("person:")) return null;
    const part = partAsked(ctx.analysis.text);
    const words = ctx.evidence[0]?.matches.map((m) => m.word) ?? [];
    const evidenceOf = (entry: IndexedSentence): Evidence =>
      scoreSentence(ctx.index, words, entry, 0);
    const bySpelling = new Map<string, Map<string, Evidence>>();
    const found = mentions(ctx.index, key, defaultEngineOptions.spelling.articles);
    // A person is named in full somewhere: a capitalised word alone ("Reports") is no name.
    if (!found.some(({ c }) => c.text.split(/\s+/u).length > 1)) return null;
    // Each spelling of the part shown in the full name as written ("Sergei Lavrov"): the
    // part alone would not say whose it is.
    const shownAs = new Map<string, string>();
    for (const { entry, c } of found) {
      const written = spellingOf(c, part);
      if (!written) continue;
      if (!shownAs.has(written) && part === "first") shownAs.set(written, c.text);
      const articles = bySpelling.get(written) ?? new Map<string, Evidence>();
      if (!articles.has(entry.article.id)) articles.set(entry.article.id, evidenceOf(entry));
      bySpelling.set(written, articles);
    }
    const versions = [...bySpelling]
      .map(([written, articles]) => {
        const picks: Pick[] = [...articles.values()].map((evidence) => ({
          evidence,
          score: 1,
          clause: 1,
          coverage: evidence.coverage,
        }));
        const within = shownAs.get(written);
        return {
          filler: written,
          phrase: written,
          ...(within ? { within } : {}),
          phrasePick: picks[0]!,
          picks,
        };
      })
      .sort((a, b) => b.picks.length - a.picks.length);
    if (versions.length === 0) return null;
    const what = part === "first" ? "the first name" : part === "last" ? "the surname" : "the name";
    // "Is it spelt the same everywhere?" is a yes/no question: a yes or no leads the answer.
    const alike = versions.length === 1;
    const lead =
      ctx.analysis.type !== "yesno"
        ? ""
        : SAME.test(ctx.analysis.text)
          ? `${alike ? "Yes" : "No"}. `
          : DIFFERENT.test(ctx.analysis.text)
            ? `${alike ? "No" : "Yes"}. `
            : "";
    if (!alike) {
      const group = { head: new Set([key]), versions, unspecific: [] };
      const answer = disagreement(ctx.analysis.text, group, what);
      return { ...answer, answer: `${lead}${answer.answer}` };
    }
    const only = versions[0]!;
    const evidence = only.picks.map((p) => p.evidence);
    const outlets = evidence.map((e) => sourceName(e.entry.article));
    return {
      question: ctx.analysis.text,
      status: "answered",
      answer: `${lead}${answerMessages.spelledAlike(only.phrase, outlets)}\n\n${quote(evidence[0]!)}`,
      confidence: confidenceOf(1, evidence.length),
      sources: uniqueSources(evidence),
      notes: [],
      quotes: quotesOf([evidence[0]!]),
    };
  },
};
