import { NOT_PAST_ED } from "../lexicon/words.js";
import type { Tense } from "./types.js";

/**
 * Guesses whether a time expression sits in a report of the past or in a plan, from the tense
 * markers nearest to it. News prose is regular enough that the nearest marker is a good guide:
 * "…will remain unchanged from a previous round on February 27" is past because "previous" sits
 * next to the date while "will" belongs to another verb.
 */

const FUTURE_MARKERS = [
  /\bwill\b/gi,
  /\bwon['’]t\b/gi,
  /\bshall\b/gi,
  /\b(?:is|are|am|was|were)\s+(?:set|due|scheduled|expected|going|slated|planned|poised|to)\b/gi,
  /\bplans?\s+to\b/gi,
  /\bplanning\s+to\b/gi,
  /\bintends?\s+to\b/gi,
  /\b(?:upcoming|forthcoming|next|coming)\b/gi,
];

/** Irregular past forms frequent in reporting; regular ones are caught by the -ed rule. */
const IRREGULAR_PAST =
  "met|held|took|said|told|came|went|began|made|gave|left|sent|spoke|wrote|saw|found|led|" +
  "brought|bought|won|lost|became|fell|rose|ran|sat|stood|kept|thought|knew|put|set|cut|hit|" +
  "shut|quit|flew|drew|grew|threw|broke|chose|drove|forgot|froze|hid|paid|sold|struck|swore|" +
  "tore|woke|wore|did|had|was|were|been|ago|previous|previously|earlier|former|formerly|last|" +
  "since|already";

const PAST_MARKERS = [new RegExp(`\\b(?:${IRREGULAR_PAST})\\b`, "gi")];

/** Regular past forms: lowercase, not glued to a hyphen ("closed-door", "Russian-owned"). */
const ED_WORD = /(?<![-\w])([a-z]{2,}ed)\b(?!-)/g;

/** Words between clauses that loosen the tie between a marker and the date. */
const CLAUSE_BREAK =
  /;|\s[—–]\s|\bwhereas\b|\bwhile\b|\bbut\b|,\s+(?:which|where|who|adding|saying)\b/gi;

interface Marker {
  tense: "past" | "future";
  start: number;
  end: number;
  /** Governs only a time after it. */
  ahead?: boolean;
}

/**
 * A reported plan ("said the sides would meet again in September"): "would" dates the time
 * that follows it; a time before it belongs to the report ("said late Thursday that the talks
 * would resume").
 */
const FUTURE_AHEAD = /\bwould\b/gi;

function collect(text: string): Marker[] {
  const out: Marker[] = [];
  for (const re of FUTURE_MARKERS) {
    for (const m of text.matchAll(re)) {
      out.push({ tense: "future", start: m.index, end: m.index + m[0].length });
    }
  }
  for (const m of text.matchAll(FUTURE_AHEAD)) {
    out.push({ tense: "future", start: m.index, end: m.index + m[0].length, ahead: true });
  }
  for (const re of PAST_MARKERS) {
    for (const m of text.matchAll(re)) {
      out.push({ tense: "past", start: m.index, end: m.index + m[0].length });
    }
  }
  for (const m of text.matchAll(ED_WORD)) {
    const word = m[1] ?? "";
    if (NOT_PAST_ED.has(word)) continue;
    out.push({ tense: "past", start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A sentence end or a line break: a marker beyond one almost never governs the date. */
const SENTENCE_BREAK =
  /(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov))[.!?]["”’)]?\s+(?=["“(]?[A-Z])|\n/g;

/** Characters between a marker and the span, plus a penalty for every clause break crossed. */
function distance(text: string, marker: Marker, start: number, end: number): number {
  const [from, to] = marker.end <= start ? [marker.end, start] : [end, marker.start];
  if (to < from) return 0; // the marker overlaps the span ("last month")
  const between = text.slice(from, to);
  const clauses = between.match(CLAUSE_BREAK)?.length ?? 0;
  const sentences = between.match(SENTENCE_BREAK)?.length ?? 0;
  // A plain comma often sets off the attribution ("…will host the round in May, officials
  // said"): the reporting verb's tense is not the tense of the reported clause.
  const commas = between.match(/,/g)?.length ?? 0;
  return to - from + clauses * 60 + commas * 30 + sentences * 400;
}

/**
 * The tense of the words around text[start, end): the nearest marker wins; markers inside the
 * span itself ("last month", "next Thursday") count, since they say the direction outright.
 */
export function tenseAround(text: string, start: number, end: number): Tense {
  let best: { tense: Tense; d: number } = { tense: "unknown", d: Infinity };
  for (const marker of collect(text)) {
    if (marker.ahead && marker.start >= end) continue;
    const d = distance(text, marker, start, end);
    if (d < best.d) best = { tense: marker.tense, d };
  }
  return best.tense;
}
