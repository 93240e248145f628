import { createHash } from "node:crypto";
import {
  DiscordAPIError,
  MessageFlags,
  type ButtonInteraction,
  type Message,
  type ModalSubmitInteraction,
  type ThreadChannel,
} from "discord.js";
import type { Logger } from "pino";
import type { Answer } from "../answer/types.js";
import type { ConversationContext } from "../conversation/types.js";
import { askAndRender } from "../../commands/ask.js";
import { answerTextOf, questionFromFooter } from "../render/answer.js";
import { parseKeyed, parseVoteId, Prefix, questionKey } from "../render/customIds.js";
import { renderNotice } from "../render/help.js";
import { Messages } from "../render/messages.js";
import { feedbackModal, followUpModal, ModalFields } from "../render/modals.js";
import { buildPayload } from "../render/payload.js";
import { normalizeQuestion, truncate } from "../render/text.js";
import type { TalksService } from "../service.js";
import { FEEDBACK_REASONS, type FeedbackReason, type Store } from "../store/types.js";
import type { Gate } from "./gate.js";
import { placeOf } from "./place.js";

export interface AnswerActionsOptions {
  service: TalksService;
  store: Store;
  gate: Gate;
  log: Logger;
  /** DISCORD_MESSAGE_CONTENT: plain messages in a thread are read, so the intro says so. */
  plainMessages: boolean;
}

/** Discord's codes for "this channel cannot hold a thread here" and "a thread exists already". */
const NO_THREAD_HERE = new Set([50024, 50013, 50001, 160005]);
const THREAD_EXISTS = 160004;
const THREAD_NAME_MAX = 100;
const ANSWER_MEMO = 200;

/** A cited passage's stable id: its article and a short hash of its text. */
export function passageId(source: { articleId: string; passage: string }): string {
  return `${source.articleId}#${createHash("sha256").update(source.passage).digest("hex").slice(0, 10)}`;
}

/** What the answer message shows: the question (from the footer) and the answer's text. */
function asked(message: Message): { question: string; answer: string } | null {
  const embed = message.embeds[0];
  const question = questionFromFooter(embed?.footer?.text);
  return question ? { question, answer: answerTextOf(embed?.description ?? "") } : null;
}

/**
 * What every answer's buttons do: Follow up (a thread on the answer, or where none can be
 * opened a private modal), 👍, and 👎 with its modal. Votes are written through the store's
 * queue; when the store cannot take them the user is told, and answering goes on.
 */
export class AnswerActions {
  private readonly answers = new Map<string, Answer>();
  private memoVersion = "";

  constructor(private readonly options: AnswerActionsOptions) {}

  /** The answer a vote is about, asked again (votes carry no state but the question). */
  private answerFor(question: string): Answer {
    const version = this.options.service.corpusVersion();
    if (version !== this.memoVersion) {
      this.answers.clear();
      this.memoVersion = version;
    }
    let answer = this.answers.get(question);
    if (!answer) {
      answer = this.options.service.ask(question);
      if (this.answers.size >= ANSWER_MEMO) this.answers.clear();
      this.answers.set(question, answer);
    }
    return answer;
  }

