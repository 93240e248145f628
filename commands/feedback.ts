import { ApplicationCommandType } from "discord-api-types/v10";
import { renderFeedback, WORST_SHOWN } from "../src/render/feedback.js";
import { Messages } from "../src/render/messages.js";
import { MANAGE_GUILD, SERVER_ONLY } from "./install.js";
import { UserError, type CommandData, type CommandModule } from "./types.js";

const data = {
  name: "feedback",
  type: ApplicationCommandType.ChatInput,
  description: "👍 and 👎 on my answers in this server, and the worst-rated questions.",
  ...SERVER_ONLY,
  default_member_permissions: MANAGE_GUILD,
} as const satisfies CommandData;

export const feedback: CommandModule = {
  data,
  examples: ["/feedback"],
  defer: false,
  anywhere: true,
  isPrivate: () => true,
  async execute(request, { store }) {
    if (!store) throw new UserError(Messages.storeMissing);
    if (!request.guildId) throw new UserError(Messages.guildOnly);
    const health = store.health();
    const summary = await store.feedbackSummary(request.guildId, WORST_SHOWN);
    return renderFeedback(summary, health.ok);
  },
};
