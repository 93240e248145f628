import type { QuestionAnalysis } from "../analyse.js";
import { candidatesFor, namesFocusOnlyAsAsked } from "../candidates.js";
import { composeSentence } from "../compose.js";
import type { Evidence } from "../evidence.js";
import { composeTypedOrVersions } from "./typed.js";
import type { QuestionKind } from "./types.js";
import { datedToOtherMonth } from "./eventMonth.js";
import { monthsNamed } from "../qualifiers.js";
import { defaultEngineOptions } from "../../tuning/defaults.js";
import { isStopword } from "../../lexicon/stopwords.js";
import { partOfSpeech } from "../../nlp/stem.js";
import {
  ASKS_ADDRESS,
  ASKS_NAMES,
  EARLIER_MARKERS,
  STREET_ADDRESS,
  TOPIC_MARKERS,
} from "../../lexicon/words.js";

/**
 * The evidence says the verb the question asks about (or a word for it). A passive "what was
 * agreed about Syria" needs it in the passage: a sentence naming Syria in an article that
 * mentions a deal elsewhere does not say what was agreed about Syria. "What did Putin and
 * Trump discuss" needs it in the sentence: that they spoke says nothing of what about.
 */
function saysVerb(e: Evidence, analysis: QuestionAnalysis): boolean {
  const { passive, objectVerb } = analysis;
  const said = (stem: string, where: (m: Evidence["matches"][number]) => boolean): boolean =>
    e.matches.some((m) => m.word.token.stem === stem && where(m));
  return (
    (!passive || said(passive.stem, (m) => m.inPassage)) &&
    (!objectVerb || said(objectVerb.stem, (m) => m.at.length > 0 || m.viaPronoun))
  );
}

