import { createHash } from "node:crypto";
import { isIsoDay } from "./dates.js";
import { Limits } from "./limits.js";

/**
 * Buttons carry their state in the custom_id (≤ 100 characters), so a click still works after
 * the bot restarts. Each view owns one prefix.
 */
export const Prefix = {
  answer: "ask",
  timeline: "tl",
  sources: "src",
  followUp: "fu",
  vote: "fb",
  followUpModal: "fum",
  feedbackModal: "fbm",
} as const;

/** Short fingerprint of a normalized question; proves the message still holds that question. */
export function questionKey(question: string): string {
  return createHash("sha256").update(question).digest("base64url").slice(0, 12);
}

function parsePage(text: string | undefined): number | null {
  if (text === undefined || !/^\d{1,4}$/.test(text)) return null;
  return Number(text);
}

export function answerPageId(page: number, question: string): string {
  return `${Prefix.answer}:${page}:${questionKey(question)}`;
}

export function parseAnswerPageId(id: string): { page: number; key: string } | null {
  const [prefix, page, key, ...rest] = id.split(":");
  const n = parsePage(page);
  if (prefix !== Prefix.answer || n === null || !key || rest.length > 0) return null;
  return { page: n, key };
}

export interface TimelineState {
  topic?: string;
  from?: string;
  to?: string;
}

export function timelinePageId(page: number, state: TimelineState): string {
  const head = `${Prefix.timeline}:${page}:${state.from ?? ""}:${state.to ?? ""}:`;
  let topic = state.topic ?? "";
  // Topics are limited to 60 characters when typed; cut one anyway rather than overflow.
  while (head.length + topic.length > Limits.customId) topic = [...topic].slice(0, -1).join("");
  return head + topic;
}

export function parseTimelinePageId(id: string): { page: number; state: TimelineState } | null {
  const match = /^tl:(\d{1,4}):(\d{4}-\d{2}-\d{2})?:(\d{4}-\d{2}-\d{2})?:(.*)$/su.exec(id);
  if (!match) return null;
  const [, page, from, to, topic] = match;
  // A forged or garbled id may hold a date no calendar has (2025-02-30): stale, not a crash.
  if ((from && !isIsoDay(from)) || (to && !isIsoDay(to))) return null;
  const state: TimelineState = {};
  if (from) state.from = from;
  if (to) state.to = to;
  if (topic) state.topic = topic;
  return { page: Number(page), state };
}

export function sourcesPageId(page: number): string {
  return `${Prefix.sources}:${page}`;
}

export function parseSourcesPageId(id: string): { page: number } | null {
  const [prefix, page, ...rest] = id.split(":");
  const n = parsePage(page);
  return prefix === Prefix.sources && n !== null && rest.length === 0 ? { page: n } : null;
}

export type VoteDirection = "up" | "down";

/** Follow up, 👍 and 👎 on an answer: the key ties the click to the question in the footer. */
export function followUpId(question: string): string {
  return `${Prefix.followUp}:${questionKey(question)}`;
}

export function voteId(direction: VoteDirection, question: string): string {
  return `${Prefix.vote}:${direction}:${questionKey(question)}`;
}

export function parseVoteId(id: string): { direction: VoteDirection; key: string } | null {
  const [prefix, direction, key, ...rest] = id.split(":");
  if (prefix !== Prefix.vote || (direction !== "up" && direction !== "down")) return null;
  return key && rest.length === 0 ? { direction, key } : null;
}

/** The key after a one-part prefix ("fu:KEY", "fum:KEY", "fbm:KEY"), or null. */
export function parseKeyed(id: string, prefix: string): string | null {
  const [head, key, ...rest] = id.split(":");
  return head === prefix && key && rest.length === 0 ? key : null;
}
