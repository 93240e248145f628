/** How much of a conversation a follow-up is read against, and how long it is kept. */
export interface ConversationLimits {
  /** Turns kept per conversation; older ones are dropped as new ones come. */
  maxTurns: number;
  /** A conversation's turns expire this long after they were written. */
  ttlMs: number;
}

export const CONVERSATION_LIMITS: ConversationLimits = {
  maxTurns: 4,
  ttlMs: 24 * 60 * 60 * 1000,
};