/** "What is the capital of Ruritania": the attribute asked and whose it is. */
const ATTRIBUTE_OF = /^\s*what(?:'s|\s+is|\s+was|\s+are|\s+were)\s+the\s+(\p{L}+)\s+of\s/iu;

/**
 * "What is the capital of Ruritania?" asks for a value of one thing's attribute: a sentence
 * answers only if it ties the two together ("the Ruritanian capital, Vell", "Vell, capital
 * of Ruritania"), not one that mentions capital and Ruritania apart.
 */
function tiesAttribute(e: Evidence, analysis: QuestionAnalysis): boolean {
  const asked = ATTRIBUTE_OF.exec(analysis.text);
  if (!asked) return true;
  const end = asked.index + asked[0].length;
  const attribute = e.matches.find((m) => m.word.token.start < end);
  const owner = e.matches.filter((m) => m.word.token.start >= end);
  if (!attribute || owner.length === 0) return true;
  const near = defaultEngineOptions.what.attributeWindow;
  return attribute.at.some((p) => owner.some((m) => m.at.some((q) => Math.abs(p - q) <= near)));
}

/** "Before becoming…", "before she joined…": a time set by what the person did next. */
const BEFORE_CLAUSE = /\bbefore\s+(?:\p{L}+ing|he|she|they|it|we|you)\b/iu;

/**
 * "What did X do before becoming Y?" asks about an earlier time: a sentence that only says X
 * is Y, with nothing placing anything before it, does not answer it.
 */
function placesEarlier(e: Evidence, analysis: QuestionAnalysis): boolean {
  return !BEFORE_CLAUSE.test(analysis.text) || EARLIER_MARKERS.test(e.entry.sentence.text);
}

/**
 * "What did they talk about", "what did they discuss", "what is the track about": the subject
 * of a conversation or a meeting.
 */
const ASKS_TOPIC =
  /\b(?:talk(?:ed)?|spoke|speak|chat(?:ted)?|conferred)\s+about\b|\bdiscuss(?:ed)?\b|\babout\W*$/iu;

/**
 * "What did X and Y talk about?" is answered by a sentence that says what about: one that only
 * says they spoke ("X held two calls with Y") or names the meeting ("the Geneva track is one of
 * several") gives no subject.
 */
function givesTopic(e: Evidence, analysis: QuestionAnalysis): boolean {
  return !ASKS_TOPIC.test(analysis.text) || TOPIC_MARKERS.test(e.entry.sentence.text);
}

/** "What do they want to do about X": X is what the answer is about. */
const ABOUT_TOPIC = /\b(?:do|doing|done)\s+about\s+(?:the\s+)?(\p{L}+)/iu;

/**
 * "What do the Russians want to do about planes…": a sentence that does not name what it is to
 * be done about (not even by a word of like meaning, nor in the sentence an opening pronoun
 * continues) says what they want about something else.
 */
function namesAboutWhat(e: Evidence, analysis: QuestionAnalysis): boolean {
  const m = ABOUT_TOPIC.exec(analysis.text);
  if (!m) return true;
  const at = m.index + m[0].length - m[1]!.length;
  const match = e.matches.find((w) => w.word.token.start === at);
  return (
    match === undefined ||
    partOfSpeech(match.word.token.norm) !== "NOUN" ||
    (match.strength > 0 && (match.at.length > 0 || match.viaPronoun))
  );
}

/**
 * "What is the address of…", "what are the names of the six sites": a sentence answers only
 * if it gives one (a street address; a name the question does not already say), not one that
 * only says the places exist.
 */
function givesIdentifier(e: Evidence, analysis: QuestionAnalysis): boolean {
  const text = e.entry.sentence.text;
  const address = ASKS_ADDRESS.test(analysis.text);
  const names = ASKS_NAMES.test(analysis.text);
  if (!address && !names) return true;
  if (address && STREET_ADDRESS.test(text)) return true;
  const asked = new Set(analysis.content.map((t) => t.stem));
  return (
    names &&
    e.entry.tokens.some(
      (t, i) => i > 0 && t.capitalized && !asked.has(t.stem) && !e.matchedAt.has(i),
    )
  );
}

/** "What is on the agenda for…", "what was in the package": what the named thing holds. */
const CONTENTS_OF =
  /^\s*what(?:['’]s|\s+is|\s+was|\s+are|\s+were|\s+will\s+be)\s+(?:on|in)\s+the\s+(\p{L}+)(?:\s+(\p{L}+))?/iu;

/**
 * "What's on the agenda for the second round?" asks what the agenda holds: a sentence that
 * names the round but not the agenda (the article says "agenda" elsewhere) does not say.
 */
function namesContainer(e: Evidence, analysis: QuestionAnalysis): boolean {
  const asked = CONTENTS_OF.exec(analysis.text);
  if (!asked) return true;
  // "The Geneva agenda": the noun is the second word when a noun follows the first.
  const second = asked[2]?.toLowerCase();
  const noun =
    second && !isStopword(second) && partOfSpeech(second) === "NOUN"
      ? second
      : asked[1]!.toLowerCase();
  const match = e.matches.find((m) => m.word.token.norm === noun);
  return match === undefined || match.at.length > 0 || match.viaPronoun;
}

/** "How did X describe Y": asks for the words X used of Y. */
const ASKS_DESCRIPTION =
  /^\W*how\s+(?:did|does|do|has|have|had|would)\b.*\b(?:describe|characteri[sz]e|portray|call|term|label)\b/iu;

/** A sentence giving words someone used: a verb of describing, or their words in quotes. */
const GIVES_DESCRIPTION =
  /\b(?:describ|characteri[sz]|portray|call|term|label|dub)\w*|["“”«»]|(?:^|\s)['‘]/iu;

/**
 * "How did X describe the talks?" is not answered by a sentence that only reports them: it
 * gives X's words, quoted or said to describe.
 */
function givesDescription(e: Evidence, analysis: QuestionAnalysis): boolean {
  return !ASKS_DESCRIPTION.test(analysis.text) || GIVES_DESCRIPTION.test(e.entry.sentence.text);
}

/** The checks a sentence answering a what-question by itself must pass. */
function saysWhatIsAsked(e: Evidence, analysis: QuestionAnalysis): boolean {
  return (
    saysVerb(e, analysis) &&
    givesDescription(e, analysis) &&
    tiesAttribute(e, analysis) &&
    namesContainer(e, analysis) &&
    placesEarlier(e, analysis) &&
    givesTopic(e, analysis) &&
    namesAboutWhat(e, analysis) &&
    givesIdentifier(e, analysis)
  );
}

/** "What did X say…", "what is the title of…": a phrase of the asked noun, or the sentence. */
export const what: QuestionKind = {
  name: "what",
  detect: () => true,
  compose: (ctx) =>
    ctx.analysis.focus.length > 0
      ? composeTypedOrVersions(
          {
            ...ctx,
            picks: ctx.picks.filter(
              (p) =>
                givesIdentifier(p.evidence, ctx.analysis) &&
                namesAboutWhat(p.evidence, ctx.analysis),
            ),
          },
          {
            slotName: `the ${ctx.analysis.focus.map((t) => t.text.toLowerCase()).join(" ")}`,
          },
        )
      : composeSentence(
          ctx.analysis.text,
          ctx.picks.filter((p) => saysWhatIsAsked(p.evidence, ctx.analysis)),
        ),
  // "Which airline…" in articles that never say "airline" asks for a name: a sentence
  // without one that fits says nothing of which. "What real estate" asks for what the
  // articles call it ("properties"), no name.
  holdsAnswer: (e, { analysis, candidates }) =>
    (!candidates.focusUnknown ||
      candidates.focusCompound ||
      candidatesFor(candidates, e).length > 0) &&
    !namesFocusOnlyAsAsked(candidates, e) &&
    saysWhatIsAsked(e, analysis) &&
    // "What was agreed at the June meeting" is not answered by what was agreed in February.
    !datedToOtherMonth(candidates.index, monthsNamed(analysis.content), e),
};
