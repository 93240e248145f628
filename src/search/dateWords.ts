import { MONTHS, WEEKDAYS } from "../dates/names.js";
import { findTimeExpressions } from "../dates/resolve.js";
import { stem } from "../nlp/stem.js";
import type { SentenceDates } from "./storedAnalysis.js";

/**
 * The calendar words a sentence's dates resolve to: "Thursday" in an article of 2025-04-10 is
 * also "april" and "2025". Matching on them lets a question name a month or a year the
 * sentence only implies. With them, where each date is written and what it resolves to, so an
 * answer quoting the sentence's dates need not find them again.
 */
export function dateWords(text: string, published: string): SentenceDates {
  const out: Array<{ stem: string; start: number }> = [];
  let mentions;
  try {
    mentions = findTimeExpressions(text, published);
  } catch {
    // A resolver failure costs this sentence its dates, never the build.
    return { words: out, spans: [], dates: [] };
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
    dates: mentions.map(({ date, dateEnd, precision }) =>
      dateEnd === undefined ? { date, precision } : { date, dateEnd, precision },
    ),
  };
}
