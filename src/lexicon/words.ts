import { stemSet } from "./stemSet.js";
/**
 * The word lists the code needs, each written once. Lists of words that only one module reads
 * live with that module when nothing else could want them; any list two modules read lives
 * here. Lists are plain words: code that matches by index key stems them (stemSet.ts).
 */

export const MONTHS = [
  ...["january", "february", "march", "april", "may", "june", "july", "august"],
  ...["september", "october", "november", "december"],
] as const;

/** Sunday first, as Date.getUTCDay counts. */
export const WEEKDAYS = [
  ...["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"],
] as const;

/** Words that say a clause is denied. */
export const NEGATIONS: ReadonlySet<string> = new Set([
  ...["not", "no", "never", "none", "neither", "nor", "cannot", "cant"],
  ...["didnt", "doesnt", "dont", "isnt", "wasnt", "werent", "arent", "hasnt", "havent", "hadnt"],
  ...["wont", "wouldnt"],
]);

/** Forms of "be". */
export const COPULA: ReadonlySet<string> = new Set("is are was were be been being am".split(" "));

/** Auxiliaries other than "be". */
export const AUXILIARIES: ReadonlySet<string> = new Set(
  "has have had will shall would could might may".split(" "),
);

/** Words a question opens with. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(
  "who whom whose what when where why which how".split(" "),
);

/** Lowercase words ending in -ed that are not past forms. */
export const NOT_PAST_ED: ReadonlySet<string> = new Set([
  ...["need", "needed", "speed", "seed", "feed", "bed", "red", "shed", "indeed", "proceed"],
  ...["exceed", "succeed", "breed", "embed", "naked", "wicked", "sacred", "hundred", "kindred"],
  "unprecedented",
]);

/** Nouns of calendar time ("which day", "last week"). */
export const TIME_NOUNS: ReadonlySet<string> = new Set([
  ...["date", "day", "week", "month", "year", "time", "morning", "evening", "weekday"],
  ...["dates", "days", "weeks", "months", "years", "weekdays"],
  ...["period", "timeframe", "timespan", "span", "era"],
]);

/** Words that ask whether anything of a kind happened, not which ("say anything", "ever"). */
export const INDEFINITES: ReadonlySet<string> = new Set([
  ...["anything", "something", "anyone", "anybody", "someone", "somebody", "ever"],
]);

/** Pronouns that stand for a person named before. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(["he", "she", "his", "her", "him"]);

/** Prepositions that set something in a place. */
export const LOCATIVES: ReadonlySet<string> = new Set(["at", "in", "inside", "outside", "near"]);

/** Words that put what a sentence says in the future: a plan or an announcement. */
export const FUTURE_MARKERS =
  /\b(?:will|would|plans?|planned|planning|expected|scheduled|next|upcoming|coming|set to|due to)\b/i;

/** Words before a noun that single out one instance of it from another ("this round", "the next meeting"). */
export const INSTANCE_MARKERS: ReadonlySet<string> = new Set(
  "this that these those next latest last upcoming current new second third fourth other".split(
    " ",
  ),
);

/**
 * Verbs of saying and meaning: in "what did she say the sides would do", what is asked is the
 * object of the verb after them, not of these.
 */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  `say says said tell tells told mean means meant think thinks thought believe believes believed
  claim claims claimed complain complains complained report reports reported argue argues argued
  insist insists insisted warn warns warned describe describes described call calls called`.split(
    /\s+/,
  ),
);

/**
 * Verbs that only report that something was said, adding nothing to what was said: "did she
 * say X" is settled by "X, she noted" as by "she said X".
 */
export const NEUTRAL_SAYING = stemSet(
  "say says said tell tells told state states stated note notes noted mention mentions mentioned add adds added remark remarks remarked",
);

/** Generic verbs and nouns that say little about what is asked ("what did they do"). */
export const LIGHT_WORDS = stemSet(
  "do become happen take make get go come mean thing way kind lot put issue keep stay remain related",
);

