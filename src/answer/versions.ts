import { stemSet } from "../lexicon/stemSet.js";
import type { SlotGroup, Version } from "./slots.js";
import type { Pick } from "./select.js";
import { placesNest } from "./parties.js";

/** "Do the reports agree…", "the reports don't seem to match": the asker expects versions. */
export const ASKS_DIFFERENCE =
  /\b(?:(?:reports?|articles?|outlets?|sources?|accounts?|media|papers?|stories)\b.{0,30}\b(?:agree|match|differ|disagree|tally|line up|say the same)|(?:agree|match|differ|disagree)\w*\b.{0,20}\b(?:reports?|articles?|outlets?|sources?|accounts?)|differ(?:s|ent|ence|ences)? (?:versions?|accounts?)|discrepanc\w*|contradict\w*|conflicting (?:reports?|accounts?|versions?)|spell(?:s|ed|ing)?\b)/i;

/** Words that only ask whether the sources agree: they say nothing the articles would. */
export const DIFFERENCE_WORDS = stemSet(`report reports article articles outlet outlets source
  sources match agree differ disagree seem exact consistent spell spelling discrepancy`);

const kindOf = (key: string): string => key.slice(0, key.indexOf(":"));

/**
 * Different values the articles give for what the question asks (a date, a place, a count, a
 * length of time): the best pick of each article, when it is nearly as good as the best one
 * overall and says something else. A person is left out: articles name several people
 * for good reason (who met whom), and titles have their own grouping (slots.ts).
 */
export function differingVersions(
  picks: readonly Pick[],
  margin: number,
  /** A pick further behind that still says the very thing asked (see kinds/typed.ts). */
  alsoSays: (p: Pick) => boolean = () => false,
): SlotGroup | null {
  const best = picks[0];
  const bestCandidate = best?.candidate;
  if (!best || !bestCandidate || bestCandidate.slot) return null;
  const kind = kindOf(bestCandidate.key);
  if (kind === "person" || kind === "") return null;
  const versions: Version[] = [
    { filler: bestCandidate.key, phrase: bestCandidate.display, phrasePick: best, picks: [best] },
  ];
  const articles = new Set([best.evidence.entry.article.id]);
  for (const p of picks.slice(1)) {
    const c = p.candidate;
    if (!c || kindOf(c.key) !== kind) continue;
    if (p.score < best.score - margin && !alsoSays(p)) continue;
    const article = p.evidence.entry.article.id;
    const same = versions.find((v) => v.filler === c.key);
    if (same) {
      if (!articles.has(article)) same.picks.push(p);
      articles.add(article);
      continue;
    }
    if (articles.has(article)) continue;
    // "six hours" and "over six hours" are one version, told with more or less care.
    const lower = c.display.toLowerCase();
    // "In Riyadh" and "in Saudi Arabia" too: the city lies in the country.
    if (
      versions.some(
        (v) =>
          v.phrase.toLowerCase().includes(lower) ||
          lower.includes(v.phrase.toLowerCase()) ||
          placesNest(v.phrase, c.display),
      )
    ) {
      continue;
    }
    articles.add(article);
    versions.push({ filler: c.key, phrase: c.display, phrasePick: p, picks: [p] });
  }
  return versions.length > 1 ? { head: new Set([kind]), versions, unspecific: [] } : null;
}

/**
 * The fact a question about agreement between sources asks for: "Do the outlets agree on
 * Darchiev's previous department?" asks for his previous department, in every version;
 * "What is X's title? The reports don't seem to match." asks for the title. Null when the
 * question does not ask about agreement.
 */
export function factAsked(question: string): string | null {
  if (!ASKS_DIFFERENCE.test(question)) return null;
  const sentences = question.split(/(?<=[?.!])\s+/).filter((q) => q.trim().length > 0);
  // A remark beside the question ("The reports don't seem to match.") only asks for versions.
  const asking = sentences.filter((q) => /\?\s*$/.test(q) || !ASKS_DIFFERENCE.test(q));
  let rest = (asking.length > 0 ? asking : sentences).join(" ");
  rest = rest.replace(
    /^\s*(?:do|does|did|are|is)\s+(?:the\s+|all\s+the\s+)?(?:reports?|articles?|outlets?|sources?|media)\s+(?:all\s+)?(?:agree|differ|disagree|match)\s+(?:on|about|over|in)\s+/i,
    "What is ",
  );
  // "Exact title", "actual date": the fact is the title, the date.
  rest = rest.replace(/\b(?:exact|exactly|precise|precisely|actual|actually|really)\s+/gi, "");
  return rest.trim();
}
