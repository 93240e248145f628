/**
 * What the bot keeps between messages and restarts, behind one small interface: the SQLite
 * store implements it today; another backend (PostgreSQL) can implement the same methods.
 * Every method is async so a networked backend fits; none is ever awaited before an answer
 * is sent except the reads an answer needs (settings, cooldown, context), which fall back to
 * defaults when the store is unavailable.
 */

export interface GuildSettings {
  /** Channel ids the bot answers in; empty means every channel. */
  channels: string[];
  /** Answers to slash commands and the message menu are private unless asked otherwise. */
  privateByDefault: boolean;
  /** Seconds between two questions of one user; null means the configured default. */
  cooldownSeconds: number | null;
}

export const DEFAULT_SETTINGS: GuildSettings = {
  channels: [],
  privateByDefault: false,
  cooldownSeconds: null,
};

import type { ConversationTurn } from "../conversation/types.js";

export type { ConversationLimits } from "../conversation/limits.js";

/** One question and the answer given, as plain text: what a follow-up is read against. */
export type Turn = ConversationTurn;

export type FeedbackReason =
  "wrong" | "incomplete" | "should_have_answered" | "should_have_declined" | "other";

export const FEEDBACK_REASONS: readonly FeedbackReason[] = [
  "wrong",
  "incomplete",
  "should_have_answered",
  "should_have_declined",
  "other",
];

export interface Vote {
  /** The answer message voted on: one vote per person per answer. */
  answerKey: string;
  /** The user's id: hashed with the store's salt before it is written, never kept in clear. */
  userId: string;
  vote: 1 | -1;
  reason: FeedbackReason | null;
  comment: string | null;
  question: string;
  status: string;
  answer: string;
  passageIds: string[];
  corpusVersion: string;
  guildId: string | null;
}

/** A stored vote as the export and /feedback read it: no voter, hashed or not. */
export interface FeedbackRecord extends Omit<Vote, "answerKey" | "userId"> {
  createdAt: number;
}

export interface QuestionScore {
  question: string;
  up: number;
  down: number;
}

export interface FeedbackSummary {
  up: number;
  down: number;
  /** Questions with the most 👎 over 👍, worst first. */
  worst: QuestionScore[];
}

export type StoreHealth = { ok: true } | { ok: false; problem: string };

/** Thrown by a write the store cannot make now (locked, corrupt, unopened). */
export class StoreUnavailable extends Error {
  override name = "StoreUnavailable";
}

export interface Store {
  health(): StoreHealth;
  settings(guildId: string): Promise<GuildSettings>;
  saveSettings(guildId: string, settings: GuildSettings): Promise<void>;
  /**
   * Starts a cooldown of `seconds` for `scope` unless one is running: 0 when the user may go
   * ahead, else the whole seconds left.
   */
  takeCooldown(scope: string, seconds: number): Promise<number>;
  /**
   * Claims an interaction for this process: true for the first process to ask, false for every
   * other. True too when the store cannot say (better answered twice than not at all).
   */
  claim(interactionId: string): Promise<boolean>;
  /** The unexpired turns of a conversation, oldest first, at most `maxTurns`. */
  turns(conversationId: string): Promise<Turn[]>;
  addTurn(conversationId: string, turn: Turn): Promise<void>;
  /** Records (or replaces) one person's vote on one answer; rejects with StoreUnavailable. */
  vote(vote: Vote): Promise<void>;
  feedbackSummary(guildId: string | null, limit: number): Promise<FeedbackSummary>;
  feedback(): Promise<FeedbackRecord[]>;
  /** A consistent copy of the whole store in `file`, taken while the store stays in use. */
  backup(file: string): Promise<void>;
  close(): Promise<void>;
}
