import { defaultEngineOptions } from "../../tuning/defaults.js";
import { isStopword } from "../../lexicon/stopwords.js";
import { tokenize, type Token } from "../../search/tokens.js";
import type { QueryTerm } from "../../search/types.js";
import { disagreement } from "../compose.js";
import { conflicts } from "../contrast.js";
import { coverageAmong, lacksNamedPerson, type Evidence } from "../evidence.js";
import { evidenceFirst } from "../fallback.js";
import type { Pick } from "../select.js";
import type { Answer } from "../types.js";
import type { KindContext, QuestionKind } from "./types.js";

/** Words that end the second option: what follows places or dates the whole question. */
const OPTION_END = new Set(
  "in on at during for by from to with after before since back this that".split(" "),
);
/** Words that begin the first option, going back from "or"; "of" stays inside it. */
const OPTION_START = new Set(
  "in on at during for by from to with was were is are did does do had has".split(" "),
);
const DETERMINERS = new Set(["the", "a", "an"]);

export interface ChoiceOption {
  /** The option as the question words it. */
  text: string;
  /** Stems that tell this option from the other. */
  marks: Set<string>;
  /** Every content stem of the option. */
  stems: Set<string>;
}

function stemsOf(tokens: Token[]): Set<string> {
  return new Set(tokens.filter((t) => !isStopword(t.norm)).map((t) => t.stem));
}

/**
 * The two options of "…the A or the B?": each as the question words it and the stems found
 * on one side only. Where either side names something (capitalised words), only those tell
 * the options apart: "the Oslo office or the Bergen office" differ in Oslo and Bergen.
 */
export function choiceOptions(question: string): [ChoiceOption, ChoiceOption] | null {
  const tokens = tokenize(question);
  const or = tokens.map((t) => t.norm).lastIndexOf("or");
  if (or <= 0) return null;
  // "for Eurasia or for Russia…": the second option may open with the first one's preposition.
  let end = or + 1;
  if (OPTION_END.has(tokens[end]?.norm ?? "")) end++;
  while (end < tokens.length && !OPTION_END.has(tokens[end]!.norm)) end++;
  const right = tokens.slice(or + 1, end);
  if (right.length === 0) return null;
  let start = or;
  const longest = Math.max(3, right.length + 2);
  while (start > 0 && or - start < longest && !OPTION_START.has(tokens[start - 1]!.norm)) start--;
  let left = tokens.slice(start, or);
  const lastDeterminer = left.map((t) => t.norm).findLastIndex((n) => DETERMINERS.has(n));
  if (lastDeterminer > 0) left = left.slice(lastDeterminer);
  // Without a determiner to start it, the first option is shown as long as the second; the
  // words before it still count as its own.
  const shown = lastDeterminer < 0 ? left.slice(-right.length) : left;
  if (left.length === 0) return null;
  const named = (side: Token[]): Token[] => side.filter((t) => t.capitalized && t !== tokens[0]);
  const useNames = named(left).length > 0 && named(right).length > 0;
  const l = stemsOf(useNames ? named(left) : left);
  const r = stemsOf(useNames ? named(right) : right);
  const only = (a: Set<string>, b: Set<string>): Set<string> =>
    new Set([...a].filter((s) => !b.has(s)));
  const option = (side: Token[], marks: Set<string>, display = side): ChoiceOption => ({
    text: question.slice(display[0]!.start, display[display.length - 1]!.end),
    marks,
    stems: stemsOf(side),
  });
  const options: [ChoiceOption, ChoiceOption] = [
    option(left, only(l, r), shown),
    option(right, only(r, l)),
  ];
  return options.every((o) => o.marks.size > 0) ? options : null;
}

/**
 * The option a sentence speaks for: the one more of whose marks it holds, as a share of them
 * ("the North Atlantic Department" holds all of one option's marks and only the noun the
 * other option shares with it).
 */
function sidesWith(
  e: Evidence,
  options: [ChoiceOption, ChoiceOption],
  terms: readonly QueryTerm[],
): 0 | 1 | undefined {
  // A mark as written, or as another spelling or form of it ("Eurasia", "Eurasian").
  const holds = (mark: string): boolean =>
    e.entry.positions.has(mark) ||
    terms.some(
      (q) =>
        q.source === mark &&
        (q.via === "spelling" || q.via === "variant") &&
        e.entry.positions.has(q.stem),
    );
  const share = (o: ChoiceOption): number => [...o.marks].filter(holds).length / o.marks.size;
  const [a, b] = [share(options[0]), share(options[1])];
  if (a === b) return undefined;
  return a > b ? 0 : 1;
}

