/** One earlier question and the answer given, as plain text. */
export interface ConversationTurn {
  question: string;
  answer: string;
}

/** What a follow-up is read against: the last few turns, oldest first. Plain data only. */
export interface ConversationContext {
  turns: readonly ConversationTurn[];
}

/** What the conversation was last about. */
export interface Referents {
  person?: string;
  place?: string;
  thing?: string;
}

export interface Rewrite {
  /** The question with its pronouns resolved; the original when there was nothing to resolve. */
  question: string;
  replaced: { pronoun: string; with: string }[];
}