  async followUp(interaction: ButtonInteraction): Promise<void> {
    const shown = asked(interaction.message);
    const key = parseKeyed(interaction.customId, Prefix.followUp);
    if (!shown || key !== questionKey(shown.question)) {
      await interaction.reply({
        ...renderNotice(Messages.staleButton),
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    const channel = interaction.channel;
    if (channel?.isThread()) {
      await interaction.reply({
        ...renderNotice(Messages.alreadyInThread),
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    // A channel the server closed since the answer was given gets no new conversation.
    const admission = await this.options.gate.admit(placeOf(interaction), { cooldown: false });
    if (!admission.ok) {
      await interaction.reply({ ...renderNotice(admission.notice), flags: MessageFlags.Ephemeral });
      return;
    }
    const ephemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
    const threadable =
      interaction.inCachedGuild() && channel !== null && "threads" in channel && !ephemeral;
    if (!threadable || admission.privateByDefault) {
      await interaction.showModal(followUpModal(shown.question));
      return;
    }
    let thread: ThreadChannel | null;
    try {
      thread = await interaction.message.startThread({
        name: truncate(shown.question, THREAD_NAME_MAX),
        autoArchiveDuration: 1440,
      });
    } catch (error) {
      if (error instanceof DiscordAPIError && error.code === THREAD_EXISTS) {
        thread = interaction.message.thread;
      } else if (error instanceof DiscordAPIError && NO_THREAD_HERE.has(Number(error.code))) {
        this.options.log.debug({ code: error.code }, "no thread here: following up in a modal");
        await interaction.showModal(followUpModal(shown.question));
        return;
      } else throw error;
    }
    if (!thread) throw new Error("Discord says the thread exists but did not give it");
    this.remember(thread.id, shown);
    await interaction.reply({
      ...renderNotice(Messages.threadOpened(thread.id)),
      flags: MessageFlags.Ephemeral,
    });
    await thread.send(buildPayload({ content: Messages.threadIntro(this.options.plainMessages) }));
  }

  /** Keeps a turn of a conversation; never holds up the reply, and a failure is only logged. */
  remember(conversationId: string, turn: { question: string; answer: string }): void {
    this.options.store.addTurn(conversationId, turn).catch((error: unknown) => {
      this.options.log.warn({ err: error, conversationId }, "conversation turn not saved");
    });
  }

  async vote(interaction: ButtonInteraction): Promise<void> {
    const parsed = parseVoteId(interaction.customId);
    const shown = asked(interaction.message);
    if (!parsed || !shown || parsed.key !== questionKey(shown.question)) {
      await interaction.reply({
        ...renderNotice(Messages.staleButton),
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    if (parsed.direction === "down") {
      await interaction.showModal(feedbackModal(shown.question));
      return;
    }
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const saved = await this.record(
      interaction,
      interaction.message,
      shown.question,
      1,
      null,
      null,
    );
    await interaction.editReply(renderNotice(saved ? Messages.voteThanks : Messages.voteNotSaved));
  }

  async submit(interaction: ModalSubmitInteraction): Promise<void> {
    const message = interaction.message;
    const shown = message ? asked(message) : null;
    const prefix = interaction.customId.split(":", 1)[0];
    const key = prefix ? parseKeyed(interaction.customId, prefix) : null;
    if (!message || !shown || key !== questionKey(shown.question)) {
      await interaction.reply({
        ...renderNotice(Messages.staleButton),
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    if (prefix === Prefix.feedbackModal) return this.submitFeedback(interaction, message, shown);
    if (prefix === Prefix.followUpModal) return this.submitFollowUp(interaction, shown);
    await interaction.reply({
      ...renderNotice(Messages.staleButton),
      flags: MessageFlags.Ephemeral,
    });
  }

  private async submitFeedback(
    interaction: ModalSubmitInteraction,
    message: Message,
    shown: { question: string },
  ): Promise<void> {
    const picked = interaction.fields.getStringSelectValues(ModalFields.reason)[0];
    const reason = FEEDBACK_REASONS.find((r) => r === picked) ?? "other";
    const comment = oneParagraph(readText(interaction, ModalFields.comment));
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const saved = await this.record(interaction, message, shown.question, -1, reason, comment);
    await interaction.editReply(
      renderNotice(saved ? Messages.downVoteThanks : Messages.voteNotSaved),
    );
  }

  private async submitFollowUp(
    interaction: ModalSubmitInteraction,
    shown: { question: string; answer: string },
  ): Promise<void> {
    const question = normalizeQuestion(readText(interaction, ModalFields.question));
    if (question.length < 3) {
      await interaction.reply({
        ...renderNotice(Messages.questionTooShort),
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    const admission = await this.options.gate.admit(placeOf(interaction), { cooldown: true });
    if (!admission.ok) {
      await interaction.reply({ ...renderNotice(admission.notice), flags: MessageFlags.Ephemeral });
      return;
    }
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const context: ConversationContext = { turns: [shown] };
    await interaction.editReply(askAndRender(this.options.service, question, context).payload);
  }

  /** Writes one vote; false when the store cannot take it now. */
  private async record(
    interaction: ButtonInteraction | ModalSubmitInteraction,
    message: Message,
    question: string,
    vote: 1 | -1,
    reason: FeedbackReason | null,
    comment: string | null,
  ): Promise<boolean> {
    const answer = this.answerFor(question);
    try {
      await this.options.store.vote({
        answerKey: message.id,
        userId: interaction.user.id,
        vote,
        reason,
        comment,
        question,
        status: answer.status,
        answer: answer.answer,
        passageIds: answer.sources.map(passageId),
        corpusVersion: this.options.service.corpusVersion(),
        guildId: interaction.guildId,
      });
      return true;
    } catch (error) {
      this.options.log.warn({ err: error }, "vote not saved");
      return false;
    }
  }
}

function readText(interaction: ModalSubmitInteraction, field: string): string {
  try {
    return interaction.fields.getTextInputValue(field);
  } catch {
    return "";
  }
}

function oneParagraph(text: string): string | null {
  const cleaned = text.replace(/\s+/g, " ").trim().slice(0, 500);
  return cleaned || null;
}
