import type { ItsFunction } from "wink-nlp";
import { isStopword } from "../lexicon/stopwords.js";
import { nlp } from "../nlp/wink.js";
import { capitalisedRuns, nameSpans } from "../search/entities.js";
import { tokenize, type Token } from "../search/tokens.js";
import type { SearchIndex } from "../search/types.js";
import type { ConversationContext, Referents, Rewrite } from "./types.js";

/**
 * Follow-up questions ("what did he say about it?") read against the conversation so far: the
 * pronouns are replaced by the people, places and things of the previous turns, found by the
 * project's own finders, and the rewritten question goes to the ordinary answer function. The
 * answer is still one the articles support: only the question changes, never the checks.
 */

type Slot = keyof Referents;

/** Pronoun → what it stands for, and whether it is possessive ("his" → "Petrovsky's"). */
const PRONOUNS: Readonly<Record<string, { slot: Slot; possessive: boolean }>> = {
  he: { slot: "person", possessive: false },
  him: { slot: "person", possessive: false },
  his: { slot: "person", possessive: true },
  she: { slot: "person", possessive: false },
  hers: { slot: "person", possessive: true },
  it: { slot: "thing", possessive: false },
  its: { slot: "thing", possessive: true },
};

/** People named in a text, in order: full names and surnames the corpus knows as people. */
function peopleIn(index: SearchIndex, text: string): string[] {
  const tokens = tokenize(text);
  const found: string[] = [];
  for (const run of capitalisedRuns(tokens, text)) {
    const spans = nameSpans(run);
    for (const span of spans) {
      const key = span.map((t) => t.norm).join(" ");
      const last = span[span.length - 1];
      if (index.people.has(key) || (last && index.surnames.has(last.stem))) {
        found.push(text.slice(span[0]!.start, last!.end));
      }
    }
    if (spans.length === 0) {
      const lone = run.find((t) => index.surnames.has(t.stem));
      if (lone) found.push(lone.text);
    }
  }
  return found;
}

/** Places named in a text: capitalised runs whose every word is a word of a place name. */
function placesIn(index: SearchIndex, text: string): string[] {
  const tokens = tokenize(text);
  return capitalisedRuns(tokens, text)
    .filter((run) => run.every((t) => index.placeStems.has(t.stem)))
    .map((run) => text.slice(run[0]!.start, run[run.length - 1]!.end));
}

/**
 * The last noun phrase of a question that is not a person or a place ("diplomatic property"):
 * what "it" most likely points back to. Adjectives and nouns in a row, read by wink-nlp.
 */
function thingIn(question: string, named: readonly string[]): string | null {
  const doc = nlp().readDoc(question);
  const pos = nlp().its.pos as unknown as ItsFunction<string>;
  const value = nlp().its.value as unknown as ItsFunction<string>;
  const words = doc.tokens().out(value) as string[];
  const tags = doc.tokens().out(pos) as string[];
  const namedWords = new Set(named.flatMap((n) => tokenize(n).map((t) => t.norm)));
  const chunks: string[][] = [];
  let chunk: string[] = [];
  let hasNoun = false;
  const close = () => {
    if (hasNoun && chunk.length) chunks.push(chunk);
    chunk = [];
    hasNoun = false;
  };
  words.forEach((word, i) => {
    const tag = tags[i] ?? "";
    const norm = word.toLowerCase();
    const usable = !namedWords.has(norm) && !isStopword(norm) && !PRONOUNS[norm];
    if (usable && (tag === "NOUN" || tag === "PROPN")) {
      chunk.push(word);
      hasNoun = true;
    } else if (usable && tag === "ADJ" && !hasNoun) chunk.push(word);
    else close();
  });
  close();
  const last = chunks.at(-1);
  return last ? last.join(" ") : null;
}

/** Who, where and what the conversation was last about, most recent turn first. */
export function referents(index: SearchIndex, context: ConversationContext): Referents {
  const out: Referents = {};
  for (const turn of [...context.turns].reverse()) {
    const people = peopleIn(index, turn.question);
    // A "who" answer names the person first; a question that names one keeps it.
    out.person ??= people[0] ?? peopleIn(index, turn.answer)[0];
    out.place ??= placesIn(index, turn.question)[0] ?? placesIn(index, turn.answer)[0];
    out.thing ??=
      thingIn(turn.question, [...people, ...placesIn(index, turn.question)]) ?? undefined;
    if (out.person && out.place && out.thing) break;
  }
  return out;
}

function replacement(token: Token, slot: Slot, possessive: boolean, referents: Referents) {
  const target = referents[slot];
  if (!target) return null;
  if (possessive) return target.endsWith("s") ? `${target}'` : `${target}'s`;
  return token.text[0] === token.text[0]?.toUpperCase() && slot === "thing"
    ? target[0]!.toUpperCase() + target.slice(1)
    : target;
}

/**
 * The follow-up with its pronouns resolved against the conversation. A pronoun with nothing to
 * point to is left as it is; a question without pronouns comes back unchanged. "her" is read
 * as possessive when a word other than a preposition follows it ("her statement").
 */
export function rewriteFollowUp(
  index: SearchIndex,
  question: string,
  context: ConversationContext,
): Rewrite {
  if (context.turns.length === 0) return { question, replaced: [] };
  const tokens = tokenize(question);
  const found = referents(index, context);
  const replaced: Rewrite["replaced"] = [];
  let out = "";
  let at = 0;
  tokens.forEach((token, i) => {
    const norm = token.text.toLowerCase();
    let rule = PRONOUNS[norm];
    if (norm === "her") {
      const next = tokens[i + 1];
      rule = { slot: "person", possessive: next !== undefined && !isStopword(next.norm) };
    }
    let text: string | null = rule ? replacement(token, rule.slot, rule.possessive, found) : null;
    if (norm === "there" && i === tokens.length - 1 && found.place) text = `in ${found.place}`;
    if (text === null) return;
    out += question.slice(at, token.start) + text;
    at = token.end;
    replaced.push({ pronoun: token.text, with: text });
  });
  return { question: out + question.slice(at), replaced };
}
