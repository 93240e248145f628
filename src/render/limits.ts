/**
 * Discord's message limits, named once. Lengths are counted in UTF-16 code units (JavaScript's
 * `length`), which is never less than the character count Discord applies, so staying under
 * them here keeps a payload valid there.
 */
export const Limits = {
  content: 2000,
  embedsPerMessage: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooter: 2048,
  embedAuthorName: 256,
  /** Sum of title, description, field names and values, footer and author name over all embeds. */
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  buttonUrl: 512,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  /** Files on one message, and the size of one (the upload limit of a server without boosts). */
  attachments: 10,
  attachmentBytes: 10 * 1024 * 1024,
  /** An attachment's description: its alt text. */
  attachmentDescription: 1024,
  /** Time Discord gives a bot to acknowledge an interaction. */
  ackDeadlineMs: 3000,
} as const;
