import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bot } from "../../src/bot/bot.js";
import { Messages } from "../../src/render/messages.js";
import { createFakeService } from "../fixtures/fakeService.js";
import type { FakeDiscord, InteractionRecord } from "./fakeDiscord.js";
import {
  embedsOf,
  expectAnswered,
  newUser,
  onTheAnswer,
  startFake,
  startTestBot,
} from "./harness.js";

/**
 * Load shedding: when answers fall behind (here Discord is made slow to take them), a new
 * question is turned away at once with a private "busy" instead of joining a queue whose wait
 * only grows; once the queue drains, questions are answered again.
 */

const EPHEMERAL = 64;
const SHED_AFTER_MS = 400;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let fake: FakeDiscord;
let bot: Bot;

beforeAll(async () => {
  fake = await startFake();
  ({ bot } = await startTestBot(fake, createFakeService(), {}, { shedAfterMs: SHED_AFTER_MS }));
});

afterAll(async () => {
  await bot?.stop(1000);
  await fake?.close();
});

const ask = (): InteractionRecord =>
  fake.sendCommand("ask", { question: "Who led the Russian delegation?" }, newUser());

describe("when answers fall behind", () => {
  it("turns a new question away privately at once, answers the queued ones, then answers again", async () => {
    // Discord slow to take the answers, whichever way they are sent: they pile up in flight.
    fake.injectRestFault(onTheAnswer({ delayMs: SHED_AFTER_MS + 1000, times: 5 }));
    const queued = Array.from({ length: 5 }, ask);
    await sleep(SHED_AFTER_MS + 300);

    const turnedAway = ask();
    const busy = await expectAnswered(fake, turnedAway);
    expect(busy.content).toBe(Messages.busy);
    expect(Number(busy.flags) & EPHEMERAL).toBe(EPHEMERAL);
    expect(turnedAway.responses.map((r) => r.kind)).toEqual(["callback"]);

    for (const record of queued)
      expect(embedsOf(await expectAnswered(fake, record))).toHaveLength(1);
    const later = await expectAnswered(fake, ask());
    expect(later.content).not.toBe(Messages.busy);
    expect(embedsOf(later)).toHaveLength(1);
  });

  it("answers every question of a burst that is drained in time", async () => {
    const burst = Array.from({ length: 30 }, ask);
    for (const record of burst) {
      expect((await expectAnswered(fake, record)).content).not.toBe(Messages.busy);
    }
  });
});
