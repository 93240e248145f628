import { answerMessages } from "./messages.js";
import type { Answer } from "./types.js";

/**
 * Two questions in one, the second pointing back at what the first asks for: "Who led the US
 * team, and what is her title?", "Which paper reported it, and when did it report it?".
 */
export interface QuestionParts {
  first: string;
  second: string;
  /** The person the first part names, when it asks for something else of them. */
  person?: string;
}

/** "…, and what…" / "… and when…": the second question opens with a question word. */
const SECOND_QUESTION = /^(.+?)(?:\s*,\s*|\s+)and\s+((?:what|when|where|which|who|how|why)\b.+)$/iu;
/** The first asks for a person or a thing by name. */
const ASKS_ENTITY = /^\W*(?:who|whom|which)\b/iu;
/** A pronoun of the second question standing for that answer; the possessives first. */
const SUBJECT_PRONOUN = /\b(?:he|she|it|they)\b/iu;
const POSSESSIVE_PRONOUN = /\b(?:his|her|its|their)\b/iu;

export function splitQuestion(text: string): QuestionParts | null {
  const m = SECOND_QUESTION.exec(text.trim());
  if (!m) return null;
  const first = m[1]!.trim();
  const second = m[2]!.trim();
  const asked = `${first.replace(/[\s?.!,;:]+$/u, "")}?`;
  // "When did Olga Berg leave, and who replaced her?": a first part asking something else of a
  // person it names lends the second that person. Not after "who", whose answer is the person.
  const person = ASKS_WHO.test(first) ? undefined : personNamedIn(first);
  if (person !== undefined && (PERSON_PRONOUN.test(second) || PERSON_POSSESSIVE.test(second))) {
    return { first: asked, second, person };
  }
  if (!ASKS_ENTITY.test(first)) return null;
  if (!SUBJECT_PRONOUN.test(second) && !POSSESSIVE_PRONOUN.test(second)) return null;
  return { first: asked, second };
}

const ASKS_WHO = /^\W*(?:who|whom)\b/iu;
/** A pronoun standing for a person, as subject or object ("who replaced him"). */
const PERSON_PRONOUN = /\b(?:he|she|him|her)\b/iu;
const PERSON_POSSESSIVE = /\b(?:his|her)\b/iu;
/**
 * A person's full name as the subject after the auxiliary ("when did Anatoly Antonov leave"),
 * not a name that only modifies a noun ("the Moscow Times picture").
 */
const FULL_NAME =
  /(?<=\b(?:did|does|do|was|is|were|has|had|will|would)\s+)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+(?=\s+\p{Ll})/u;

function personNamedIn(first: string): string | undefined {
  return FULL_NAME.exec(first)?.[0];
}

/** "Who is Maria Lindqvist?": the person the first part names, whom a pronoun then means. */
const WHO_IS_NAMED = /^\W*[Ww]ho\s+(?:is|was|are|were)\s+((?:\p{Lu}[\p{L}'’-]*\s*)+)\?*$/u;

function namedInFirst(first: string): string | undefined {
  return WHO_IS_NAMED.exec(first.trim())?.[1]?.trim();
}

/**
 * The second question with its first pronoun replaced by the first question's answer: "what is
 * her title" → "what is Sonata Coulter's title"; "when did it report it" → "when did Kommersant
 * report it" (only the first: a later "it" is the thing reported).
 */
export function resolvedSecond(second: string, answer: string, person = false): string {
  const subject = (person ? PERSON_PRONOUN : SUBJECT_PRONOUN).exec(second);
  const possessive = POSSESSIVE_PRONOUN.exec(second);
  const use =
    possessive && (!subject || possessive.index < subject.index)
      ? { at: possessive, text: `${answer}'s` }
      : subject
        ? { at: subject, text: answer }
        : undefined;
  if (!use) return second;
  return second.slice(0, use.at.index) + use.text + second.slice(use.at.index + use.at[0].length);
}

/**
 * The two parts answered one after the other, the second asked of the first's answer; the
 * first alone, with the rest said plainly to be unanswered, when only it is found. Undefined
 * when the question is not two such parts, or its first part is not found (then nothing can
 * say what the second's pronoun stands for).
 */
export function answerInParts(question: string, ask: (q: string) => Answer): Answer | undefined {
  const parts = splitQuestion(question);
  if (!parts) return undefined;
  const first = ask(parts.first);
  if (first.status !== "answered" || !first.short) return undefined;
  const second = ask(
    parts.person !== undefined
      ? resolvedSecond(parts.second, parts.person, true)
      : resolvedSecond(parts.second, namedInFirst(parts.first) ?? first.short),
  );
  if (second.status !== "answered") {
    return {
      ...first,
      question,
      answer: `${first.answer}\n\n${answerMessages.restUnanswered(parts.second)}`,
    };
  }
  const seen = new Set<string>();
  const sources = [...first.sources, ...second.sources].filter((s) => {
    const key = `${s.articleId}\u0000${s.passage}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    question,
    status: "answered",
    // The second part's sentences may all be the first's already.
    answer: [first.answer, withoutRepeats(second.answer, first.answer)]
      .filter((part) => part !== "")
      .join("\n\n"),
    confidence: Math.min(first.confidence, second.confidence),
    sources,
    notes: [...first.notes, ...second.notes],
    kind: `${first.kind ?? "what"}+${second.kind ?? "what"}`,
    ...(second.short ? { short: `${first.short}; ${second.short}` } : { short: first.short }),
    quotes: [...(first.quotes ?? []), ...(second.quotes ?? [])],
  };
}

/** The lines of `text` that `before` has not shown already (the same sentence quoted twice). */
function withoutRepeats(text: string, before: string): string {
  const shown = new Set(before.split("\n").filter((l) => l.trim() !== ""));
  return text
    .split("\n")
    .filter((l) => l.trim() === "" || !shown.has(l))
    .join("\n")
    .replace(/\n{3,}/gu, "\n\n")
    .trim();
}
