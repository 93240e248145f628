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
 *
 * A report is only compared with the groups it could join: those of its kind whose date lies
 * within its own. Groups are kept sorted by the first day of their date, so finding them is a
 * binary search rather than a pass over every group, and the timeline grows linearly with the
 * corpus.
 */

export interface EventGroup {
  members: EventMention[];
  /** The finest date among the members: the group's date. */
  lead: EventMention;
}

const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;
const SHARED_WORDS_NEEDED = 2;

/** What a report is about and when, computed once per report. */
interface Profile {
  mention: EventMention;
  stems: Set<string>;
  places: Set<string>;
  first: string;
  last: string;
}

/** A group with what likeness needs of it, kept up to date as members join. */
interface Slot {
  group: EventGroup;
  lead: Profile;
  /** Creation order: among equally alike groups the oldest wins. */
  index: number;
  profiles: Profile[];
  /** Every place any member names. */
  places: Set<string>;
  /** The sentence parts (article, sentence, part) its members come from. */
  sentences: Set<string>;
}

function interval(m: EventMention): { first: string; last: string } {
  const first = dateInterval(m.date)?.first ?? m.date;
  const last = dateInterval(m.dateEnd ?? m.date)?.last ?? m.date;
  return { first, last };
}

function sameDate(a: EventMention, b: EventMention): boolean {
  return a.date === b.date && a.dateEnd === b.dateEnd && a.precision === b.precision;
}

/** Whether a's dates contain b's and say less: "February" contains "February 27". */
function coarserContaining(a: Profile, b: Profile): boolean {
  const wider =
    a.first <= b.first && b.last <= a.last && (a.first !== b.first || a.last !== b.last);
  return wider && PRECISION_RANK[a.mention.precision] >= PRECISION_RANK[b.mention.precision];
}

function shared<T>(a: Set<T>, b: Set<T>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** Two dated clauses of one sentence were told apart on purpose: they are two happenings. */
function sentenceKey(m: EventMention): string {
  return `${m.articleId}\u0000${m.sentenceIndex}\u0000${m.partIndex}`;
}

/** What a report is about, read from its own part of the sentence. */
function profile(m: EventMention): Profile {
  const part = sentenceParts(m.sentence.text)[m.partIndex];
  const text = part ? m.sentence.text.slice(part.from, part.to) : m.sentence.text;
  return { mention: m, stems: contentStems(text), places: placesIn(text), ...interval(m) };
}

/** How alike a report is to a group, or null when they cannot be one happening. */
function likeness(p: Profile, slot: Slot): number | null {
  const m = p.mention;
  const lead = slot.lead.mention;
  if (m.kind !== lead.kind) return null;
  if (slot.sentences.has(sentenceKey(m))) return null;
  const exact = sameDate(m, lead);
  if (!exact && !coarserContaining(p, slot.lead)) return null;
  let words = 0;
  let places = 0;
  for (const q of slot.profiles) {
    words = Math.max(words, shared(p.stems, q.stems));
    places = Math.max(places, shared(p.places, q.places));
  }
  const placesConflict =
    p.places.size > 0 && slot.places.size > 0 && shared(p.places, slot.places) === 0;
  if (m.kind === "meeting") {
    if (placesConflict) return null;
    // A coarser date must point at this meeting by place or by words, not just by month.
    if (!exact && places === 0 && words < SHARED_WORDS_NEEDED) return null;
    return (exact ? 100 : 0) + places * 10 + words;
  }
  if (words < SHARED_WORDS_NEEDED) return null;
  return (exact ? 100 : 0) + words;
}

function order(a: Profile, b: Profile): number {
  const x = a.mention;
  const y = b.mention;
  return (
    PRECISION_RANK[x.precision] - PRECISION_RANK[y.precision] ||
    Number(x.dateEnd !== undefined) - Number(y.dateEnd !== undefined) ||
    a.first.localeCompare(b.first) ||
    x.articleId.localeCompare(y.articleId) ||
    x.sentenceIndex - y.sentenceIndex
  );
}

/** Index of the first slot whose lead starts on or after day (slots sorted by lead start). */
function firstFrom(slots: Slot[], day: string): number {
  let lo = 0;
  let hi = slots.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (slots[mid]!.lead.first < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function groupEvents(mentions: EventMention[]): EventGroup[] {
  // Finest dates first, so that a coarse report finds the precise group it belongs to.
  const sorted = mentions.map(profile).sort(order);
  const groups: EventGroup[] = [];
  // Per kind, the groups sorted by the first day of their lead's date (then by age). A group a
  // report can join has its lead's dates inside the report's: it starts within them. A lead
  // whose range ends before it starts (never produced by the date parsers) is always compared.
  const byKind = new Map<EventMention["kind"], { sorted: Slot[]; reversed: Slot[] }>();
  for (const p of sorted) {
    const m = p.mention;
    const index = byKind.get(m.kind) ?? { sorted: [], reversed: [] };
    byKind.set(m.kind, index);
    const slots = index.sorted;
    let best = null as { slot: Slot; score: number } | null;
    const consider = (slot: Slot): void => {
      const score = likeness(p, slot);
      if (
        score !== null &&
        (!best || score > best.score || (score === best.score && slot.index < best.slot.index))
      ) {
        best = { slot, score };
      }
    };
    const until = p.last > p.first ? p.last : p.first;
    for (let i = firstFrom(slots, p.first); i < slots.length; i++) {
      const slot = slots[i]!;
      if (slot.lead.first > until) break;
      consider(slot);
    }
    for (const slot of index.reversed) consider(slot);
    if (best) {
      best.slot.group.members.push(m);
      best.slot.profiles.push(p);
      for (const place of p.places) best.slot.places.add(place);
      best.slot.sentences.add(sentenceKey(m));
      continue;
    }
    const group: EventGroup = { members: [m], lead: m };
    const slot: Slot = {
      group,
      lead: p,
      index: groups.length,
      profiles: [p],
      places: new Set(p.places),
      sentences: new Set([sentenceKey(m)]),
    };
    groups.push(group);
    if (p.first > p.last) {
      index.reversed.push(slot);
      continue;
    }
    // After every slot starting on the same day or earlier: equal starts stay in creation order.
    let at = firstFrom(slots, p.first);
    while (at < slots.length && slots[at]!.lead.first === p.first) at++;
    slots.splice(at, 0, slot);
  }
  return groups;
}
