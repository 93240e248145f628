import { dateInterval } from "../dates/calendar.js";
import type { EventMention } from "./extract.js";
import { placesIn } from "./places.js";
import { sentenceParts } from "./sentence-parts.js";
import { contentStems } from "./words.js";

/**
 * Groups the reports of one happening. Several articles report the 27 February round; each
 * report becomes a member of one group, and the group becomes one timeline entry.
 *
 * Two reports are the same happening when they are of the same kind (meeting, statement, other)
 * and either carry the same date at the same precision, or one is coarser and contains the other
 * ("the February round" joins the 27 February round). Meetings on one date are one meeting
 * unless they name different places; other kinds must also share what they are about (at least
 * two content words), since two things can happen on one day.
 */

export interface EventGroup {
  members: EventMention[];
  /** The finest date among the members: the group's date. */
  lead: EventMention;
}

const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;
const SHARED_WORDS_NEEDED = 2;

function interval(m: EventMention): { first: string; last: string } {
  const first = dateInterval(m.date)?.first ?? m.date;
  const last = dateInterval(m.dateEnd ?? m.date)?.last ?? m.date;
  return { first, last };
}

function sameDate(a: EventMention, b: EventMention): boolean {
  return a.date === b.date && a.dateEnd === b.dateEnd && a.precision === b.precision;
}

/** Whether a's dates contain b's and say less: "February" contains "February 27". */
function coarserContaining(a: EventMention, b: EventMention): boolean {
  const ia = interval(a);
  const ib = interval(b);
  const wider =
    ia.first <= ib.first && ib.last <= ia.last && (ia.first !== ib.first || ia.last !== ib.last);
  return wider && PRECISION_RANK[a.precision] >= PRECISION_RANK[b.precision];
}

function shared<T>(a: Set<T>, b: Set<T>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

interface Profile {
  stems: Set<string>;
  places: Set<string>;
}

/** What a report is about, read from its own part of the sentence. */
function profile(m: EventMention): Profile {
  const part = sentenceParts(m.sentence.text)[m.partIndex];
  const text = part ? m.sentence.text.slice(part.from, part.to) : m.sentence.text;
  return { stems: contentStems(text), places: placesIn(text) };
}

/** How alike a report is to a group, or null when they cannot be one happening. */
function likeness(
  m: EventMention,
  p: Profile,
  group: EventGroup,
  profiles: Map<EventMention, Profile>,
): number | null {
  if (m.kind !== group.lead.kind) return null;
  // Two dated clauses of one sentence were told apart on purpose: they are two happenings.
  const sameSentence = (x: EventMention): boolean =>
    x.articleId === m.articleId &&
    x.sentenceIndex === m.sentenceIndex &&
    x.partIndex === m.partIndex;
  if (group.members.some(sameSentence)) return null;
  const exact = sameDate(m, group.lead);
  if (!exact && !coarserContaining(m, group.lead)) return null;
  let words = 0;
  let places = 0;
  const groupPlaces = new Set<string>();
  for (const member of group.members) {
    const q = profiles.get(member)!;
    words = Math.max(words, shared(p.stems, q.stems));
    places = Math.max(places, shared(p.places, q.places));
    for (const place of q.places) groupPlaces.add(place);
  }
  const placesConflict =
    p.places.size > 0 && groupPlaces.size > 0 && shared(p.places, groupPlaces) === 0;
  if (m.kind === "meeting") {
    if (placesConflict) return null;
    // A coarser date must point at this meeting by place or by words, not just by month.
    if (!exact && places === 0 && words < SHARED_WORDS_NEEDED) return null;
    return (exact ? 100 : 0) + places * 10 + words;
  }
  if (words < SHARED_WORDS_NEEDED) return null;
  return (exact ? 100 : 0) + words;
}

function order(a: EventMention, b: EventMention): number {
  return (
    PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] ||
    Number(a.dateEnd !== undefined) - Number(b.dateEnd !== undefined) ||
    interval(a).first.localeCompare(interval(b).first) ||
    a.articleId.localeCompare(b.articleId) ||
    a.sentenceIndex - b.sentenceIndex
  );
}

export function groupEvents(mentions: EventMention[]): EventGroup[] {
  const profiles = new Map(mentions.map((m) => [m, profile(m)] as const));
  // Finest dates first, so that a coarse report finds the precise group it belongs to.
  const sorted = [...mentions].sort(order);
  const groups: EventGroup[] = [];
  for (const m of sorted) {
    const p = profiles.get(m)!;
    let best: { group: EventGroup; score: number } | null = null;
    for (const group of groups) {
      const score = likeness(m, p, group, profiles);
      if (score !== null && (!best || score > best.score)) best = { group, score };
    }
    if (best) best.group.members.push(m);
    else groups.push({ members: [m], lead: m });
  }
  return groups;
}
