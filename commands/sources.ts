import { ApplicationCommandType } from "discord-api-types/v10";
import { EVERYWHERE } from "./install.js";
import { parseSourcesPageId, Prefix } from "../src/render/customIds.js";
import { Messages } from "../src/render/messages.js";
import { renderSources } from "../src/render/sources.js";
import { UserError, type CommandData, type CommandModule } from "./types.js";

const data = {
  name: "sources",
  type: ApplicationCommandType.ChatInput,
  description: "The news articles I answer from, with outlet, date and link.",
  ...EVERYWHERE,
} as const satisfies CommandData;

export const sources: CommandModule = {
  data,
  examples: [],
  defer: false,
  execute: (_request, { service }) => renderSources(service.articles(), 0),
  component: {
    prefix: Prefix.sources,
    defer: false,
    handle(request, { service }) {
      const parsed = parseSourcesPageId(request.customId);
      if (!parsed) throw new UserError(Messages.staleButton);
      return renderSources(service.articles(), parsed.page);
    },
  },
};