/**
 * Plural nouns that, after "two" or "both", name the two parties to the talks ("between the
 * two countries", "both sides"): a sentence naming both parties, each by its own name, says
 * them (src/answer/evidence.ts).
 */
export const PAIR_NOUNS = stemSet(
  "countries nations sides capitals governments powers parties states",
);
export const PAIR_COUNTS = new Set(["two", "both"]);
/** Words a sentence uses for the two parties together ("bilateral missions", "both sides"). */
export const PAIR_WORDS = stemSet("bilateral mutual both");

/**
 * General nouns that name no kind of thing of their own ("what topics did they cover", "which
 * matters"): what they stand for is said in other words.
 */
export const GENERAL_NOUNS = stemSet(
  "topic subject matter issue thing point area question item aspect theme problem trouble difficulty worry headache concern complaint grievance",
);

/** Determiners that say there are some of a thing without saying which ("certain sanctions"). */
export const VAGUE_DETERMINERS: ReadonlySet<string> = new Set([
  ...["certain", "some", "several", "various", "unspecified", "unnamed", "other"],
]);

/** Adverbs that make a phrasal verb with the verb before them ("kick out", "hand back"). */
export const PARTICLES: ReadonlySet<string> = new Set([
  ...["out", "up", "down", "off", "back", "away", "over", "around", "round", "in", "on"],
  ...["through", "along", "aside", "apart"],
]);

/** Verbs of having an effect on something: "how did X affect Y" asks for the effect. */
/** "Was expected to…", "were due to…": a plan as it stood when reported. */
export const PLAN_WORDS: ReadonlySet<string> = new Set([
  "expected",
  "scheduled",
  "due",
  "set",
  "planned",
  "slated",
]);

/** Verbs that put a piece of reporting out ("published", "ran", "carried", "filed"). */
export const PUBLISHING_VERBS =
  /\b(?:publish\w*|ran|run|print(?:ed)?|post(?:ed)?|carr(?:y|ied)|put out|file[sd]?)\b/iu;

/** Words that place what a sentence says before something else ("previously", "until"). */
export const EARLIER_MARKERS =
  /\b(?:before|previously|formerly|former|earlier|prior|until|once|used to)\b/iu;

/** Words by which a sentence tells of an earlier holder of a post or a handover. */
export const HANDOVER_MARKERS =
  /\b(?:before|previous(?:ly)?|predecessor|former(?:ly)?|earlier|prior|until|since|succeeded|replaced|replacing|left|returned|stepped down)\b/iu;

/** Words that bring in what a conversation or meeting was about. */
export const TOPIC_MARKERS =
  /\b(?:about|on|over|regarding|concerning|discuss\w*|focus\w*|address\w*|agenda|topics?|issues?|covered|raised|including)\b/iu;

/** Words after which a question's words say about what or when, not what is asked for. */
export const CLAUSE_LINKS: ReadonlySet<string> = new Set(
  "about after before when while during regarding on of".split(" "),
);

/** Words that open a relative clause ("…, which were suspended…", "the man who…"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set([
  "that",
  "which",
  "who",
  "whom",
  "whose",
]);

/** "When do they expect to meet", "plan to": an intention, so a time still to come. */
export const INTENT_VERBS: ReadonlySet<string> = new Set([
  "expect",
  "plan",
  "intend",
  "hope",
  "aim",
]);

/** "What kind of…", "which type of…": the noun after "of" is what is asked about. */
export const SORT_NOUNS: ReadonlySet<string> = new Set([
  "kind",
  "kinds",
  "type",
  "types",
  "sort",
  "sorts",
]);

export const EFFECT_VERBS = stemSet("affect impact influence shape alter");

/** Verbs of aiming at something, which before "to" hand their meaning to the verb after. */
export const AIM_VERBS = stemSet(
  "try attempt seek want wish hope plan intend aim expect need manage begin start continue",
);

