import { ButtonStyle, ComponentType } from "discord-api-types/v10";
import { followUpId, voteId } from "./customIds.js";
import type { ButtonRow } from "./payload.js";

export const FOLLOW_UP_LABEL = "Follow up";
export const UP_LABEL = "👍";
export const DOWN_LABEL = "👎";

/** The row under every answer: follow up in a thread, and 👍 / 👎 for the feedback loop. */
export function answerActionRow(question: string): ButtonRow {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.Button,
        style: ButtonStyle.Primary,
        label: FOLLOW_UP_LABEL,
        custom_id: followUpId(question),
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: UP_LABEL,
        custom_id: voteId("up", question),
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: DOWN_LABEL,
        custom_id: voteId("down", question),
      },
    ],
  };
}
