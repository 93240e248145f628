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
  channelNotAllowed: (channels: readonly string[]) =>
    `I don't answer in this channel on this server. Try ${channels
      .slice(0, 5)
      .map((id) => `<#${id}>`)
      .join(", ")}.`,
  privateHere:
    'Answers are private on this server: use /ask, or the message menu\'s "Ask the bot about this".',
  emptyMention: "Ask me a question after the mention, for example: who led the Russian delegation?",
  emptyTarget: "That message has no text I can ask about.",
  voteThanks: "Thanks, your vote is counted.",
  downVoteThanks:
    "Thanks, I've noted what was wrong. It helps me learn which questions I get wrong.",
  voteNotSaved:
    "Thanks, but I can't save feedback right now (my database is unavailable). Please try again later.",
  settingsNotSaved:
    "I can't save settings right now (my database is unavailable). Nothing was changed; please try again later.",
  storeMissing: "This needs the bot's database, which the local console does not open.",
  guildOnly: "This command works only in a server.",
  threadOpened: (threadId: string) =>
    `I opened a thread for follow-ups: <#${threadId}>. Ask your next question there.`,
  threadIntro: (plainMessages: boolean) =>
    plainMessages
      ? "Ask your follow-up here: just write it. I read it against this conversation (the last few questions, kept for a day)."
      : "Ask your follow-up here by mentioning me or replying to my answer. I read it against this conversation (the last few questions, kept for a day).",
  alreadyInThread: "Ask your next question here in this thread: mention me or reply to my answer.",
} as const;
