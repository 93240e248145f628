import {
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type Interaction,
  type MessageContextMenuCommandInteraction,
  type RepliableInteraction,
} from "discord.js";
import type { Logger } from "pino";
import type { CommandRegistry } from "../../commands/index.js";
import {
  UserError,
  type CommandContext,
  type CommandRequest,
  type OptionValue,
} from "../../commands/types.js";
import { renderNotice } from "../render/help.js";
import { Messages } from "../render/messages.js";
import { buildChoices } from "../render/payload.js";
import { Prefix } from "../render/customIds.js";
import type { AnswerActions } from "./answerActions.js";
import type { Gate } from "./gate.js";
import { loggableError } from "./loggable.js";
import { placeOf } from "./place.js";
import type { BotMetrics } from "../ops/metrics.js";
import { NotReadyError } from "../service.js";

export interface DispatcherOptions {
  registry: CommandRegistry;
  context: CommandContext;
  gate: Gate;
  /** Follow up, 👍 / 👎 and their modals, on every answer. */
  actions: AnswerActions;
  /**
   * Load shedding: a new command is turned away with a private "busy" while the oldest
   * command still being answered has waited this long (answers are falling behind), or while
   * `maxPending` are in flight. Defaults: SHED_AFTER_MS, MAX_PENDING.
   */
  shedAfterMs?: number;
  maxPending?: number;
  /**
   * An answer ready within this goes in the interaction callback; default REPLY_BUDGET_MS. 0
   * defers every answer first.
   */
  replyBudgetMs?: number;
  /**
   * Claims an interaction for this process (the store's claim, shared by every process on the
   * token); an interaction claimed elsewhere is left alone. Without it, every one is answered.
   */
  claim?: (interactionId: string) => Promise<boolean>;
  metrics?: BotMetrics;
  log: Logger;
}

function readOptions(options: readonly CommandInteractionOption[]): Record<string, OptionValue> {
  const out: Record<string, OptionValue> = {};
  for (const option of options) {
    if (option.value !== undefined && option.value !== null) out[option.name] = option.value;
  }
  return out;
}

function describe(interaction: Interaction): Record<string, unknown> {
  return {
    interactionId: interaction.id,
    type: interaction.type,
    user: interaction.user.id,
    guild: interaction.guildId,
    ...(interaction.isCommand() || interaction.isAutocomplete()
      ? { command: interaction.commandName }
      : {}),
    ...(interaction.isMessageComponent() ? { customId: interaction.customId } : {}),
  };
}

/** How an interaction ended, as the metrics count it. */
type Outcome = "answered" | "refused" | "busy" | "not_ready" | "cooldown" | "failed" | "elsewhere";

/** How long a process leaving the gateway leaves an interaction for another one to claim. */
const CLOSING_GRACE_MS = 250;

/**
 * How long an answer may take and still go in the interaction callback itself; Discord wants
 * the callback within 3 s, so a slower one is deferred first.
 */
export const REPLY_BUDGET_MS = 1500;

