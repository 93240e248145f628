import { stem } from "../nlp/stem.js";
import { MONTHS, SEASON_MONTHS } from "./words.js";

/**
 * A reviewed list of everyday English and news-desk paraphrases, kept beside the word vectors
 * (src/search/related.ts) while the vectors alone do not reach the same results on the eval
 * sets: GloVe puts "headed" and "led", or "consultations" and "talks", below the similarity at
 * which unrelated words start to match. Everyday English and news-desk paraphrases: a reader asks "who headed the team", the article
 * says "the delegation was led by". Each group lists words that may stand for one another, with
 * how much a match through the group counts against an exact match (1). The groups describe
 * the language of diplomatic reporting in general, not the wording of any one article.
 */
const GROUPS: Array<{ weight: number; words: string[] }> = [
  // "In charge of" the delegation: the noun of the phrase stands for the verb.
  { weight: 0.8, words: ["lead", "head", "chair", "spearhead", "represent", "charge"] },
  // The one who leads: "the delegation's leader" is whoever led it.
  { weight: 0.8, words: ["leader", "lead", "head"] },
  // Not "representative": its stem is that of "represent", which the group above holds.
  { weight: 0.7, words: ["delegation", "team", "side", "delegate"] },
  {
    weight: 0.7,
    words: [
      ...["talks", "meeting", "meet", "consultation", "discussion", "round", "negotiation"],
      ...["session", "gathering"],
    ],
  },
  { weight: 0.9, words: ["ambassador", "envoy"] },
  // An envoy is a diplomat; not every diplomat an envoy.
  { weight: 0.5, words: ["envoy", "diplomat"] },
  { weight: 0.7, words: ["home", "residence"] },
  { weight: 0.8, words: ["war", "conflict", "fighting"] },
  { weight: 0.8, words: ["hint", "signal"] },
  { weight: 0.8, words: ["nonstop", "direct"] },
  { weight: 0.6, words: ["arrangement", "deal", "agreement", "pact", "accord"] },
  { weight: 0.7, words: ["period", "span", "stretch"] },
  { weight: 0.7, words: ["property", "compound", "estate", "building"] },
  { weight: 0.7, words: ["flight", "air", "airline", "travel"] },
  {
    weight: 0.7,
    words: ["restore", "resume", "resumption", "reinstate", "revive", "return", "back"],
  },
  // "Want back", "give back": the particle the question analysis keeps for a return.
  { weight: 0.8, words: ["back", "return"] },
  { weight: 0.7, words: ["us", "america", "american", "washington"] },
  { weight: 0.8, words: ["russia", "russian", "moscow"] },
  // The seat of a government stands for it: "the Kremlin wants…" is Moscow wanting it.
  { weight: 0.8, words: ["kremlin", "russia", "moscow"] },
  { weight: 1, words: ["turkiye", "turkey"] },
  { weight: 0.9, words: ["spokeswoman", "spokesperson", "spokesman"] },
  { weight: 0.7, words: ["mouthpiece", "spokeswoman", "spokesperson", "spokesman"] },
  // "Who speaks for the ministry": its spokesperson.
  { weight: 0.8, words: ["speak", "spokeswoman", "spokesperson", "spokesman"] },
  { weight: 0.8, words: ["suspend", "halt", "stop", "freeze"] },
  // What a meeting "covers" is what it discusses or addresses.
  { weight: 0.6, words: ["cover", "discuss", "address", "include", "focus"] },
  // Not "state": in diplomatic news it is far more often the noun (Secretary of State).
  {
    weight: 0.5,
    words: ["say", "tell", "describe", "call", "stress", "note", "comment", "remark", "insist"],
  },
  { weight: 0.8, words: ["seize", "confiscate"] },
  // Things getting worse.
  {
    weight: 0.7,
    words: ["worse", "worsen", "exacerbate", "escalate", "escalation", "deteriorate", "aggravate"],
  },
  { weight: 0.9, words: ["expel", "expulsion"] },
  { weight: 0.9, words: ["ukraine", "ukrainian"] },
  { weight: 0.6, words: ["agenda", "issue", "topic", "focus"] },
  { weight: 0.7, words: ["funding", "financing", "finance", "financial", "money"] },
  // Banking is money's business, not funding's: a pair, not one more of the group.
  { weight: 0.6, words: ["money", "banking"] },
  { weight: 0.7, words: ["demand", "seek", "want", "request"] },
  { weight: 0.7, words: ["appoint", "appointment", "tap", "nominate", "nomination", "name"] },
  { weight: 0.8, words: ["job", "position", "title", "role", "post"] },
  { weight: 0.7, words: ["previous", "former", "predecessor", "before"] },
  { weight: 0.7, words: ["venue", "place", "location", "host"] },
  { weight: 0.8, words: ["country", "nation"] },
  { weight: 0.6, words: ["restriction", "sanction", "barrier", "obstacle"] },
  { weight: 0.7, words: ["propose", "proposal", "suggest"] },
  { weight: 0.7, words: ["staff", "staffing", "personnel"] },
  // Someone's "people" are those working for them: staff, officials, an administration.
  // Pairs, not one group: staff are not diplomats, though both are someone's people.
  ...["staff", "personnel", "diplomat", "official", "administration"].map((word) => ({
    weight: 0.5,
    words: ["people", word],
  })),
  { weight: 0.8, words: ["newspaper", "paper", "daily"] },
  { weight: 0.6, words: ["outlet", "agency", "media"] },
  { weight: 0.7, words: ["attend", "attendance", "present", "participate"] },
  { weight: 0.8, words: ["video", "clip", "footage"] },
  // A meeting that "involves" officials has them taking part: a pair, as involving is more.
  { weight: 0.6, words: ["participate", "involve"] },
  { weight: 0.7, words: ["describe", "call", "characterize", "characterise"] },
  { weight: 0.6, words: ["begin", "start", "open"] },
  { weight: 0.6, words: ["last", "duration", "long", "length"] },
  { weight: 0.6, words: ["embassy", "mission"] },
  { weight: 0.6, words: ["agree", "agreement", "deal"] },
  // "Staying in touch", "keeping in touch": in contact.
  { weight: 0.7, words: ["touch", "contact"] },
  // What came of a meeting is what was agreed or decided there.
  { weight: 0.6, words: ["outcome", "result", "agree", "decide"] },
  { weight: 0.8, words: ["give", "provide", "offer"] },
  // What a side "expects to do" is what it plans or intends to.
  { weight: 0.7, words: ["expect", "plan", "intend"] },
  { weight: 0.7, words: ["important", "key", "crucial", "essential", "vital", "significant"] },
  // Complaining is voicing a concern: "what did they grumble about" asks for the concerns raised.
  {
    weight: 0.7,
    words: [
      ...["concern", "worry", "worried", "trouble", "complain", "complaint", "grumble", "gripe"],
      "unhappy",
    ],
  },
];

