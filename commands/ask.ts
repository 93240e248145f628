import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
} from "discord-api-types/v10";
import { questionFromFooter, renderAnswer } from "../src/render/answer.js";
import { parseAnswerPageId, Prefix, questionKey } from "../src/render/customIds.js";
import { Messages } from "../src/render/messages.js";
import { normalizeQuestion } from "../src/render/text.js";
import { UserError, type CommandData, type CommandModule, type CommandRequest } from "./types.js";

export const QUESTION_MIN = 3;
export const QUESTION_MAX = 300;

const data = {
  name: "ask",
  type: ApplicationCommandType.ChatInput,
  description: "Ask about the Russia–US talks in Istanbul; the answer quotes its sources.",
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: "question",
      description: "Your question, e.g. who led the Russian delegation?",
      required: true,
      min_length: QUESTION_MIN,
      max_length: QUESTION_MAX,
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      name: "private",
      description: "Only you see the answer (default: everyone in the channel).",
    },
  ],
} as const satisfies CommandData;

/** The question as the domain receives it; Discord's own length limits are checked again here. */
export function readQuestion(request: CommandRequest): string {
  const raw = request.options["question"];
  const question = normalizeQuestion(typeof raw === "string" ? raw : "");
  if (question.length < QUESTION_MIN) throw new UserError(Messages.questionTooShort);
  return question.length > QUESTION_MAX ? [...question].slice(0, QUESTION_MAX).join("") : question;
}

export const ask: CommandModule = {
  data,
  examples: [
    "/ask question:who led the Russian delegation?",
    "/ask question:what did the US raise? private:true",
  ],
  // Retrieval may be slow on a cold index: acknowledge first, answer by editing.
  defer: true,
  cooldown: true,
  isPrivate: (request) => request.options["private"] === true,
  check: (request) => void readQuestion(request),
  execute(request, { service }) {
    const question = readQuestion(request);
    return renderAnswer(service.ask(question), question, 0);
  },
  component: {
    prefix: Prefix.answer,
    defer: true,
    handle(request, { service }) {
      const state = parseAnswerPageId(request.customId);
      const question = questionFromFooter(request.message.embeds[0]?.footer?.text);
      if (!state || !question || questionKey(question) !== state.key) {
        throw new UserError(Messages.staleButton);
      }
      return renderAnswer(service.ask(question), question, state.page);
    },
  },
};
