/**
 * Words that carry no topic: function words, question words and the polite frame people wrap
 * a question in ("can you tell me…"). They are neither indexed nor required of an answer.
 * Negations are here too: they matter for yes/no polarity, which reads the raw sentence.
 */
const WORDS = `
a an the and or but nor so yet if then than that this these those there here
of in on at to for from by with without within into onto upon about above below over under
between among through during before after since until till via per as like near off out up down
is am are was were be been being do does did done doing have has had having
will would shall should can could may might must ought
i me my mine we our ours you your yours he him his she her hers it its they them their theirs
who whom whose what which when where why how whether whatever whoever
what's who's where's when's how's it's that's there's
not no never none nothing neither
anything something everything anyone someone everyone anybody somebody everybody
all any both each every some such other another same own only just also too very really quite
tell please kindly know let give show explain me us
thanks thank hi hello hey ok okay yes
does doesn't don't didn't isn't aren't wasn't weren't won't wouldn't can't couldn't hasn't haven't
go goes going gone back away again ever still already even much many more most less well
according reportedly whereas while although though however meanwhile currently apart thus hence
s t d ll ve re m
`;

export const STOPWORDS: ReadonlySet<string> = new Set(
  WORDS.split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/['’]/g, "")),
);

/**
 * "tell us", "show us": here "us" is the pronoun, not the country. Outside these frames a
 * lowercase "us" in a question is read as the United States.
 */
export const PRONOUN_US_BEFORE: ReadonlySet<string> = new Set([
  "tell",
  "give",
  "show",
  "let",
  "help",
]);

// The country "us" must survive the stopword filter even though the pronoun is listed above.
export function isStopword(norm: string): boolean {
  if (norm === "us") return false;
  return STOPWORDS.has(norm);
}