export interface Related {
  stem: string;
  weight: number;
  /** From this reviewed list, or found by word vectors. */
  by?: "list" | "vectors";
}

let reviewed: Map<string, Related[]> | undefined;

/** Stem → the stems it may stand for, with the weight of that substitution. */
export function reviewedRelated(): ReadonlyMap<string, Related[]> {
  reviewed ??= buildMap();
  return reviewed;
}

/** A season stands for its months; no month for its season ("the April round" is April's). */
const SEASON_WEIGHT = 0.7;

function buildMap(): Map<string, Related[]> {
  const map = new Map<string, Related[]>();
  for (const [season, months] of Object.entries(SEASON_MONTHS)) {
    map.set(
      stem(season),
      months
        .map((m) => MONTHS[m - 1]!)
        // Not "may": as a word it is far more often the verb.
        .filter((w) => w !== "may")
        .map((w) => ({ stem: stem(w), weight: SEASON_WEIGHT })),
    );
  }
  for (const group of GROUPS) {
    const stems = [...new Set(group.words.map((w) => stem(w)))];
    for (const a of stems) {
      const list = map.get(a) ?? [];
      for (const b of stems) {
        if (a === b) continue;
        const existing = list.find((r) => r.stem === b);
        if (existing) existing.weight = Math.max(existing.weight, group.weight);
        else list.push({ stem: b, weight: group.weight });
      }
      map.set(a, list);
    }
  }
  return map;
}
