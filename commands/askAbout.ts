import { ApplicationCommandType } from "discord-api-types/v10";
import { Messages } from "../src/render/messages.js";
import { normalizeQuestion } from "../src/render/text.js";
import { askAndRender, QUESTION_MAX, QUESTION_MIN } from "./ask.js";
import { EVERYWHERE } from "./install.js";
import { UserError, type CommandData, type CommandModule, type CommandRequest } from "./types.js";

const data = {
  name: "Ask the bot about this",
  type: ApplicationCommandType.Message,
  ...EVERYWHERE,
} as const satisfies CommandData;

/** The chosen message's text as the question: mentions dropped, cut to /ask's length. */
export function readTarget(request: CommandRequest): string {
  const text = normalizeQuestion((request.target?.content ?? "").replace(/<@[!&]?\d+>/g, " "));
  if (text.length < QUESTION_MIN) throw new UserError(Messages.emptyTarget);
  return [...text].slice(0, QUESTION_MAX).join("");
}

/** The message menu's "Ask the bot about this": answers about the selected message's text. */
export const askAbout: CommandModule = {
  data,
  examples: ["right-click a message → Apps → Ask the bot about this"],
  defer: true,
  cooldown: true,
  isPrivate: (request) => request.privateByDefault === true,
  check: (request) => void readTarget(request),
  execute(request, { service }) {
    return askAndRender(service, readTarget(request)).payload;
  },
};
