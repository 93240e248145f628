import { MONTHS, WEEKDAYS } from "../dates/names.js";
import { findTimeExpressions } from "../dates/resolve.js";
import { stem } from "../nlp/stem.js";

/**
 * The calendar words a sentence's dates resolve to: "Thursday" in an article of 2025-04-10 is
 * also "april" and "2025". Matching on them lets a question name a month or a year the
 * sentence only implies.
 */
export function dateWords(
  text: string,
  published: string,
): { words: Array<{ stem: string; start: number }>; spans: Array<{ start: number; end: number }> } {
  const out: Array<{ stem: string; start: number }> = [];
  let mentions;
  try {
    mentions = findTimeExpressions(text, published);
  } catch {
    return { words: out, spans: [] };
  }
  for (const m of mentions) {
    for (const date of [m.date, m.dateEnd].filter((d): d is string => Boolean(d))) {
      const [y, mo, d] = date.split("-").map(Number);
      if (y) out.push({ stem: String(y), start: m.start });
      if (mo) out.push({ stem: stem(MONTHS[mo - 1] ?? ""), start: m.start });
      if (y && mo && d) {
        const weekday = WEEKDAYS[new Date(Date.UTC(y, mo - 1, d)).getUTCDay()] ?? "";
        out.push({ stem: stem(weekday), start: m.start });
      }
    }
  }
  return {
    words: out.filter((w) => w.stem),
    spans: mentions.map((m) => ({ start: m.start, end: m.end })),
  };
}
