import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateInterval } from "../../src/dates/calendar.js";
import type { EventMention } from "../../src/timeline/extract.js";
import { groupEvents, type EventGroup } from "../../src/timeline/merge.js";
import { placesIn } from "../../src/timeline/places.js";
import { sentenceParts } from "../../src/timeline/sentence-parts.js";
import type { DatePrecision } from "../../src/timeline/types.js";
import { contentStems } from "../../src/timeline/words.js";

/**
 * The grouping as first written: every report compared with every group. groupEvents only
 * compares a report with the groups whose dates it could contain; it must group exactly alike.
 */
function groupEventsPairwise(mentions: EventMention[]): EventGroup[] {
  const rank = { day: 0, month: 1, year: 2 } as const;
  const interval = (m: EventMention) => ({
    first: dateInterval(m.date)?.first ?? m.date,
    last: dateInterval(m.dateEnd ?? m.date)?.last ?? m.date,
  });
  const sameDate = (a: EventMention, b: EventMention) =>
    a.date === b.date && a.dateEnd === b.dateEnd && a.precision === b.precision;
  const coarser = (a: EventMention, b: EventMention) => {
    const ia = interval(a);
    const ib = interval(b);
    const wider =
      ia.first <= ib.first && ib.last <= ia.last && (ia.first !== ib.first || ia.last !== ib.last);
    return wider && rank[a.precision] >= rank[b.precision];
  };
  const shared = <T>(a: Set<T>, b: Set<T>) => [...a].filter((x) => b.has(x)).length;
  const profile = (m: EventMention) => {
    const part = sentenceParts(m.sentence.text)[m.partIndex];
    const text = part ? m.sentence.text.slice(part.from, part.to) : m.sentence.text;
    return { stems: contentStems(text), places: placesIn(text) };
  };
  const profiles = new Map(mentions.map((m) => [m, profile(m)] as const));
  const likeness = (m: EventMention, group: EventGroup): number | null => {
    const p = profiles.get(m)!;
    if (m.kind !== group.lead.kind) return null;
    const same = (x: EventMention) =>
      x.articleId === m.articleId &&
      x.sentenceIndex === m.sentenceIndex &&
      x.partIndex === m.partIndex;
    if (group.members.some(same)) return null;
    const exact = sameDate(m, group.lead);
    if (!exact && !coarser(m, group.lead)) return null;
    let words = 0;
    let places = 0;
    const groupPlaces = new Set<string>();
    for (const member of group.members) {
      const q = profiles.get(member)!;
      words = Math.max(words, shared(p.stems, q.stems));
      places = Math.max(places, shared(p.places, q.places));
      for (const place of q.places) groupPlaces.add(place);
    }
    const conflict =
      p.places.size > 0 && groupPlaces.size > 0 && shared(p.places, groupPlaces) === 0;
    if (m.kind === "meeting") {
      if (conflict) return null;
      if (!exact && places === 0 && words < 2) return null;
      return (exact ? 100 : 0) + places * 10 + words;
    }
    if (words < 2) return null;
    return (exact ? 100 : 0) + words;
  };
  const sorted = [...mentions].sort(
    (a, b) =>
      rank[a.precision] - rank[b.precision] ||
      Number(a.dateEnd !== undefined) - Number(b.dateEnd !== undefined) ||
      interval(a).first.localeCompare(interval(b).first) ||
      a.articleId.localeCompare(b.articleId) ||
      a.sentenceIndex - b.sentenceIndex,
  );
  const groups: EventGroup[] = [];
  for (const m of sorted) {
    let best: { group: EventGroup; score: number } | null = null;
    for (const group of groups) {
      const score = likeness(m, group);
      if (score !== null && (!best || score > best.score)) best = { group, score };
    }
    if (best) best.group.members.push(m);
    else groups.push({ members: [m], lead: m });
  }
  return groups;
}

const DATES: Array<{ date: string; dateEnd?: string; precision: DatePrecision }> = [
  { date: "2025-02-27", precision: "day" },
  { date: "2025-02-28", precision: "day" },
  { date: "2025-03-01", precision: "day" },
  { date: "2024-12-31", precision: "day" },
  { date: "2025-02-24", dateEnd: "2025-03-02", precision: "day" },
  { date: "2025-02", precision: "month" },
  { date: "2025-03", precision: "month" },
  { date: "2025-01", dateEnd: "2025-03", precision: "month" },
  { date: "2025", precision: "year" },
  { date: "2024", precision: "year" },
  { date: "2016", dateEnd: "2025", precision: "year" },
];

