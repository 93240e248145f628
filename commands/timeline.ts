import { ApplicationCommandOptionType, ApplicationCommandType } from "discord-api-types/v10";
import { EVERYWHERE } from "./install.js";
import { parseTimelinePageId, Prefix, type TimelineState } from "../src/render/customIds.js";
import { isIsoDay } from "../src/render/dates.js";
import { Limits } from "../src/render/limits.js";
import { Messages } from "../src/render/messages.js";
import { renderTimeline } from "../src/render/timeline.js";
import { oneLine } from "../src/render/text.js";
import {
  UserError,
  type Choice,
  type CommandData,
  type CommandModule,
  type CommandRequest,
} from "./types.js";

/** Short enough that topic, dates and page always fit in a 100-character custom_id. */
export const TOPIC_MAX = 60;

const data = {
  name: "timeline",
  type: ApplicationCommandType.ChatInput,
  description: "What happened and what was scheduled, by date, with sources.",
  ...EVERYWHERE,
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: "topic",
      description: "A person, place or topic, e.g. flights, Darchiev, property.",
      autocomplete: true,
      max_length: TOPIC_MAX,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "from",
      description: "Earliest date, YYYY-MM-DD.",
      min_length: 10,
      max_length: 10,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: "to",
      description: "Latest date, YYYY-MM-DD.",
      min_length: 10,
      max_length: 10,
    },
  ],
} as const satisfies CommandData;

function readDate(request: CommandRequest, name: "from" | "to"): string | undefined {
  const raw = request.options[name];
  if (raw === undefined || raw === "") return undefined;
  const value = oneLine(String(raw));
  if (!isIsoDay(value)) throw new UserError(Messages.badDate(name));
  return value;
}

export function readTimelineState(request: CommandRequest): TimelineState {
  const state: TimelineState = {};
  const topic = oneLine(String(request.options["topic"] ?? ""));
  if (topic) state.topic = [...topic].slice(0, TOPIC_MAX).join("");
  const from = readDate(request, "from");
  const to = readDate(request, "to");
  if (from) state.from = from;
  if (to) state.to = to;
  if (from && to && from > to) throw new UserError(Messages.fromAfterTo);
  return state;
}

export const timeline: CommandModule = {
  data,
  examples: ["/timeline topic:flights", "/timeline from:2025-04-01 to:2025-04-30"],
  defer: true,
  check: (request) => void readTimelineState(request),
  execute(request, { service }) {
    const state = readTimelineState(request);
    return renderTimeline(service.timeline(state), state, 0);
  },
  autocomplete(focused, { service }): Choice[] {
    if (focused.name !== "topic") return [];
    const partial = oneLine(focused.value).slice(0, 100);
    const seen = new Set<string>();
    const choices: Choice[] = [];
    for (const suggestion of service.suggestTopics(partial, Limits.autocompleteChoices)) {
      const value = oneLine(suggestion);
      if (!value || value.length > TOPIC_MAX || seen.has(value)) continue;
      seen.add(value);
      choices.push({ name: value, value });
      if (choices.length === Limits.autocompleteChoices) break;
    }
    return choices;
  },
  component: {
    prefix: Prefix.timeline,
    defer: true,
    handle(request, { service }) {
      const parsed = parseTimelinePageId(request.customId);
      if (!parsed) throw new UserError(Messages.staleButton);
      return renderTimeline(service.timeline(parsed.state), parsed.state, parsed.page);
    },
  },
};
