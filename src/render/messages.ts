/** Every sentence the bot says on its own behalf, in one place; tests assert them exactly. */
export const Messages = {
  somethingWentWrong:
    "Something went wrong while answering. It has been logged; please try again in a moment.",
  cooldown: (seconds: number) =>
    `You're asking quickly. Please wait ${seconds} second${seconds === 1 ? "" : "s"} before the next /ask.`,
  questionTooShort: "Please ask a question of at least 3 characters.",
  badDate: (option: string) =>
    `\`${option}\` must be a date written as YYYY-MM-DD, for example 2025-02-27.`,
  fromAfterTo: "`from` must not be after `to`.",
  notFound:
    "I couldn't find that in the articles I have. Try naming a person, a place or a topic of the Istanbul talks, or see /sources for what I've read.",
  noEvents: "No events in the timeline match that. Try another topic, or widen the dates.",
  noArticles: "No articles are loaded yet.",
  unknownCommand: "I don't know that command any more. It may have been removed; try /help.",
  staleButton: "This button has expired. Please run the command again.",
  busy: "I'm answering a lot of questions right now. Please ask again in a minute.",
  stillReading: "I'm still reading the articles. Please ask again in a few seconds.",
  shuttingDown: "I'm restarting. Please try again in a few seconds.",
} as const;