/**
 * Verbs of wanting, asking or planning: what follows them has not happened ("is seeking the
 * return of the trawlers" says nothing of whether they were returned).
 */
export const WANTING_VERBS = stemSet(
  "seek want wish hope plan intend aim demand request ask propose try attempt push urge",
);

/** Verbs that say what came of a meeting: something agreed, decided, reached or signed. */
export const OUTCOME_VERBS = stemSet(
  "agree decide resolve reach conclude sign settle result produce achieve approve accept",
);

/** Verbs of holding a post or an area of work: what a person's title says of them. */
export const POST_VERBS = stemSet(
  "cover oversee handle head run lead hold serve manage direct chair",
);

/** Nouns for a photo, in a question about one ("who took the picture"). */
export const PHOTO_NOUNS = stemSet(`photo photos photograph photographs picture pictures pic pics
  image images snapshot snapshots shot photographer photographers caption captions`);

/**
 * Words that, beside a photo noun, ask about the photo itself: who took or supplied it, what it
 * shows. "What image did the envoy use for…" has none of them: an image there is a figure of
 * speech.
 */
export const PHOTO_ASKING = stemSet(`take took taken shoot shot snap snapped credit credited
  photographer photographers caption captions show shows showed shown depict depicts depicted
  pictured supply supplied provide provided whose describe describes described say says said
  read reads`);

/**
 * Words placing a photo on its page or saying who stood behind the camera ("the photo at the
 * top of the article", "the main image", "who was behind the camera"): no caption says them.
 */
export const PHOTO_PLACEMENT = stemSet(`top bottom main lead header featured accompanying above
  below camera behind article articles piece story report page used use ran run illustrating
  illustrates`);

/** Words asking which agency supplied a photo rather than who took it. */
export const PHOTO_SUPPLIER = stemSet(`agency agencies outlet service wire organisation
  organization company supply supplied provide provided distribute distributed`);

/** Words asking what a photo shows rather than who took it. */
export const PHOTO_SUBJECT = stemSet(`show shows showed shown depict depicts depicted describe
  describes described say says said read reads`);

/**
 * A sentence that announces the ones after it ("X is not the only channel", "the agenda
 * includes the following:"): what it promises is said by what follows.
 */
export const ANNOUNCES_MORE =
  /(?::\s*$|\bnot the only\b|\bthe following\b|\bas follows\b|\bamong them\b)/iu;

/** "What time…", "at what hour…": a time of day is asked, not a date. */
export const ASKS_CLOCK_TIME = /\bwhat\s+time\b|\bwhat\s+hour\b/iu;

/** A time of day as news copy writes it: "10:30", "9 a.m.", "noon", "in the morning". */
export const CLOCK_TIME =
  /\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?!\w)|\b\d{1,2}:\d{2}\b|\b(?:noon|midday|midnight)\b|\bin the (?:morning|afternoon|evening)\b|\b(?:local|GMT|UTC)\s+time\b/iu;

/**
 * "What is the address of…", "the names of the six sites": a particular identifier is asked.
 * The noun, not the verb ("what did the round address").
 */
export const ASKS_ADDRESS =
  /\b(?:the|an|its|their|street|postal|exact|home|office)\s+address(?:es)?\b|\baddress(?:es)?\s+of\b/iu;
export const ASKS_NAMES =
  /\bnames\s+of\b|\bname\s+of\s+(?:each|every|all)\b|\bwhat\s+(?:are|were)\s+(?:they|these|those)\s+called\b/iu;

/** A street address: a number and a named street, either way round. */
export const STREET_ADDRESS =
  /\b\d{1,5}[A-Za-z]?,?\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|Square|Place|Way|Embankment|Prospekt|Ulitsa|Caddesi|Sokak|Strasse|Straße)(?!\w)|(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Street|Avenue|Road|Boulevard|Lane|Drive|Square|Embankment|Prospekt|Ulitsa|Caddesi|Sokak|Strasse|Straße),?\s+\d{1,5}\b/u;

