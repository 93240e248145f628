import { describe, expect, it } from "vitest";
import { ask, readQuestion } from "../../commands/ask.js";
import { help, usage } from "../../commands/help.js";
import { loadCommands } from "../../commands/index.js";
import { readTimelineState, timeline } from "../../commands/timeline.js";
import { UserError, type CommandContext } from "../../commands/types.js";
import { Messages } from "../../src/render/messages.js";
import { createFakeService } from "../fixtures/fakeService.js";

function context(): CommandContext & { service: ReturnType<typeof createFakeService> } {
  return { service: createFakeService(), commands: loadCommands().list };
}
const request = (options: Record<string, string | boolean>) => ({ userId: "u", options });

describe("/ask", () => {
  it("asks the domain the question normalized: one line, no invisible characters", async () => {
    const ctx = context();
    await ask.execute(request({ question: "  who\u200B led\nthe delegation?\u202E " }), ctx);
    expect(ctx.service.calls).toEqual([{ method: "ask", arg: "who led the delegation?" }]);
  });

  it("refuses a question shorter than 3 characters once trimmed", () => {
    expect(() => readQuestion(request({ question: " a\u200B " }))).toThrow(
      new UserError(Messages.questionTooShort),
    );
    expect(() => readQuestion(request({}))).toThrow(UserError);
  });

  it("cuts a question longer than Discord allows to 300 characters", () => {
    expect(readQuestion(request({ question: "é".repeat(400) }))).toHaveLength(300);
  });

  it("is private only when private:true", () => {
    expect(ask.isPrivate?.(request({ question: "x", private: true }))).toBe(true);
    expect(ask.isPrivate?.(request({ question: "x", private: false }))).toBe(false);
    expect(ask.isPrivate?.(request({ question: "x" }))).toBe(false);
  });

  it("a page button asks the question from the message again and shows that page", async () => {
    const ctx = context();
    const first = await ask.execute(request({ question: "what was on the agenda" }), ctx);
    const next = first.components[0]?.components[1];
    const customId = next && "custom_id" in next ? next.custom_id : "";
    const page = ask.component?.handle(
      { userId: "v", customId, message: { embeds: first.embeds } },
      ctx,
    );
    expect(page?.embeds[0]?.fields?.[0]?.name).toMatch(/^\[5\] /);
    expect(ctx.service.calls.map((c) => c.arg)).toEqual([
      "what was on the agenda",
      "what was on the agenda",
    ]);
  });

  it("a page button on a message whose question was edited is refused", async () => {
    const ctx = context();
    const first = await ask.execute(request({ question: "what was on the agenda" }), ctx);
    const next = first.components[0]?.components[1];
    const customId = next && "custom_id" in next ? next.custom_id : "";
    const edited = first.embeds.map((e) => ({
      ...e,
      footer: { text: "Sources · asked: something else" },
    }));
    expect(() =>
      ask.component?.handle({ userId: "v", customId, message: { embeds: edited } }, ctx),
    ).toThrow(Messages.staleButton);
  });
});

describe("/timeline", () => {
  it("reads topic, from and to, and refuses dates that are not real YYYY-MM-DD days", () => {
    expect(
      readTimelineState(request({ topic: " flights ", from: "2025-02-01", to: "2025-04-30" })),
    ).toEqual({
      topic: "flights",
      from: "2025-02-01",
      to: "2025-04-30",
    });
    expect(() => readTimelineState(request({ from: "2025-02-30" }))).toThrow(
      Messages.badDate("from"),
    );
    expect(() => readTimelineState(request({ to: "April" }))).toThrow(Messages.badDate("to"));
    expect(() => readTimelineState(request({ from: "2025-05-01", to: "2025-04-01" }))).toThrow(
      Messages.fromAfterTo,
    );
  });

  it("autocompletes only the topic, with at most 25 distinct choices that fit the option", () => {
    const ctx = context();
    const choices = timeline.autocomplete?.({ name: "topic", value: "" }, ctx) ?? [];
    expect(choices).toHaveLength(25);
    expect(new Set(choices.map((c) => c.value)).size).toBe(25);
    expect(timeline.autocomplete?.({ name: "from", value: "20" }, ctx)).toEqual([]);
    expect(timeline.autocomplete?.({ name: "topic", value: "zakh" }, ctx)?.[0]?.value).toBe(
      "Maria Zakharova",
    );
  });
});

describe("/help", () => {
  it("builds each usage line from the command's own definition", async () => {
    expect(usage(ask.data)).toBe("/ask question:<text> [private:<true|false>]");
    expect(usage(timeline.data)).toBe("/timeline [topic:<text>] [from:<text>] [to:<text>]");
    const payload = await help.execute(request({}), context());
    expect(payload.embeds[0]?.fields).toHaveLength(7);
    expect(help.isPrivate?.(request({}))).toBe(true);
  });
});
