import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReloadableService } from "../../src/app.js";
import type { Bot } from "../../src/bot/bot.js";
import type { FakeDiscord, InteractionRecord } from "./fakeDiscord.js";
import { NONE_LOST, outcome } from "./outcome.js";
import {
  embedsOf,
  newUser,
  openTestService,
  startFake,
  startTestBot,
  tempDatabasePath,
} from "./harness.js";

/**
 * More than one process on one token, as during a rolling restart: this fake gives every
 * interaction to every connected process, as Discord does to two processes on one token. The
 * processes share one store, and each interaction must be answered once, by one of them, and
 * never refused.
 */

let fake: FakeDiscord;
let service: ReloadableService;
const database = tempDatabasePath();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  fake = await startFake({ everySession: true });
  service = openTestService();
});

afterAll(async () => {
  await fake?.close();
});

function start(): Promise<Bot> {
  return startTestBot(fake, service, { DATABASE_PATH: database }).then(({ bot }) => bot);
}

function ask(): InteractionRecord {
  return fake.sendCommand("ask", { question: "Who led the Russian delegation?" }, newUser());
}

describe("two processes on one token", () => {
  it("answer each question once between them, none refused", async () => {
    const [a, b] = [await start(), await start()];
    const records = Array.from({ length: 40 }, ask);
    expect(await outcome(fake, records)).toEqual(NONE_LOST);
    await Promise.all([a.stop(1000), b.stop(1000)]);
  });

  it("answer a question asked by mention once between them", async () => {
    const [a, b] = [await start(), await start()];
    const asked = Array.from({ length: 10 }, () =>
      fake.sendMessage({
        content: "Who led the Russian delegation?",
        mentionsBot: true,
        user: newUser(),
      }),
    );
    const repliesTo = (id: unknown) =>
      fake.channelMessages.filter(
        (m) => (m.message_reference as { message_id?: unknown } | undefined)?.message_id === id,
      );
    await fake.until(
      () => asked.every((m) => repliesTo(m.id).length > 0) || undefined,
      "every mention answered",
    );
    await sleep(300);
    expect(asked.map((m) => repliesTo(m.id).length)).toEqual(asked.map(() => 1));
    expect(asked.every((m) => embedsOf(repliesTo(m.id)[0] ?? {}).length === 1)).toBe(true);
    await Promise.all([a.stop(1000), b.stop(1000)]);
  });

  it("lose, refuse and repeat nothing during a rolling restart: the new one starts, then the old one stops", async () => {
    const old = await start();
    const records: InteractionRecord[] = [];
    let sending = true;
    const sender = (async () => {
      while (sending) {
        records.push(ask());
        await sleep(25);
      }
    })();
    await sleep(500);
    const fresh = await start();
    await sleep(300);
    await old.stop(5000);
    await sleep(500);
    sending = false;
    await sender;
    expect(records.length).toBeGreaterThan(30);
    expect(await outcome(fake, records)).toEqual(NONE_LOST);
    await fresh.stop(1000);
  });
});
