import { ComponentType, TextInputStyle } from "discord-api-types/v10";
import type { APIModalInteractionResponseCallbackData } from "discord.js";
import { Prefix, questionKey } from "./customIds.js";
import { truncate } from "./text.js";

/** The 👎 modal's choices; values are what the store and the export record. */
export const REASON_CHOICES = [
  { value: "wrong", label: "The answer is wrong" },
  { value: "incomplete", label: "The answer is incomplete" },
  { value: "should_have_answered", label: "It should have answered" },
  { value: "should_have_declined", label: "It should have declined" },
  { value: "other", label: "Something else" },
] as const;

export const ModalFields = {
  reason: "reason",
  comment: "comment",
  question: "question",
} as const;

export const COMMENT_MAX = 500;
export const FOLLOW_UP_MAX = 300;

/** 👎: what was wrong, as a choice and in the user's words (both short). */
export function feedbackModal(question: string): APIModalInteractionResponseCallbackData {
  return {
    custom_id: `${Prefix.feedbackModal}:${questionKey(question)}`,
    title: "What was wrong with this answer?",
    components: [
      {
        type: ComponentType.Label,
        label: "What was wrong",
        component: {
          type: ComponentType.StringSelect,
          custom_id: ModalFields.reason,
          min_values: 1,
          max_values: 1,
          required: true,
          options: REASON_CHOICES.map((c) => ({ value: c.value, label: c.label })),
        },
      },
      {
        type: ComponentType.Label,
        label: "Anything to add? (optional)",
        component: {
          type: ComponentType.TextInput,
          custom_id: ModalFields.comment,
          style: TextInputStyle.Paragraph,
          required: false,
          max_length: COMMENT_MAX,
        },
      },
    ],
  };
}

/** Follow up where no thread can be opened: the next question, answered privately. */
export function followUpModal(question: string): APIModalInteractionResponseCallbackData {
  return {
    custom_id: `${Prefix.followUpModal}:${questionKey(question)}`,
    title: truncate(`Follow up: ${question}`, 45),
    components: [
      {
        type: ComponentType.Label,
        label: "Your next question",
        component: {
          type: ComponentType.TextInput,
          custom_id: ModalFields.question,
          style: TextInputStyle.Short,
          required: true,
          min_length: 3,
          max_length: FOLLOW_UP_MAX,
          placeholder: "e.g. what did he say about it?",
        },
      },
    ],
  };
}
