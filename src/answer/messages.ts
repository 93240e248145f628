/** Every fixed text the answer code produces, in one place so tests can assert them exactly. */
export const answerMessages = {
  notFound: "The articles don't answer this.",
  /** Declined, with the words of the question nothing in the articles read mentions. */
  notMentioned: (words: string[]) =>
    `The articles don't answer this: nothing in them mentions ${joinNames(words.map((w) => `"${w}"`))}.`,
  /** Declined, with words that only articles about something else use. */
  notMentionedHere: (words: string[]) =>
    `The articles don't answer this: none of those about it mentions ${joinNames(words.map((w) => `"${w}"`))}.`,
  noQuestion:
    'Ask a question about the 2025 Russia–US talks in Istanbul, for example "Who led the Russian delegation?"',
  yesNoUnclear: "The articles don't say this directly.",
  /** A photo question the articles' captions cannot answer. */
  noPhoto: "The articles' photo captions don't answer this.",
  /** Several photos and nothing in the question saying which. */
  whichPhoto: (count: number) =>
    `The articles carry ${count} photos; say which one (what it shows, or the article).`,
  /** Where a photo answer comes from: a caption, not the article's text. */
  fromCaption: "From a photo caption, not the article's text.",
  /** Where an answer about a piece itself comes from: its masthead, not its text. */
  fromMetadata: "From the article's masthead (outlet, date, headline), not its text.",
  fromMasthead: (line: string) => `Masthead: ${line}`,
  /** The page's own words a masthead field was read from, so the reader can check it. */
  readFromPage: (how: string, line: string) => `Read from ${how}: "${line}"`,
  publishedThatDay: (outlet: string) => `${outlet} published the article that day.`,
  /** The second of two questions in one, unanswered where the first was answered. */
  restUnanswered: (part: string) => `The articles don't answer the rest ("${part}").`,
  noSuchPiece: "No article here matches that description (outlet, date, subject).",
  notOnMasthead: (fact: string) => `The article's masthead here doesn't give its ${fact}.`,
  severalPieces: (count: number) => `${count} articles match:`,
  notInOutlet: (outlet: string) => `${outlet}'s articles here don't answer this.`,
  notInDated: (said: string) => `The ${said} here doesn't answer this.`,
  nothingBesides: (excluded: string) =>
    `The articles don't answer this: they give nothing besides ${excluded.trim()}.`,
  nearest: (quote: string, source: string) =>
    `Nearest passage (not an answer): "${quote}" — ${source}`,
  reportedBy: (names: string[]) => `Reported by ${joinNames(names)}.`,
  wordedBy: (names: string[]) => `The sources differ in their wording: ${joinNames(names)}.`,
  sourcesDiffer: (what: string) => `The sources differ${what ? ` on ${what}` : ""}:`,
  version: (phrase: string, names: string[]) => `"${phrase}" (${joinNames(names)})`,
  versionWithin: (phrase: string, names: string[], within: string) =>
    `"${phrase}" (${joinNames(names)}: "${within}")`,
  spelledAlike: (spelling: string, names: string[]) =>
    `Every article here that gives it spells it "${spelling}" (${joinNames(names)}).`,
  differNote: (names: string[]) => `Sources disagree: ${joinNames(names)} give different versions.`,
  overview: (articles: number) =>
    articles > 1 ? `An overview from ${articles} articles.` : "An overview from one article.",
  yes: "Yes.",
  yesByOneAccount: "Yes, by one account; the articles give it in different versions.",
  saysUnchanged: "One article says it stayed as before:",
  unchangedFrom: (event: string, noun: string) =>
    `One article says it is unchanged from the ${event} ${noun}:`,
  sourcesDisagree: "The sources differ",
  noItIs: (found: string) => `No. The articles give ${found}.`,
  /** A yes worked out from what the articles give ("Thursday" from a date). */
  yesItIs: (found: string) => `Yes. The articles give ${found}.`,
  // A sentence that opens with its own quotation mark is shown as it is, not wrapped again.
  quote: (sentence: string, source: string) =>
    /^["“]/.test(sentence) ? `${sentence} — ${source}` : `"${sentence}" — ${source}`,
} as const;

/** "A", "A and B", "A, B and C". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
