import { MONTHS, WEEKDAYS } from "../lexicon/words.js";
import { stemSet } from "../lexicon/stemSet.js";
import { stem } from "../nlp/stem.js";
import { isStopword } from "../lexicon/stopwords.js";
import type { Token } from "./tokens.js";

/**
 * Capitalised words that name a role, an institution, a place type, a nationality or a date:
 * never part of a person's name. Titles are peeled off the front of a run
 * ("Deputy Trade Secretary for Baltic Affairs Maria Lindqvist" → "Maria Lindqvist").
 */
const NOT_NAME_WORDS = `
president vice secretary deputy assistant undersecretary minister ministry foreign prime premier
spokeswoman spokesperson spokesman ambassador envoy consul consulate embassy general director
head chief chairman chair senator congressman governor mayor commander officer official
department administration office bureau agency council committee house senate congress parliament
kremlin government state states affairs initiative treaty court military army navy force forces
sea grain black white north south east west central northern southern eastern western atlantic
pacific eurasian european europe america american americans us usa russia russian russians
ukraine ukrainian china chinese turkiye turkey turkish nato un eu united soviet
mr mrs ms dr prof gen col lt sgt capt sen rep gov st jr sr saint
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
the a an of for and in at on to by with from
news media press times post star tass ria
hotel palace center centre airport square street avenue building residence university hospital
`;
const NOT_NAME = stemSet(NOT_NAME_WORDS);

const CALENDAR: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS]);

/** Lowercase words allowed inside a capitalised run: "Secretary of State for Russia". */
const CONNECTORS = new Set(["of", "for", "and", "the", "de", "von", "van", "al", "bin"]);

export interface Entity {
  /** As first written in the corpus. */
  text: string;
  /** Normalised words, space-joined: the entity's identity. */
  key: string;
  kind: "person" | "place" | "other";
  mentions: number;
}

/** Maximal runs of capitalised tokens, allowing connectors between them, within one text. */
export function capitalisedRuns(tokens: Token[], text: string): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = (): void => {
    while (run.length && !run[run.length - 1]?.capitalized) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    const prev = run[run.length - 1];
    const gap = prev ? text.slice(prev.end, token.start) : "";
    const joined = prev !== undefined && /^[\s]+$/.test(gap);
    const canContinue = token.capitalized || (CONNECTORS.has(token.norm) && run.length > 0);
    if (run.length && (!joined || !canContinue)) flush();
    // A capitalised function word ("The", "In") only opens a sentence; it starts no name.
    if (token.capitalized && !(run.length === 0 && isStopword(token.norm))) run.push(token);
    else if (canContinue && run.length) run.push(token);
  }
  flush();
  return runs;
}

/** A word that may belong to a name: capitalised, not a title, institution, date or acronym. */
export function isNameToken(token: Token): boolean {
  return (
    token.capitalized &&
    !NOT_NAME().has(token.stem) &&
    !NOT_NAME().has(stem(token.norm.replace(/s$/, ""))) &&
    !isStopword(token.norm) &&
    // Acronyms (TASS, RIA, NATO) name organisations, not people.
    !(token.text.length > 1 && token.text === token.text.toUpperCase()) &&
    !/\d/.test(token.text)
  );
}

/**
 * Stretches of two or three name tokens inside a capitalised run: the candidates for a person's
 * full name once titles, institutions and places are peeled away.
 */
export function nameSpans(run: Token[]): Token[][] {
  const spans: Token[][] = [];
  let span: Token[] = [];
  for (const token of run) {
    if (isNameToken(token)) span.push(token);
    else {
      if (span.length >= 2 && span.length <= 3) spans.push(span);
      span = [];
    }
  }
  if (span.length >= 2 && span.length <= 3) spans.push(span);
  return spans;
}

function firstWord(tokens: Token[]): Token | undefined {
  return tokens.find((t) => /\p{L}/u.test(t.text));
}

export function entityKey(tokens: Token[]): string {
  return tokens.map((t) => t.norm).join(" ");
}

/**
 * Every sighting of one key in one role: where the first one came in the order of sightings,
 * as first written, and how many there were.
 */
interface Sightings {
  at: number;
  text: string;
  count: number;
}

/** A key's sightings by role: which of them count is only known once the corpus is read. */
type SightingTable = Map<string, Sightings>;

/**
 * Named entities of the corpus: every capitalised run (minus a lone sentence-initial word) plus
 * the person names found inside runs. People are what "who" questions are answered with.
 * Sentences are added one at a time and reduced at once to a tally per key (a run's sightings,
 * apart when it is a lone sentence-opening word, and its person-name spans'), so a large
 * corpus holds neither its tokens nor a record per run; the corpus-wide judgements (which runs
 * are places, which words are capitalised mid-sentence somewhere) are made at the end.
 */
/** What a collector has gathered, as plain data: collectors on other threads send it back. */
export interface EntityState {
  /** Sightings so far: the next one's place in their order. */
  sightings: number;
  /** Runs other than a lone sentence-opening word. */
  runs: SightingTable;
  /** Lone capitalised words opening a sentence. */
  openers: SightingTable;
  /** Person-name candidates inside runs. */
  spans: SightingTable;
  places: string[];
  midSentence: string[];
  /** Per word as written: [times in lower case, times capitalised after a sentence's start]. */
  cases: Map<string, [number, number]>;
}

