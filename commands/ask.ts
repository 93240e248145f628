import { ApplicationCommandOptionType, ApplicationCommandType } from "discord-api-types/v10";
import { EVERYWHERE } from "./install.js";
import { questionFromFooter, renderAnswer } from "../src/render/answer.js";
import { parseAnswerPageId, Prefix, questionKey } from "../src/render/customIds.js";
import { Messages } from "../src/render/messages.js";
import type { ReplyPayload } from "../src/render/payload.js";
import { normalizeQuestion } from "../src/render/text.js";
import type { Answer } from "../src/answer/types.js";
import type { ConversationContext } from "../src/conversation/types.js";
import type { TalksService } from "../src/service.js";
import { UserError, type CommandData, type CommandModule, type CommandRequest } from "./types.js";

export const QUESTION_MIN = 3;
export const QUESTION_MAX = 300;

const data = {
  name: "ask",
  type: ApplicationCommandType.ChatInput,
  description: "Ask about the Russia–US talks in Istanbul; the answer quotes its sources.",
  ...EVERYWHERE,
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
      description: "Only you see the answer (default: everyone, unless the server says otherwise).",
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

export interface Asked {
  answer: Answer;
  /** The question as answered: a follow-up's pronouns resolved. Shown, and kept in the footer. */
  question: string;
  payload: ReplyPayload;
}

/**
 * Every way of asking ends here: the domain answers (reading a follow-up against the
 * conversation, when there is one) and the one answer renderer shows it.
 */
export function askAndRender(
  service: TalksService,
  question: string,
  conversation?: ConversationContext,
): Asked {
  const answer = service.ask(question, conversation);
  const resolved = conversation ? normalizeQuestion(answer.question) || question : question;
  return { answer, question: resolved, payload: renderAnswer(answer, resolved, 0) };
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
  isPrivate: (request) =>
    typeof request.options["private"] === "boolean"
      ? request.options["private"]
      : request.privateByDefault === true,
  check: (request) => void readQuestion(request),
  execute(request, { service }) {
    return askAndRender(service, readQuestion(request), request.conversation).payload;
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