const CLAUSES = [
  "Diplomats met in Istanbul",
  "Delegations held talks in Riyadh",
  "The round in Istanbul addressed direct flights",
  "The spokeswoman said embassy staffing was discussed",
  "Officials announced new embassy staffing rules",
  "Property of the embassy was seized",
  "The talks on direct flights resumed",
  "Sanctions on banking were eased",
];

const mention = fc.record({
  article: fc.integer({ min: 0, max: 5 }),
  sentenceIndex: fc.integer({ min: 0, max: 3 }),
  parts: fc.array(fc.constantFrom(...CLAUSES), { minLength: 1, maxLength: 2 }),
  partIndex: fc.integer({ min: 0, max: 1 }),
  when: fc.constantFrom(...DATES),
  kind: fc.constantFrom("meeting" as const, "statement" as const, "other" as const),
});

interface Spec {
  article: number;
  sentenceIndex: number;
  parts: string[];
  partIndex: number;
  when: (typeof DATES)[number];
  kind: EventMention["kind"];
}

function build(spec: Spec[]): EventMention[] {
  return spec.map((s) => {
    const text = s.parts.map((p) => `${p}.`).join(" ");
    const m: EventMention = {
      articleId: `a${s.article}`,
      sentenceIndex: s.sentenceIndex,
      partIndex: Math.min(s.partIndex, s.parts.length - 1),
      sentence: { id: "s", start: 0, end: text.length, text },
      mention: {
        start: 0,
        end: 1,
        text: "x",
        date: s.when.date,
        precision: s.when.precision,
        tense: "past",
      },
      date: s.when.date,
      precision: s.when.precision,
      status: "happened",
      kind: s.kind,
      summary: text,
    };
    if (s.when.dateEnd !== undefined) m.dateEnd = s.when.dateEnd;
    return m;
  });
}

const shape = (groups: EventGroup[], all: EventMention[]) =>
  groups.map((g) => ({ lead: all.indexOf(g.lead), members: g.members.map((m) => all.indexOf(m)) }));

describe("grouping event mentions", () => {
  it("groups exactly as comparing every report with every group would", () => {
    fc.assert(
      fc.property(fc.array(mention, { minLength: 1, maxLength: 40 }), (spec) => {
        const all = build(spec);
        expect(shape(groupEvents(all), all)).toEqual(shape(groupEventsPairwise(all), all));
      }),
      { numRuns: 300 },
    );
  });

  it("a month report joins the day group inside it, not one in the next month", () => {
    const all = build([
      {
        article: 0,
        sentenceIndex: 0,
        parts: [CLAUSES[0]!],
        partIndex: 0,
        when: DATES[0]!,
        kind: "meeting",
      },
      {
        article: 1,
        sentenceIndex: 0,
        parts: [CLAUSES[0]!],
        partIndex: 0,
        when: DATES[2]!,
        kind: "meeting",
      },
      {
        article: 2,
        sentenceIndex: 0,
        parts: [CLAUSES[0]!],
        partIndex: 0,
        when: DATES[5]!,
        kind: "meeting",
      },
    ]);
    const groups = groupEvents(all);
    expect(groups.map((g) => g.members.map((m) => m.articleId))).toEqual([["a0", "a2"], ["a1"]]);
  });

  it("a report as alike to two groups joins the older one, wherever their dates start", () => {
    const met = { sentenceIndex: 0, parts: [CLAUSES[0]!], partIndex: 0, kind: "meeting" as const };
    const all = build([
      { ...met, article: 0, when: DATES[2]! }, // 1 March: the first group
      { ...met, article: 1, when: DATES[5]! }, // February: not inside 1 March, a second group
      { ...met, article: 2, when: DATES[8]! }, // 2025: contains both, as alike to each
    ]);
    const groups = groupEvents(all);
    expect(groups.map((g) => g.members.map((m) => m.articleId))).toEqual([["a0", "a2"], ["a1"]]);
  });
});
