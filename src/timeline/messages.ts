/** Every user-facing message of the timeline, in one place so tests can assert them exactly. */
export const timelineMessages = {
  badDate: (flag: string, value: string): string =>
    `${flag} must be a real calendar date written YYYY-MM-DD (got "${value}")`,
  fromAfterTo: (from: string, to: string): string => `--from ${from} is after --to ${to}`,
  emptyTopic: "--topic needs some text to match",
  noEvents: "No dated events match.",
} as const;

/** A query the caller got wrong (a user error, not a bug): shown as is, exit code 2. */
export class TimelineQueryError extends Error {
  override name = "TimelineQueryError";
}
