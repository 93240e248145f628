import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bot } from "../../src/bot/bot.js";
import type { FakeDiscord, GatewaySession, InteractionRecord } from "../e2e/fakeDiscord.js";
import {
  LogCapture,
  TOKEN,
  checkSent,
  expectAnswered,
  newUser,
  openTestService,
  startFake,
  startTestBot,
} from "../e2e/harness.js";
import { BOT_INTENTS } from "../e2e/env.js";

/**
 * The real discord.js client, on the real corpus, facing a gateway that misbehaves the way
 * Discord's does: closes mid-stream, drops the TCP connection, asks for a reconnect,
 * invalidates the session, stops acknowledging heartbeats. Each time the client must come
 * back (resume or identify again) and answer everything sent afterwards.
 */

/** Short, so a missing heartbeat ACK is noticed in well under a second. */
const HEARTBEAT_MS = 250;
const RECOVERY_MS = 15_000;

let fake: FakeDiscord;
let bot: Bot;
const logs = new LogCapture();

beforeAll(async () => {
  logs.start();
  fake = await startFake({ heartbeatIntervalMs: HEARTBEAT_MS });
  ({ bot } = await startTestBot(fake, openTestService()));
});

afterAll(async () => {
  await bot?.stop(1000);
  await fake?.close();
  logs.stop();
});

/** The next session the fake sees come back: "resumed" or freshly identified ("ready"). */
function recovery(kind: "resumed" | "ready"): Promise<GatewaySession> {
  return once(fake, kind, { signal: AbortSignal.timeout(RECOVERY_MS) }).then(
    ([session]) => session as GatewaySession,
  );
}

const QUESTIONS = [
  "Who led the Russian delegation?",
  "When did the first round take place?",
  "Did they discuss direct flights?",
];

/** Several users at once, /ask and /help: each acknowledged in time and answered once. */
async function expectEverythingAnswered(): Promise<void> {
  const records: InteractionRecord[] = [
    ...QUESTIONS.map((question) => fake.sendCommand("ask", { question }, newUser())),
    fake.sendCommand("help", {}, newUser()),
  ];
  for (const record of records) await expectAnswered(fake, record);
}

async function socketClosed(): Promise<void> {
  await fake.until(() => fake.session?.socket === null, "the gateway socket to close");
}

describe("the gateway closes mid-stream", () => {
  it.each([
    [4000, "unknown error"],
    [1001, "going away"],
  ])(
    "with resumable code %i (%s): the client resumes the same session, replays what it missed, and answers everything",
    async (code, reason) => {
      await expectEverythingAnswered();
      const before = fake.session;
      const resumed = recovery("resumed");
      fake.closeGateway(code, reason);
      await socketClosed();
      // Sent while the bot is away: Discord keeps it and replays it on resume.
      const missed = fake.sendCommand("ask", { question: "Where were the talks held?" }, newUser());
      const session = await resumed;
      expect(session.id).toBe(before?.id);
      await expectAnswered(fake, missed);
      await expectEverythingAnswered();
    },
  );

  it("abnormally (1006, the TCP connection dropped without a close frame): the client resumes and answers everything", async () => {
    const before = fake.session;
    const connection = fake.connections.at(-1);
    const resumed = recovery("resumed");
    fake.terminateGateway();
    await socketClosed();
    expect(connection?.closeCode).toBe(1006);
    const missed = fake.sendCommand("ask", { question: "What did the US raise?" }, newUser());
    expect((await resumed).id).toBe(before?.id);
    await expectAnswered(fake, missed);
    await expectEverythingAnswered();
  });
});

describe("Discord asks the client to reconnect", () => {
  it("op 7 Reconnect: the client closes as resuming (4200), reconnects, resumes and answers everything", async () => {
    const before = fake.session;
    const connection = fake.connections.at(-1);
    const connections = fake.connections.length;
    const resumed = recovery("resumed");
    fake.sendReconnect();
    const session = await resumed;
    expect(session.id).toBe(before?.id);
    expect(connection?.closeCode).toBe(4200);
    expect(fake.connections.length).toBe(connections + 1);
    await expectEverythingAnswered();
  });

  it("op 9 Invalid Session, resumable: the client resumes on the same connection and answers everything", async () => {
    const before = fake.session;
    const connections = fake.connections.length;
    const resumed = recovery("resumed");
    fake.sendInvalidSession(true);
    expect((await resumed).id).toBe(before?.id);
    expect(fake.connections.length).toBe(connections);
    await expectEverythingAnswered();
  });

  it("op 9 Invalid Session, not resumable: the client identifies again (the same unprivileged intents) and answers everything", async () => {
    const before = fake.session;
    const identifies = fake.identifies.length;
    const ready = recovery("ready");
    fake.sendInvalidSession(false);
    const session = await ready;
    expect(session.id).not.toBe(before?.id);
    expect(fake.identifies.length).toBe(identifies + 1);
    expect(fake.identifies.at(-1)?.intents).toBe(BOT_INTENTS);
    await expectEverythingAnswered();
  });
});

describe("heartbeats", () => {
  it("an ACK that never comes is noticed at the next beat: the client drops the zombie connection, resumes on a new one and answers everything", async () => {
    await expectEverythingAnswered();
    // Every connected session goes silent (one per shard when TALKS_E2E_SHARDS=2).
    const before = [...fake.sessions.values()].filter((s) => s.socket !== null).map((s) => s.id);
    const connection = fake.connections.at(-1);
    const beats = fake.heartbeats.length;
    const resumed = recovery("resumed");
    fake.ackHeartbeats = false;
    try {
      await fake.until(
        () => connection?.closeCode !== null,
        "the client to give up on the silent connection",
        RECOVERY_MS,
      );
    } finally {
      fake.ackHeartbeats = true;
    }
    expect(connection?.closeCode).toBe(4200);
    const unanswered = fake.heartbeats.slice(beats).find((b) => !b.acked);
    if (!unanswered || connection?.closedAt == null) throw new Error("no unanswered heartbeat");
    // Noticed when the next heartbeat is due: one interval later, give or take the scheduler.
    expect(connection.closedAt - unanswered.at).toBeLessThan(HEARTBEAT_MS * 2 + 1000);
    expect(before).toContain((await resumed).id);
    await expectEverythingAnswered();
  });
});

describe("after every fault", () => {
  it("the client only ever identified with Guilds, GuildMessages and DirectMessages", () => {
    expect(fake.identifies.length).toBeGreaterThanOrEqual(2);
    expect(fake.identifies.map((i) => i.intents)).toEqual(fake.identifies.map(() => BOT_INTENTS));
  });

  it("no interaction failed, every payload was valid and pinged nobody, and the log never held the token", () => {
    expect(logs.lines.filter((l) => /"level":(50|60)/.test(l))).toEqual([]);
    const sent = checkSent(fake.calls);
    expect(sent.problems).toEqual([]);
    // At least one request per question asked above (two when an answer is deferred).
    expect(sent.checked).toBeGreaterThan(25);
    expect(logs.text).not.toContain(TOKEN);
  });

  it("each interaction was acknowledged exactly once", () => {
    for (const record of fake.interactions.values()) {
      const acks = record.responses.filter((r) => r.kind === "callback");
      expect(acks.length, record.id).toBe(1);
    }
  });
});