/** Whether `work` settles (either way) within `ms`. */
async function settledWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([
      work.then(
        () => true,
        () => true,
      ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Answers this late mean the queue grows faster than it drains: turn new work away. */
export const SHED_AFTER_MS = 4000;
/** Memory stays bounded whatever arrives. */
export const MAX_PENDING = 2000;

/**
 * Routes every interaction to its command, and is the one error boundary: whatever a handler
 * throws is logged with its stack, the user is told privately, and the bot carries on.
 */
export class Dispatcher {
  private readonly inFlight = new Set<Promise<void>>();
  private closing = false;
  /** When each command being answered arrived, oldest first (insertion order). */
  private readonly commandsSince = new Map<string, number>();
  private readonly outcomes = new Map<string, Outcome>();

  constructor(private readonly options: DispatcherOptions) {}

  /** Handles one interaction; never rejects. */
  handle(interaction: Interaction): Promise<void> {
    const started = Date.now();
    const tracked = this.track(
      this.route(interaction).catch((error: unknown) => this.fail(interaction, error)),
    );
    this.options.metrics?.queueDepth.set(this.pending);
    return tracked.finally(() => this.count(interaction, started));
  }

  private count(interaction: Interaction, started: number): void {
    const outcome = this.outcomes.get(interaction.id) ?? "answered";
    this.outcomes.delete(interaction.id);
    const metrics = this.options.metrics;
    if (!metrics) return;
    metrics.queueDepth.set(this.inFlight.size);
    const command = interaction.isCommand()
      ? interaction.commandName
      : interaction.isAutocomplete()
        ? `${interaction.commandName}:autocomplete`
        : interaction.isButton()
          ? `button:${interaction.customId.split(":", 1)[0] ?? ""}`
          : "other";
    metrics.interactions.inc({ command, outcome });
    if (outcome === "answered")
      metrics.answerSeconds.observe({ command }, (Date.now() - started) / 1000);
  }

  /** Counts other work (a message being answered) among what a shutdown waits for. */
  track(work: Promise<void>): Promise<void> {
    const tracked = work.finally(() => this.inFlight.delete(tracked));
    this.inFlight.add(tracked);
    return tracked;
  }

  get closed(): boolean {
    return this.closing;
  }

  get pending(): number {
    return this.inFlight.size;
  }

  /** Stops taking new work: later interactions get a private "restarting" notice. */
  close(): void {
    this.closing = true;
  }

  /** Resolves when the interactions in flight have finished, or after `timeoutMs`. */
  async drain(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const done = Promise.allSettled([...this.inFlight]).then(() => true as const);
    const finished = await Promise.race([done, timeout]);
    clearTimeout(timer);
    return finished;
  }

  private async route(interaction: Interaction): Promise<void> {
    // Several processes may be on the gateway with one token (a rolling restart): only the one
    // that claims an interaction answers it. One that is leaving lets the others claim first.
    if (this.closing) await new Promise((resolve) => setTimeout(resolve, CLOSING_GRACE_MS));
    if (this.options.claim && !(await this.options.claim(interaction.id))) {
      this.options.log.debug(describe(interaction), "answered by another process");
      this.outcomes.set(interaction.id, "elsewhere");
      return;
    }
    if (this.closing) {
      if (interaction.isAutocomplete()) await interaction.respond([]);
      else if (interaction.isRepliable()) await this.notice(interaction, Messages.shuttingDown);
      return;
    }
    if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) {
      if (this.overloaded()) {
        this.options.log.warn(
          { ...describe(interaction), pending: this.commandsSince.size },
          "busy: command turned away",
        );
        this.outcomes.set(interaction.id, "busy");
        return this.notice(interaction, Messages.busy);
      }
      this.commandsSince.set(interaction.id, Date.now());
      try {
        return await this.command(interaction);
      } finally {
        this.commandsSince.delete(interaction.id);
      }
    }
    if (interaction.isAutocomplete()) return this.autocomplete(interaction);
    if (interaction.isButton()) return this.button(interaction);
    if (interaction.isModalSubmit()) return this.options.actions.submit(interaction);
    this.options.log.debug(describe(interaction), "interaction type not handled");
  }

  /** Whether answers are falling behind: the oldest command waiting, or too many waiting. */
  private overloaded(): boolean {
    const { shedAfterMs = SHED_AFTER_MS, maxPending = MAX_PENDING } = this.options;
    if (this.commandsSince.size >= maxPending) return true;
    const oldest = this.commandsSince.values().next();
    return !oldest.done && Date.now() - oldest.value > shedAfterMs;
  }

  private async command(
    interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
  ): Promise<void> {
    const { registry, context, gate, log } = this.options;
    const command = registry.byName.get(interaction.commandName);
    if (!command) {
      log.warn(describe(interaction), "unknown command");
      return this.notice(interaction, Messages.unknownCommand);
    }
    const request: CommandRequest = {
      userId: interaction.user.id,
      options: readOptions(interaction.options.data),
      guildId: interaction.guildId,
      ...(interaction.isMessageContextMenuCommand()
        ? { target: { content: interaction.targetMessage.content } }
        : {}),
    };
    command.check?.(request);
    // Before a deferral shows "thinking…" publicly, and before the cooldown is spent.
    if (command.defer && context.service.ready?.() === false) throw new NotReadyError();
    if (!command.anywhere) {
      const admission = await gate.admit(placeOf(interaction), {
        cooldown: command.cooldown === true,
      });
      if (!admission.ok) {
        log.debug({ ...describe(interaction), reason: admission.reason }, "refused by settings");
        this.outcomes.set(interaction.id, admission.reason === "cooldown" ? "cooldown" : "refused");
        return this.notice(interaction, admission.notice);
      }
      request.privateByDefault = admission.privateByDefault;
    }
    const flags = command.isPrivate?.(request) ? MessageFlags.Ephemeral : undefined;
    const started = Date.now();
    if (command.defer) {
      // Most answers are ready in milliseconds: then the answer itself goes in the interaction
      // callback, one request instead of "thinking…" and an edit. One not ready within the
      // budget is deferred and edited in when it is.
      const answer = Promise.resolve(command.execute(request, context));
      const budget = this.options.replyBudgetMs ?? REPLY_BUDGET_MS;
      const ready = budget > 0 && (await settledWithin(answer, budget));
      if (ready) {
        const payload = await answer;
        await interaction.reply(flags === undefined ? payload : { ...payload, flags });
      } else {
        await interaction.deferReply(flags === undefined ? {} : { flags });
        await interaction.editReply(await answer);
      }
    } else {
      const payload = await command.execute(request, context);
      await interaction.reply(flags === undefined ? payload : { ...payload, flags });
    }
    log.info({ ...describe(interaction), ms: Date.now() - started }, "answered");
  }

  private async autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const command = this.options.registry.byName.get(interaction.commandName);
    const focused = interaction.options.getFocused(true);
    const choices =
      command?.autocomplete?.(
        { name: focused.name, value: String(focused.value) },
        this.options.context,
      ) ?? [];
    await interaction.respond(buildChoices(choices));
  }

  private async button(interaction: ButtonInteraction): Promise<void> {
    const prefix = interaction.customId.split(":", 1)[0] ?? "";
    if (prefix === Prefix.followUp) return this.options.actions.followUp(interaction);
    if (prefix === Prefix.vote) return this.options.actions.vote(interaction);
    const component = this.options.registry.byPrefix.get(prefix)?.component;
    if (!component) return this.notice(interaction, Messages.staleButton);
    const request = {
      userId: interaction.user.id,
      customId: interaction.customId,
      message: { embeds: interaction.message.embeds.map((e) => e.toJSON()) },
    };
    if (component.defer) {
      await interaction.deferUpdate();
      await interaction.editReply(component.handle(request, this.options.context));
    } else {
      await interaction.update(component.handle(request, this.options.context));
    }
  }

  /** A private notice, whatever state the interaction is in. */
  async notice(interaction: RepliableInteraction, text: string): Promise<void> {
    const payload = renderNotice(text);
    const ephemeral = { ...payload, flags: MessageFlags.Ephemeral } as const;
    if (!interaction.deferred && !interaction.replied) {
      await interaction.reply(ephemeral);
    } else if (interaction.deferred && !interaction.replied && !interaction.isMessageComponent()) {
      if (interaction.ephemeral) {
        await interaction.editReply(payload);
      } else {
        // Swap the public "thinking…" placeholder for a private notice.
        await interaction.deleteReply();
        await interaction.followUp(ephemeral);
      }
    } else {
      await interaction.followUp(ephemeral);
    }
  }

  private async fail(interaction: Interaction, error: unknown): Promise<void> {
    const { log } = this.options;
    const userError = error instanceof UserError;
    const notReady = error instanceof NotReadyError;
    this.outcomes.set(interaction.id, notReady ? "not_ready" : userError ? "refused" : "failed");
    if (notReady) log.debug(describe(interaction), "asked before the corpus was read");
    else if (userError) log.debug({ ...describe(interaction), reason: error.message }, "refused");
    else
      log.error(
        { ...describe(interaction), err: loggableError(error) },
        "interaction handler failed",
      );
    try {
      if (interaction.isAutocomplete()) {
        if (!interaction.responded) await interaction.respond([]);
      } else if (interaction.isRepliable()) {
        const text = notReady
          ? Messages.stillReading
          : userError
            ? error.message
            : Messages.somethingWentWrong;
        await this.notice(interaction, text);
      }
    } catch (noticeError) {
      log.warn(
        { ...describe(interaction), err: loggableError(noticeError) },
        "could not tell the user",
      );
    }
  }
}
