import Fuse from "fuse.js";
import { topicText } from "./query.js";
import type { TimelineEvent } from "./types.js";
import { isCalendarWord } from "./words.js";

/**
 * Topics for the /timeline autocomplete: the people, places and organisations named in the
 * events' passages, plus the subjects of the talks that appear there (flights, property, …).
 */

/** Subjects of embassy talks worth offering even though they are common nouns. */
const SUBJECT_WORDS = new Set(
  (
    "flights property properties embassy embassies staffing staff diplomats expulsions " +
    "sanctions banking visas visa ambassador consulate financing funding restrictions " +
    "compounds election invasion grain"
  ).split(" "),
);

/** Titles split a run of capitals: "Foreign Minister Ivan Petrovsky" names Petrovsky. */
const TITLES = new Set(
  (
    "President Minister Secretary Spokeswoman Spokesperson Spokesman Ambassador Deputy Assistant " +
    "Director Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Chief Head"
  ).split(" "),
);

/** Capitalised words that start sentences or describe rather than name. */
const NOT_NAMES = new Set(
  (
    "The A An In On At Since Last Next This That These Those Specifically Whereas According Plans " +
    "Diplomatic Following Thanks Currently Apart Representatives Communication Work Russian " +
    "Russians American Americans U.S. US United States Former Both Several It Its Their He She " +
    "They We Delegations Officials Moscow's Russia's"
  ).split(" "),
);

/** Words that only name something together with others: "Foreign Ministry", not "Foreign". */
const NOT_ALONE = new Set(
  "Foreign Ministry Department State General Central Grain Consulate Embassy".split(" "),
);

/** Initialisms and titles keep their dot; any other word ending in one ends the sentence. */
const KEEPS_DOT = /^(?:(?:[A-Z]\.)+|Mr\.|Mrs\.|Ms\.|Dr\.|St\.)$/;

const CAPITAL_RUN = /[A-Z][\p{L}’'.-]*(?:[ \t]+[A-Z][\p{L}’'.-]*)*/gu;

function namesIn(text: string): string[] {
  const out: string[] = [];
  let piece: string[] = [];
  const flush = (): void => {
    while (piece.length > 0 && NOT_NAMES.has(piece[0]!)) piece.shift();
    const name = piece
      .join(" ")
      .replace(/['’]s$/, "")
      .replace(/[.,]$/, "");
    piece = [];
    if (!name || name.length <= 2 || NOT_NAMES.has(name) || NOT_ALONE.has(name)) return;
    if (name.split(" ").some(isCalendarWord)) return;
    // "Russia-US", "Russian-owned": compounds of descriptors are not names.
    if (name.split(/[-\s]/).some((part) => NOT_NAMES.has(part) || /^[a-z]/.test(part))) return;
    out.push(name);
  };
  for (const m of text.matchAll(CAPITAL_RUN)) {
    for (const word of m[0].split(/[ \t]+/)) {
      if (TITLES.has(word)) {
        flush();
        continue;
      }
      const endsSentence = word.endsWith(".") && !KEEPS_DOT.test(word);
      piece.push(endsSentence ? word.slice(0, -1) : word);
      if (endsSentence) flush();
    }
    flush();
  }
  return out;
}

function subjectsIn(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => SUBJECT_WORDS.has(w));
}

const fold = (t: string): string => t.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * Topics of the given events, most frequent first (counted once per event). Spellings that
 * differ only by case or accents ("Zürich", "Zurich") are one topic shown in its most common
 * form, and a surname is folded into the full name it appears in ("Lindqvist", "Maria Lindqvist").
 */
export function topicsOfEvents(events: TimelineEvent[]): string[] {
  const counts: TopicCounts = new Map();
  for (const event of events) countTopics(event, counts);
  return topicsFromCounts(counts);
}

/** topicsOfEvents, awaiting `pause()` after each event, for a server that keeps answering. */
export async function topicsOfEventsInSteps(
  events: TimelineEvent[],
  pause: () => Promise<void>,
): Promise<string[]> {
  const counts: TopicCounts = new Map();
  for (const event of events) {
    countTopics(event, counts);
    await pause();
  }
  return topicsFromCounts(counts);
}

/** Folded topic → the spellings it was seen in → how many events. */
type TopicCounts = Map<string, Map<string, number>>;

function countTopics(event: TimelineEvent, counts: TopicCounts): void {
  // What the topic filter reads, so that every topic offered finds its events.
  const text = topicText(event);
  for (const topic of new Set([...namesIn(text), ...subjectsIn(text)])) {
    const forms = counts.get(fold(topic)) ?? new Map<string, number>();
    forms.set(topic, (forms.get(topic) ?? 0) + 1);
    counts.set(fold(topic), forms);
  }
}

function topicsFromCounts(counts: TopicCounts): string[] {
  const total = (forms: Map<string, number>): number =>
    [...forms.values()].reduce((a, b) => a + b, 0);
  // A surname joins the first full name (in order of appearance) that ends with it.
  const fullNameEndingIn = new Map<string, string>();
  for (const key of counts.keys()) {
    const parts = key.split(" ");
    if (parts.length > 1 && !fullNameEndingIn.has(parts.at(-1)!)) {
      fullNameEndingIn.set(parts.at(-1)!, key);
    }
  }
  const merged = new Map<string, number>();
  for (const [key, forms] of counts) {
    const target = fullNameEndingIn.get(key) ?? key;
    merged.set(target, (merged.get(target) ?? 0) + total(forms));
  }
  const display = new Map<string, string>();
  for (const key of merged.keys()) {
    const forms = [...counts.get(key)!.entries()];
    display.set(key, forms.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]);
  }
  return [...merged.entries()]
    .sort((a, b) => b[1] - a[1] || display.get(a[0])!.localeCompare(display.get(b[0])!))
    .map(([key]) => display.get(key)!);
}

const MIN_FUZZY_CHARS = 4;

/** Discord allows at most 25 autocomplete choices. */
export const MAX_SUGGESTIONS = 25;

/**
 * Suggestions for a partly typed topic: topics with a word starting with it first, then fuzzy
 * matches ("Petrovskiy" finds "Petrovsky"). An empty entry offers the most frequent topics.
 */
export function suggestTopics(topics: string[], partial: string, limit: number): string[] {
  const n = Math.max(0, Math.min(MAX_SUGGESTIONS, Math.floor(Number.isFinite(limit) ? limit : 0)));
  const typed = partial.trim().toLowerCase();
  if (n === 0) return [];
  if (!typed) return topics.slice(0, n);
  const prefixed = topics.filter((t) =>
    fold(t)
      .split(/\s+/)
      .some((w) => w.startsWith(fold(typed))),
  );
  // Fuzzy matching on two or three letters suggests nearly anything; prefixes serve those.
  const fuzzy =
    typed.length >= MIN_FUZZY_CHARS || prefixed.length === 0
      ? new Fuse(topics, { threshold: 0.3, ignoreLocation: true, ignoreDiacritics: true })
          .search(typed)
          .map((r) => r.item)
      : [];
  return [...new Set([...prefixed, ...fuzzy])].slice(0, n);
}
