import type { Article, ArticleMeta, Passage, Sentence } from "./types.js";

/**
 * Abbreviations after which the splitter may wrongly end a sentence ("the U.S. Embassy",
 * "Mr. Petrovsky"). A sentence ending in one of these is joined with the next.
 */
const NON_FINAL_ABBREVIATIONS = [
  /\b(?:[A-Z]\.){2,}$/, // U.S., U.K., U.N.
  /\b(?:Mr|Mrs|Ms|Messrs|Mmes|Dr|Prof|Hon|Rev|Gen|Col|Lt|Sgt|Capt|Sen|Rep|Gov|St|Jr|Sr|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/,
];

/**
 * Unicode sentence boundaries (UAX #29) from the ICU data built into Node: the standard rules,
 * native speed (a few microseconds a paragraph). They know no abbreviations, so the joins
 * below put "Mr." and "U.S." back together with what follows.
 */
const SEGMENTER = new Intl.Segmenter("en", { granularity: "sentence" });

/** Sentences of a paragraph-separated body, with offsets into it. */
export function splitSentences(body: string, idPrefix: string): Sentence[] {
  const ranges: Array<[number, number]> = [];
  for (const [pStart, pEnd] of paragraphRanges(body)) {
    const nodes = [...SEGMENTER.segment(body.slice(pStart, pEnd))];
    const pieces = repairBoundaries(
      body,
      nodes.flatMap((node) =>
        splitMissedBoundaries(body, pStart + node.index, pStart + node.index + node.segment.length),
      ),
    );
    let pending: [number, number] | null = null;
    for (const [start, end] of pieces) {
      pending = pending ? [pending[0], end] : [start, end];
      const text = body.slice(pending[0], pending[1]).trimEnd();
      const endsInAbbreviation = NON_FINAL_ABBREVIATIONS.some((re) => re.test(text));
      if (!endsInAbbreviation) {
        ranges.push(pending);
        pending = null;
      }
    }
    if (pending) ranges.push(pending);
  }
  return ranges
    .map(([start, end]) => trimRange(body, start, end))
    .filter(([start, end]) => end > start)
    .map(([start, end], i) => ({ id: `${idPrefix}#s${i}`, start, end, text: body.slice(start, end) }));
}

/**
 * Boundaries the splitter misses: after a number ("took place on February 27. It lasted")
 * and after a closing quote ("administration.” In particular"), both with a capitalised word
 * next; and before a sentence that opens with a figure ("of the Army. $1,500,000 goes"),
 * which the Unicode rules keep joined so that "e.g. 5 apples" stays whole.
 */
const MISSED_BOUNDARY =
  /(?<=\d[.!?]|[.!?]["”’)])\s+(?=["“‘(]?\p{Lu})|(?<=\p{Ll}{2}[.!?])\s+(?=[\p{Sc}\d])/gu;

function splitMissedBoundaries(body: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = start;
  for (const m of body.slice(start, end).matchAll(MISSED_BOUNDARY)) {
    out.push([from, start + m.index]);
    from = start + m.index + m[0].length;
  }
  out.push([from, end]);
  return out;
}

/**
 * Boundaries the splitter puts inside a quotation: a piece that opens with the closing quote
 * gives it back to the sentence it closes, and a piece that then continues in lower case
 * ("“Why?” she asked.") was never a new sentence.
 */
function repairBoundaries(body: string, pieces: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [start, end] of pieces) {
    const previous = out[out.length - 1];
    let s = start;
    while (s < end && /\s/.test(body[s] ?? "")) s++;
    if (previous && /["”’]/.test(body[s] ?? "") && !/\p{L}/u.test(body[s + 1] ?? "")) {
      previous[1] = s + 1;
      s++;
    }
    while (s < end && /\s/.test(body[s] ?? "")) s++;
    if (previous && /\p{Ll}/u.test(body[s] ?? "")) previous[1] = end;
    else if (s < end) out.push([s, end]);
  }
  return out;
}

/** Paragraphs are separated by blank lines; a passage never crosses one. */
function paragraphRanges(body: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /\n\s*\n/g;
  let start = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  out.push([start, body.length]);
  return out.filter(([s, e]) => body.slice(s, e).trim().length > 0);
}

function trimRange(body: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(body[s] ?? "")) s++;
  while (e > s && /\s/.test(body[e - 1] ?? "")) e--;
  return [s, e];
}

export const PASSAGE_MAX_SENTENCES = 3;
export const PASSAGE_MAX_CHARS = 600;

/**
 * Groups consecutive sentences of one paragraph into passages of a few sentences, so that a
 * citation is short enough to quote and still carries its context.
 */
export function groupPassages(body: string, sentences: Sentence[], articleId: string): Passage[] {
  const paragraphs = paragraphRanges(body);
  const paragraphOf = (s: Sentence): number =>
    paragraphs.findIndex(([ps, pe]) => s.start >= ps && s.start < pe);
  const passages: Passage[] = [];
  let group: Sentence[] = [];
  const flush = (): void => {
    const first = group[0];
    const last = group[group.length - 1];
    if (!first || !last) return;
    passages.push({
      id: `${articleId}#p${passages.length}`,
      articleId,
      start: first.start,
      end: last.end,
      text: body.slice(first.start, last.end),
      sentences: group,
    });
    group = [];
  };
  for (const sentence of sentences) {
    const first = group[0];
    const sameParagraph = first !== undefined && paragraphOf(first) === paragraphOf(sentence);
    const fits =
      group.length < PASSAGE_MAX_SENTENCES &&
      first !== undefined &&
      sentence.end - first.start <= PASSAGE_MAX_CHARS;
    if (group.length > 0 && !(sameParagraph && fits)) flush();
    group.push(sentence);
  }
  flush();
  return passages;
}

/** Builds the in-memory article (sentences and passages) from reviewed metadata and a clean body. */
export function buildArticle(meta: ArticleMeta, body: string): Article {
  const sentences = splitSentences(body, meta.id);
  return { ...meta, body, sentences, passages: groupPassages(body, sentences, meta.id) };
}
