import type { VagueTimeMention } from "./types.js";

/**
 * Time expressions that name no date. "In the coming days" says a thing is planned, not when;
 * "in recent years" and "over the past decade" describe a stretch, not an event. They are
 * reported apart so that nothing downstream can show them as a date, and so that the durations
 * inside them ("the last year", "three years ago" with "about") are not read as dates.
 */

const NUMBER =
  "(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\\s+few|few|several|many|some)";
const UNIT = "(?:days?|weeks?|months?|years?|decades?)";

const FUTURE: RegExp[] = [
  new RegExp(
    `\\b(?:in|over|during)\\s+the\\s+(?:coming|next|following)\\s+(?:few\\s+)?${UNIT}`,
    "gi",
  ),
  new RegExp(`\\b(?:in|over)\\s+the\\s+${UNIT}\\s+ahead\\b`, "gi"),
  /\bin\s+the\s+near(?:\s+|-)(?:term|future)\b/gi,
  /\b(?:in\s+the\s+)?(?:near|short|medium|long)[\s-]term\b/gi,
  // "shortly after the invasion" dates nothing from the day of writing: not a plan.
  /\b(?:soon|shortly)\b(?!\s+(?:after|before|afterwards?|thereafter))|\b(?:in\s+due\s+course|at\s+a\s+later\s+date)\b/gi,
  // "will meet in two days": a count from an unstated "now" is too loose to date.
  new RegExp(`\\bin\\s+${NUMBER}\\s+${UNIT}\\b(?!\\s+ago)`, "gi"),
];

const PAST: RegExp[] = [
  new RegExp(
    `\\b(?:in|over|during|for)\\s+the\\s+(?:recent|past|last|previous)\\s+(?:few\\s+|several\\s+|${NUMBER}\\s+)?${UNIT}`,
    "gi",
  ),
  new RegExp(`\\bin\\s+recent\\s+${UNIT}`, "gi"),
  /\brecently\b/gi,
  new RegExp(
    `\\b(?:about|some|nearly|almost|roughly|around|over|more\\s+than|less\\s+than|up\\s+to)\\s+${NUMBER}\\s+${UNIT}\\s+ago\\b`,
    "gi",
  ),
  new RegExp(`\\b(?:a\\s+few|few|several|many|some)\\s+${UNIT}\\s+ago\\b`, "gi"),
  new RegExp(`\\b${UNIT}\\s+ago\\b`, "gi"),
  new RegExp(
    `\\b(?:for|after)\\s+(?:about\\s+|nearly\\s+|almost\\s+|more\\s+than\\s+|over\\s+)?${NUMBER}\\s+${UNIT}\\b`,
    "gi",
  ),
  new RegExp(`\\bin\\s+(?:more|less)\\s+than\\s+${NUMBER}\\s+${UNIT}\\b`, "gi"),
];

export function findVagueTimeExpressions(text: string): VagueTimeMention[] {
  const found: VagueTimeMention[] = [];
  const add = (patterns: RegExp[], direction: "past" | "future"): void => {
    for (const re of patterns) {
      for (const m of text.matchAll(re)) {
        found.push({ start: m.index, end: m.index + m[0].length, text: m[0], direction });
      }
    }
  };
  add(FUTURE, "future");
  add(PAST, "past");
  // Longest first, then keep those not inside another.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: VagueTimeMention[] = [];
  for (const v of found) {
    if (!kept.some((k) => v.start < k.end && k.start < v.end)) kept.push(v);
  }
  return kept.sort((a, b) => a.start - b.start);
}
