import { lookupTable } from "../lexicon/lookupTable.js";
/**
 * Display names of news outlets, keyed by the forms they appear in: a dateline tag ("/TASS/"),
 * a credit ("(RT.com)") or a URL host. An outlet not listed keeps the name the page gives
 * (a host like "example-news.com" is shown as it is).
 */
const OUTLETS = lookupTable<string>({
  tass: "TASS",
  "tass.com": "TASS",
  "tass.ru": "TASS",
  rt: "RT",
  "rt.com": "RT",
  "themoscowtimes.com": "The Moscow Times",
  "moscow times": "The Moscow Times",
  "the moscow times": "The Moscow Times",
  reuters: "Reuters",
  "reuters.com": "Reuters",
  ap: "AP",
  "apnews.com": "AP",
  afp: "AFP",
  "afp.com": "AFP",
  "bbc.com": "BBC",
  "bbc.co.uk": "BBC",
  "cnn.com": "CNN",
  "nytimes.com": "The New York Times",
  "washingtonpost.com": "The Washington Post",
  "theguardian.com": "The Guardian",
  interfax: "Interfax",
  "interfax.com": "Interfax",
  "ria novosti": "RIA Novosti",
  "ria.ru": "RIA Novosti",
  "kommersant.ru": "Kommersant",
  "aljazeera.com": "Al Jazeera",
  "meduza.io": "Meduza",
  "dw.com": "DW",
  "euronews.com": "Euronews",
  "bloomberg.com": "Bloomberg",
  "politico.com": "Politico",
  "politico.eu": "Politico Europe",
  "aa.com.tr": "Anadolu Agency",
  "dailysabah.com": "Daily Sabah",
  "hurriyetdailynews.com": "Hürriyet Daily News",
  "tvbrics.com": "TV BRICS",
  "sputnikglobe.com": "Sputnik",
  "kyivindependent.com": "The Kyiv Independent",
  "state.gov": "U.S. Department of State",
  "mid.ru": "Russian Foreign Ministry",
});

export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, "").toLowerCase();
  } catch {
    return null;
  }
}

/** The outlet's display name for a dateline tag, credit or host; unknown names pass through. */
export function outletName(raw: string): string {
  const key = raw.trim().replace(/^www\./i, "").toLowerCase();
  const known = OUTLETS[key];
  if (known) return known;
  // A subdomain of a known host ("en.kommersant.ru") belongs to the same outlet.
  const parent = Object.keys(OUTLETS).find((k) => k.includes(".") && key.endsWith(`.${k}`));
  return parent ? (OUTLETS[parent] ?? raw.trim()) : raw.trim();
}