/** Words before "to" that make it no purpose: "ambassador to", "in order to" (read apart). */
export const NOT_PURPOSE_BEFORE_TO =
  /^(?:order|able|unable|going|used|due|set|about|likely|ready|according|compared|close|next|up|back|how|what|where|whether)$/u;

/**
 * Verbs and adjectives whose "to" completes them ("agreed to revive", "plans to reopen", "is
 * expected to last", "struggling to operate"), as lemmas: the infinitive says what, not why.
 */
export const TAKES_INFINITIVE: ReadonlySet<string> = new Set(
  `try attempt seek want wish hope plan intend aim expect need manage begin start continue
  agree decide refuse promise offer threaten fail ask urge push propose prefer like love hate
  choose help allow enable invite tell order force expected scheduled supposed willing eager
  reluctant keen due set poised likely unlikely able unable ready prepared happy glad sure
  certain bound going used have has had ought move vote pledge vow claim appear seem tend
  struggle fight work strive serve remain`
    .split(/\s+/u)
    .filter(Boolean),
);

/** Words before a post that narrow it without naming anyone ("the new ambassador"). */
export const POST_NARROWING: ReadonlySet<string> = new Set([
  "new",
  "former",
  "top",
  "senior",
  "current",
  "chief",
  "deputy",
  "then",
]);

/** Words after a post that say where or of what it is ("ambassador to the US"). */
export const POST_BODY: ReadonlySet<string> = new Set(["of", "to", "for", "at", "in"]);

/**
 * Words saying that something stopped or was missing for a while: "how long had contact been
 * frozen" asks for the length of a gap, which the articles may give as "for the first time in
 * three years" as well as "cut off for three years".
 */
export const CESSATION_WORDS = stemSet(`cut frozen freeze froze suspend suspended halt halted
  pause paused sever severed stall stalled stop stopped broken break lapse lapsed interrupt
  interrupted dormant dead idle silent silence absent absence without gap hiatus lull freeze-up`);

/**
 * Nouns that say only that someone is a person ("who is the woman heading the team"): what the
 * question asks is who, and reports name people by their post, not these. Not "man" or "guy",
 * which stand for a post in "Moscow's man in Washington", nor "person", as in "point person".
 */
export const GENERIC_PERSON_NOUNS = stemSet(`woman women lady ladies gentleman gentlemen fellow
  individual`);

/**
 * Words by which a party says what it wants of the other: "Moscow is seeking…", "Russia's
 * proposal to…", "Washington urged…". Concerns raised are wants too (see kinds/sidesWant.ts).
 */
export const DEMAND_WORDS = stemSet(`seek seeks sought want wants wanted demand demands demanded
  request requests requested propose proposes proposed proposal push pushed urge urged insist
  insisted`);

/** Verbs that voice a concern: "raised concerns about…". */
export const VOICING_VERBS = stemSet("raise raised voice voiced express expressed flag flagged");

/**
 * The months (1–12) of each season, as the northern hemisphere counts them. Not "fall", far
 * more often the verb ("which day did it fall on").
 */
export const SEASON_MONTHS: Readonly<Record<string, readonly number[]>> = {
  spring: [3, 4, 5],
  summer: [6, 7, 8],
  autumn: [9, 10, 11],
  winter: [12, 1, 2],
};

/**
 * Adjectives before "picture" that make it the whole situation, no photo ("the wider picture").
 * Not "general": "the consul general picture" is a photo of him.
 */
export const WHOLE_PICTURE_WORDS = [
  ...["wider", "bigger", "big", "broader", "larger", "full", "fuller", "overall", "whole"],
] as const;

/** "The wider picture", "the big picture": asks for an overview, not about a photo. */
export const WHOLE_PICTURE = new RegExp(
  `\\b(?:${WHOLE_PICTURE_WORDS.join("|")})\\s+picture\\b`,
  "giu",
);