/** Coverage of the question leaving out the words only the other option has. */
function withoutOther(
  e: Evidence,
  options: [ChoiceOption, ChoiceOption],
  side: 0 | 1,
): { coverage: number; direct: number } {
  const own = options[side].stems;
  const other = options[side === 0 ? 1 : 0].stems;
  return coverageAmong(e, (m) => own.has(m.word.token.stem) || !other.has(m.word.token.stem));
}

const asPick = (e: Evidence): Pick => ({
  evidence: e,
  score: e.coverage,
  clause: e.coverage,
  coverage: e.coverage,
});

/**
 * Both options, each from its own article: the sources disagree, and the answer gives each
 * version with its outlet. Each sentence is judged without the other option's words, which
 * it cannot be expected to hold.
 */
function bothSaid(ctx: KindContext, options: [ChoiceOption, ChoiceOption]): Answer | null {
  const { minCoverage, minDirect } = defaultEngineOptions.choice;
  const best: Array<Evidence | undefined> = [undefined, undefined];
  const judged = ctx.evidence
    .map((e) => ({ e, side: sidesWith(e, options, ctx.terms) }))
    .filter((x): x is { e: Evidence; side: 0 | 1 } => x.side !== undefined)
    .map(({ e, side }) => ({ e, side, ...withoutOther(e, options, side) }))
    .filter(
      (x) =>
        x.coverage >= minCoverage &&
        x.direct >= minDirect &&
        !lacksNamedPerson(x.e) &&
        !conflicts(ctx.contrast, x.e, 0, x.e.entry.tokens.length - 1),
    )
    .sort((a, b) => b.coverage + b.direct - (a.coverage + a.direct) || a.e.rank - b.e.rank);
  // Each article speaks once, for the option its best sentence takes.
  const sides: [Evidence[], Evidence[]] = [[], []];
  const heard = new Set<string>();
  for (const { e, side } of judged) {
    if (heard.has(e.entry.article.id)) continue;
    heard.add(e.entry.article.id);
    sides[side].push(e);
    best[side] ??= e;
  }
  const [a, b] = best;
  if (!a || !b) return null;
  return disagreement(
    ctx.analysis.text,
    {
      head: new Set(["choice"]),
      unspecific: [],
      versions: [a, b].map((e, i) => ({
        filler: options[i]!.text,
        phrase: options[i]!.text,
        phrasePick: asPick(e),
        picks: sides[i]!.map(asPick),
      })),
    },
    "",
  );
}

/**
 * "Was it open or closed-door?", "the first or a follow-up?": a choice, not a yes/no question,
 * its second option closing the question in a few words. "Political or security issues on
 * the agenda" joins two words of one phrase; "or not" and "or so" offer no second option.
 */
export function offersChoice(question: string): boolean {
  const m = /\bor\s+((?:\S+\s*){1,3})$/iu.exec(question.replace(/[\s?.!]+$/u, ""));
  if (m !== null && !/^(?:not|so)\b/iu.test(m[1]!)) return true;
  // "for Eurasia or for Russia and Central Europe": two parallel phrases, however long.
  const parallel = /\b(for|in|at|of|to|by|with|from|on)\s+\S+(?:\s+\S+){0,3}\s+or\s+(\w+)\s/iu.exec(
    question,
  );
  if (parallel && parallel[1]!.toLowerCase() === parallel[2]!.toLowerCase()) return true;
  // "the Oslo office or the Bergen office in May": a name after "or" is the second
  // option, however long the rest of the question runs.
  return /\bor\s+(?:the\s+)?\p{Lu}/u.test(question);
}

/** A question opening with a question word asks for a thing, not between two. */
const WH_START = /^\W*(?:who|whom|whose|what|when|where|why|which|how)\b/iu;

/** The sentence of the question that offers the choice: the one ending in a question mark. */
function choiceSentence(text: string): string {
  const asked = text.split(/(?<=\?)\s+/u).find((part) => /\?\s*$/u.test(part));
  return asked ?? text;
}

/**
 * A choice is answered by the sentence that settles it, quoted, never by a bare yes or no;
 * when articles settle it each their own way, by both versions with their sources.
 */
export const choice: QuestionKind = {
  name: "choice",
  // "Was it A or B?", and "his old department - A or B?", which asks the same without a verb;
  // the choice may be one sentence of several ("… A or B? Sources seem to differ.").
  detect: (analysis) =>
    (analysis.type === "yesno" || !WH_START.test(analysis.text)) &&
    offersChoice(choiceSentence(analysis.text)),
  compose: (ctx) => {
    const options = choiceOptions(choiceSentence(ctx.analysis.text));
    return (options && bothSaid(ctx, options)) ?? evidenceFirst(choice, ctx);
  },
  holdsAnswer: () => true,
};
