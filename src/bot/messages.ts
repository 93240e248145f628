import type { Client, Message } from "discord.js";
import type { Logger } from "pino";
import type { ConversationTurn } from "../conversation/types.js";
import { answerTextOf, questionFromFooter } from "../render/answer.js";
import { renderNotice } from "../render/help.js";
import { Messages } from "../render/messages.js";
import type { ReplyPayload } from "../render/payload.js";
import { normalizeQuestion } from "../render/text.js";
import type { TalksService } from "../service.js";
import type { Store } from "../store/types.js";
import { askAndRender, QUESTION_MAX, QUESTION_MIN } from "../../commands/ask.js";
import type { AnswerActions } from "./answerActions.js";
import type { Gate } from "./gate.js";
import { loggableError } from "./loggable.js";
import { placeOf } from "./place.js";

export interface MessageAskerOptions {
  client: Client;
  service: TalksService;
  store: Store;
  gate: Gate;
  actions: AnswerActions;
  log: Logger;
}

/** The question in a message: the bot's own mention taken out, other mentions kept inert. */
export function questionOfMessage(content: string, botId: string): string {
  const text = normalizeQuestion(content.replace(new RegExp(`<@!?${botId}>`, "g"), " "));
  return [...text].slice(0, QUESTION_MAX).join("");
}

/**
 * Questions asked by message: one that mentions the bot, one that replies to one of its
 * answers (read against that answer), any message in a DM with it, and any message Discord
 * lets it read in a thread it opened for follow-ups (read against the thread's last turns).
 * Answered in place, through the same gate and renderer as /ask.
 */
export class MessageAsker {
  constructor(private readonly options: MessageAskerOptions) {}

  async handle(message: Message): Promise<void> {
    const { client, store, log } = this.options;
    const me = client.user?.id;
    if (!me || message.author.bot || message.system) return;
    const dm = message.channel.isDMBased();
    const inThread = message.channel.isThread();
    const mentioned = message.mentions.users.has(me);
    const repliedTo = await this.repliedAnswer(message, me);
    const conversationId = dm || inThread ? message.channelId : null;
    const turns: ConversationTurn[] = conversationId ? await store.turns(conversationId) : [];
    const addressed = mentioned || repliedTo !== null || dm || turns.length > 0;
    if (!addressed) return;
    // Another process on the same token may have it too (a rolling restart): one answers.
    if (!(await store.claim(`message:${message.id}`))) return;

    const question = questionOfMessage(message.content, me);
    if (question.length < QUESTION_MIN) {
      // Without the Message Content intent a plain thread message arrives empty: say nothing.
      if (mentioned) await this.reply(message, renderNotice(Messages.emptyMention));
      return;
    }
    const admission = await this.options.gate.admit(placeOf(message), { cooldown: true });
    if (!admission.ok) {
      // A channel the server closed to the bot gets no reply at all: that is the setting.
      if (admission.reason === "cooldown")
        await this.reply(message, renderNotice(admission.notice));
      else log.debug({ channel: message.channelId }, "message in a channel the server excluded");
      return;
    }
    if (admission.privateByDefault && !dm) {
      await this.reply(message, renderNotice(Messages.privateHere));
      return;
    }
    const context = turns.length > 0 ? turns : repliedTo ? [repliedTo] : [];
    const started = Date.now();
    if (this.options.service.ready?.() === false) {
      await this.reply(message, renderNotice(Messages.stillReading));
      return;
    }
    const asked = askAndRender(
      this.options.service,
      question,
      context.length ? { turns: context } : undefined,
    );
    await this.reply(message, asked.payload);
    if (conversationId) {
      this.options.actions.remember(conversationId, {
        question: asked.question,
        answer: asked.answer.answer,
      });
    }
    log.info(
      {
        messageId: message.id,
        user: message.author.id,
        guild: message.guildId,
        via: inThread ? "thread" : dm ? "dm" : repliedTo ? "reply" : "mention",
        ms: Date.now() - started,
      },
      "answered",
    );
  }

  /** The bot's answer this message replies to, as a turn; null when it replies to anything else. */
  private async repliedAnswer(message: Message, me: string): Promise<ConversationTurn | null> {
    if (!message.reference?.messageId) return null;
    try {
      const referenced = await message.fetchReference();
      if (referenced.author.id !== me) return null;
      const embed = referenced.embeds[0];
      const question = questionFromFooter(embed?.footer?.text);
      return question ? { question, answer: answerTextOf(embed?.description ?? "") } : null;
    } catch (error) {
      this.options.log.debug({ err: loggableError(error) }, "replied-to message not readable");
      return null;
    }
  }

  private async reply(message: Message, payload: ReplyPayload): Promise<void> {
    await message.reply({ ...payload, allowedMentions: { parse: [], repliedUser: false } });
  }
}