function sight(table: SightingTable, key: string, at: number, text: string, count = 1): void {
  const seen = table.get(key);
  if (seen) seen.count += count;
  else table.set(key, { at, text, count });
}

export class EntityCollector {
  private sightings = 0;
  private readonly runs: SightingTable = new Map();
  private readonly openers: SightingTable = new Map();
  private readonly spans: SightingTable = new Map();
  /** Runs written after "in", "to", "from", "at": places, so never mistaken for people. */
  private readonly places = new Set<string>();
  private readonly midSentence = new Set<string>();
  private readonly cases = new Map<string, [number, number]>();

  state(): EntityState {
    return {
      sightings: this.sightings,
      runs: this.runs,
      openers: this.openers,
      spans: this.spans,
      places: [...this.places],
      midSentence: [...this.midSentence],
      cases: this.cases,
    };
  }

  /** Takes in another collector's sentences, as if they had been added here, after these. */
  merge(other: EntityState): void {
    const offset = this.sightings;
    for (const [mine, theirs] of [
      [this.runs, other.runs],
      [this.openers, other.openers],
      [this.spans, other.spans],
    ] as const) {
      for (const [key, s] of theirs) sight(mine, key, s.at + offset, s.text, s.count);
    }
    this.sightings += other.sightings;
    for (const p of other.places) this.places.add(p);
    for (const m of other.midSentence) this.midSentence.add(m);
    for (const [word, [lower, upper]] of other.cases) this.countCase(word, lower, upper);
  }

  private countCase(word: string, lower: number, upper: number): void {
    const seen = this.cases.get(word);
    if (seen) {
      seen[0] += lower;
      seen[1] += upper;
    } else this.cases.set(word, [lower, upper]);
  }

  /**
   * Words the corpus writes in lower case more often than capitalised inside a sentence:
   * ordinary words ("new", "jobs", "lake"), whatever names they also open or end.
   */
  lowerCaseWords(): Set<string> {
    const out = new Set<string>();
    for (const [word, [lower, upper]] of this.cases) if (lower > upper) out.add(word);
    return out;
  }

  addSentence(text: string, tokens: Token[]): void {
    tokens.forEach((t, i) => {
      if (i > 0 && t.capitalized) this.midSentence.add(t.norm);
      if (!t.capitalized) this.countCase(t.norm, 1, 0);
      else if (i > 0) this.countCase(t.norm, 0, 1);
    });
    const opening = firstWord(tokens);
    for (const run of capitalisedRuns(tokens, text)) {
      const first = run[0];
      const last = run[run.length - 1];
      if (!first || !last) continue;
      let at = tokens.indexOf(first) - 1;
      if (tokens[at]?.norm === "the") at--;
      const before = tokens[at];
      const isDate = run.every((t) => CALENDAR.has(t.norm));
      // "According to …" names a source, not a place.
      const source = before?.norm === "to" && tokens[at - 1]?.norm === "according";
      if (
        before &&
        !isDate &&
        !source &&
        ["in", "to", "from", "at", "near"].includes(before.norm)
      ) {
        this.places.add(entityKey(run));
      }
      const spans: Array<{ key: string; text: string }> = [];
      for (const span of nameSpans(run)) {
        const a = span[0];
        const b = span[span.length - 1];
        if (a && b) spans.push({ key: entityKey(span), text: text.slice(a.start, b.end) });
      }
      const key = entityKey(run);
      const runText = text.slice(first.start, last.end);
      const opener = run.length === 1 && first === opening;
      sight(opener ? this.openers : this.runs, key, this.sightings++, runText);
      for (const span of spans) sight(this.spans, span.key, this.sightings++, span.text);
    }
  }

  finish(): Entity[] {
    // Each key in the order of its first sighting that counts, as first written there.
    const found: Array<{ at: number; entity: Entity }> = [];
    const byKey = new Map<string, { at: number; entity: Entity }>();
    const add = (key: string, kind: Entity["kind"], s: Sightings): void => {
      const existing = byKey.get(key);
      if (!existing) {
        const entry = { at: s.at, entity: { text: s.text, key, kind, mentions: s.count } };
        byKey.set(key, entry);
        found.push(entry);
        return;
      }
      existing.entity.mentions += s.count;
      if (s.at < existing.at) {
        existing.at = s.at;
        existing.entity.text = s.text;
      }
      if (kind !== "other") existing.entity.kind = kind;
    };
    for (const [key, s] of this.runs) add(key, this.places.has(key) ? "place" : "other", s);
    // A lone capitalised word opening a sentence ("Apart", "Currently") is not a name
    // unless the corpus also capitalises it mid-sentence (its key is that word).
    for (const [key, s] of this.openers) {
      if (this.midSentence.has(key)) add(key, this.places.has(key) ? "place" : "other", s);
    }
    for (const [key, s] of this.spans) if (!this.places.has(key)) add(key, "person", s);
    found.sort((a, b) => a.at - b.at);
    return found.map((f) => f.entity);
  }
}
