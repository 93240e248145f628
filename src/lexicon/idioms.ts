/**
 * A reviewed list of everyday idioms people use when they ask about talks, each with the plain
 * wording news reports use for it: "how long did the sit-down go on for" is "how long did the
 * meeting last". These are phrases of several words whose meaning none of their words carries
 * alone (the "table" of "off the table" is no table), so neither word vectors nor a synonym of
 * one word can find it; WordNet's two-word expressions (src/lexicon/wordnet.ts) cover others.
 * Each pattern matches whole words, any case; the replacement keeps the question's tense where
 * the idiom shows it. The list describes English in general, not the wording of any article.
 */
export interface Idiom {
  pattern: RegExp;
  plain: string;
}

const I = (source: string, plain: string): Idiom => ({
  pattern: new RegExp(`\\b(?:${source})\\b`, "giu"),
  plain,
});

export const IDIOMS: readonly Idiom[] = [
  // Meeting.
  I("sit-downs|sitdowns|get-togethers", "meetings"),
  I("sit-down|sitdown|get-together", "meeting"),
  I("(?:sat|got) down together|(?:sat|got) together|sat down", "met"),
  I("(?:sit|get) down together|(?:sit|get) together|sit down", "meet"),
  I("(?:sitting|getting) down together|(?:sitting|getting) together|sitting down", "meeting"),
  // The mood of a meeting is how it is described: "how did she rate the mood of the talks".
  I("(?:rate|characteri[sz]e|sum up) the (?:mood|tone|atmosphere|vibe|feel) of", "describe"),
  I("(?:rated|characteri[sz]ed|summed up) the (?:mood|tone|atmosphere|vibe|feel) of", "described"),
  I("the (?:mood|tone|atmosphere|vibe|feel) of (?=the|this|that|these)", ""),
  // How long something lasted.
  I("(?:go|goes|run|runs|drag|drags) on(?: for)?", "last"),
  I("(?:went|ran|dragged) on(?: for)?", "lasted"),
  I("(?:going|running|dragging) on(?: for)?", "lasting"),
  I("(?:gone|dragged) on(?: for)?", "lasted"),
  // The talks themselves, and what is or is not discussed in them.
  I("(?:at|around) the (?:negotiating )?table", "in the talks"),
  I("in the room", "in the talks"),
  I("(?:bring|brings) (?:\\w+ )?(?:up )?to the table", "raise"),
  I("(?:brought|bringing) (?:\\w+ )?(?:up )?to the table", "raised"),
  I("on the table", "on the agenda"),
  I("off the table", "excluded from the talks"),
  // Grabbing property is seizing it.
  I("grab|grabs", "seize"),
  I("grabbed", "seized"),
  I("grabbing", "seizing"),
  // Taking part in something is participating in it.
  I("play host to", "host"),
  I("plays host to", "hosts"),
  I("played host to", "hosted"),
  I("playing host to", "hosting"),
  I("(?:take|takes) part", "participate"),
  I("took part|taken part", "participated"),
  I("taking part", "participating"),
  // Agreeing: "what did they sign up to", "what did they settle on".
  I("(?:sign|signs) up (?:to|for)|(?:settle|settles) on", "agree on"),
  I("signed up (?:to|for)|settled on", "agreed on"),
  I("signing up (?:to|for)|settling on", "agreeing on"),
  // Sending diplomats away, and leaving.
  I("(?:kick|boot|throw|turf) out", "expel"),
  I("(?:kicked|booted|threw|thrown|turfed) out", "expelled"),
  I("(?:kicking|booting|throwing|turfing) out", "expelling"),
  I("sent packing", "expelled"),
  I("(?:send|sends) packing", "expel"),
  I("sending packing", "expelling"),
  I("(?:head|go|fly) home|pack (?:his|her|their|its) bags", "return"),
  I("(?:headed|went|flew) home|packed (?:his|her|their|its) bags", "returned"),
  I("(?:heading|going|flying) home|packing (?:his|her|their|its) bags", "returning"),
  // Someone's ambassador: "Moscow's man in Washington", "the new man for Paris".
  I("(?<=(?:['’]s|\\bnew|\\btheir|\\bits) )(?:man|woman|guy) (?:in|for|to)", "ambassador to"),
  I("top envoy", "ambassador"),
  // A country's top diplomat in another is its ambassador there; at home, its foreign minister.
  I("top diplomat (?:in|to)", "ambassador to"),
  I("top diplomats", "foreign ministers"),
  I("top diplomat", "foreign minister"),
  // Who speaks for an office is its spokesperson: "the ministry's mouthpiece", "who talks to
  // the press on behalf of the ministry", "the public voice of the department".
  I(
    "(?:speaks|talks|does the talking)(?: to (?:the )?(?:press|reporters|media))? (?:for|on behalf of)",
    "is the spokesperson for",
  ),
  I(
    "(?:official |public )?mouthpiece|(?:official |public )?voice(?= (?:of|for)\\b)",
    "spokesperson",
  ),
  // A country's foreign ministry by other names; the United States calls its own the State
  // Department.
  I(
    "(?:america['’]s|the american|the us|the u\\.s\\.|washington['’]s) (?:foreign (?:ministry|office|affairs (?:department|ministry))|diplomatic service)",
    "the State Department",
  ),
  I("foreign (?:office|affairs (?:department|ministry))|diplomatic service", "foreign ministry"),
  // A government's head by its seat: "the Kremlin chief", "the White House boss".
  I("kremlin (?:chief|boss|leader|head)", "Russian President"),
  I("white house (?:chief|boss|leader|head)", "US President"),
  // Staying in touch is being in contact.
  I("(?<=(?:keep|keeps|kept|keeping|stay|stays|stayed|staying) )in touch", "in contact"),
  // Informal "prep" for preparing.
  I("prepped", "prepared"),
  I("prepping", "preparing"),
  // How many people work somewhere: its staffing.
  I("head ?counts?|headcounts?", "staffing levels"),
  // Sending diplomats away.
  I("(?:shown|showed|show|shows|showing) the door", "expelled"),
  // Presidents calling each other: phone calls.
  I("(?:rung|rang|ring|phoned|called) each other", "held phone calls"),
  // The capital by its district's initials.
  I("dc", "Washington"),
  // Reporting news first.
  I("(?:break|breaks|broke|broken|breaking) the (?:news|story)|let slip|leaked", "reported"),
  I("(?:put|puts|putting) out", "released"),
  I("sums? up", "describe"),
  I("summed up", "described"),
  I("summing up", "describing"),
  I("floated(?: the idea(?: of)?)?", "proposed"),
  I("float(?: the idea(?: of)?)?", "propose"),
  // Settling and undoing.
  I("get rid of|got rid of|getting rid of", "eliminate"),
  I(
    "(?:sort|sorted|sorting|iron|ironed|ironing|clear|cleared|clearing) out|(?:iron|ironed|ironing|clear|cleared|clearing) up",
    "resolve",
  ),
  I("(?:hand|hands|handed|handing|give|gives|gave|given|giving) back", "return"),
  I("(?:cut|broken|broke) off|put on hold|put on ice", "suspended"),
  // A post held before it fell empty.
  I(
    "before the (?:post|job|seat|position|role) (?:went|became|fell|sat|was left|stood|remained) (?:vacant|empty|unfilled)",
    "previously",
  ),
  // A "news agency" or "news site" is an agency or a site: reports never call one by "news".
  I("news (?=agency|agencies|outlet|outlets|site|sites|wire|service|organi[sz]ation)", ""),
  // "At the time of the talks": during them; the noun "time" is no word of the event.
  // "The first time they met": a clause of time, not a "time" the articles would name.
  I(
    "(?<!\\bfor )the (first|second|third|last|only) time(?= (?:they|he|she|it|we|you|the|both|each)\\b)",
    "when $1",
  ),
  I("at the time of", "during"),
  // Time: "these days" says now; "right before" says before.
  I("these days|nowadays", ""),
  I("right (?=before|after)", ""),
];
