import { Events, GatewayIntentBits, IntentsBitField } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bot } from "../../src/bot/bot.js";
import { INTENTS, createClient } from "../../src/bot/client.js";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/log/log.js";
import { Messages } from "../../src/render/messages.js";
import type { TalksService } from "../../src/service.js";
import type { FakeDiscord, InteractionRecord } from "../e2e/fakeDiscord.js";
import {
  LogCapture,
  TOKEN,
  botEnv,
  buttonsOf,
  checkSent,
  expectAnswered,
  waitForPrivateNotice,
  newUser,
  openTestService,
  startFake,
  startTestBot,
} from "../e2e/harness.js";
import { BOT_INTENTS } from "../e2e/env.js";

/**
 * Security properties checked on the real client: the token never reaches a log line
 * (whatever carries it), every message goes out with mentions disabled, and the client asks
 * Discord for Guilds, GuildMessages and DirectMessages and nothing more.
 */

/** The part of a bot token that is the actual secret (the first part is only the bot's id). */
const SECRET_PART = TOKEN.split(".")[2] ?? TOKEN;

/** Errors of every shape a handler could throw with the token in scope. */
const LEAKS: Record<string, () => unknown> = {
  "in the message": () => new Error(`connect failed for Bot ${TOKEN}`),
  "in a property": () =>
    Object.assign(new Error("request failed"), { config: { token: TOKEN, auth: `Bot ${TOKEN}` } }),
  "in the cause": () => new Error("wrapped", { cause: new Error(`inner ${TOKEN}`) }),
  "in an aggregate": () => new AggregateError([new Error(TOKEN)], "several failed"),
  "as a thrown string": () => `raw ${TOKEN}`,
  "in a URL": () => new TypeError(`fetch failed: https://discord.example/api?token=${TOKEN}`),
};

/** The real domain, except questions starting "leak " throw one of LEAKS. */
function leakyService(): TalksService {
  const real = openTestService();
  return {
    ...real,
    ask(question) {
      const kind = /^leak (.+)$/.exec(question)?.[1];
      const make = kind ? LEAKS[kind] : undefined;
      if (make) throw make();
      return real.ask(question);
    },
  };
}

let fake: FakeDiscord;
let bot: Bot;
const logs = new LogCapture();
const records: InteractionRecord[] = [];

function send(record: InteractionRecord): InteractionRecord {
  records.push(record);
  return record;
}

beforeAll(async () => {
  logs.start();
  fake = await startFake();
  // trace: discord.js's own debug lines are logged too, and must be as clean.
  ({ bot } = await startTestBot(fake, leakyService(), { LOG_LEVEL: "trace" }));
});

afterAll(async () => {
  await bot?.stop(1000);
  await fake?.close();
  logs.stop();
});

describe("the token never reaches a log line", () => {
  it.each(Object.keys(LEAKS))(
    "when a handler throws with the token %s: logged redacted, the user told privately",
    async (kind) => {
      const record = send(fake.sendCommand("ask", { question: `leak ${kind}` }, newUser()));
      await waitForPrivateNotice(fake, record, Messages.somethingWentWrong);
      const failure = logs.lines.find(
        (l) => l.includes(record.id) && l.includes("interaction handler failed"),
      );
      expect(failure).toContain("[redacted]");
      expect(failure).not.toContain(SECRET_PART);
    },
  );

  it("when the client reports an error, a warning or a debug line holding it", () => {
    const from = logs.lines.length;
    bot.client.emit(Events.Error, new Error(`gateway refused ${TOKEN}`));
    bot.client.emit(Events.Warn, `warned about ${TOKEN}`);
    bot.client.emit(Events.Debug, `debugging ${TOKEN}`);
    const lines = logs.lines.slice(from);
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(line).toContain("[redacted]");
      expect(line).not.toContain(SECRET_PART);
    }
  });

  it("when the whole configuration is logged", () => {
    const config = loadConfig({ env: botEnv(fake), envFile: null });
    const from = logs.lines.length;
    createLogger("info").error({ config, env: { DISCORD_TOKEN: TOKEN } }, `config ${TOKEN}`);
    const line = logs.lines.slice(from).join("");
    expect(line).toContain('"msg":"config [redacted]"');
    expect(line).not.toContain(SECRET_PART);
  });
});

describe("every message the bot sends", () => {
  it("for every command, button, notice and failure goes out with allowed_mentions.parse empty", async () => {
    const ask = send(
      fake.sendCommand("ask", { question: "What was on the agenda of the talks?" }, newUser()),
    );
    await expectAnswered(fake, ask);
    const asker = newUser();
    await expectAnswered(
      fake,
      send(fake.sendCommand("ask", { question: "@everyone who led?", private: true }, asker)),
    );
    await expectAnswered(
      fake,
      send(fake.sendCommand("ask", { question: "again, who led?" }, asker)), // cooldown notice
    );
    await expectAnswered(fake, send(fake.sendCommand("ask", { question: " ? " }, newUser())));
    await expectAnswered(
      fake,
      send(fake.sendCommand("ask", { question: "what is the weather on Mars" }, newUser())),
    );
    const timeline = send(fake.sendCommand("timeline", {}, newUser()));
    const page = await expectAnswered(fake, timeline);
    const next = buttonsOf(page).find((b) => b.label?.includes("Next"))?.custom_id;
    expect(next).toBeDefined();
    await expectAnswered(
      fake,
      send(fake.clickButton(timeline.original ?? {}, next ?? "", newUser())),
    );
    await expectAnswered(fake, send(fake.sendCommand("timeline", { from: "someday" }, newUser())));
    await expectAnswered(fake, send(fake.sendAutocomplete("timeline", "topic", "fli")));
    await expectAnswered(fake, send(fake.sendCommand("sources", {}, newUser())));
    await expectAnswered(fake, send(fake.sendCommand("help", {}, newUser())));
    await expectAnswered(fake, send(fake.sendCommand("gone", {}, newUser())));
    await expectAnswered(
      fake,
      send(
        fake.clickButton({ id: "1", channel_id: fake.channelId, embeds: [] }, "zz:0", newUser()),
      ),
    );

    const sent = checkSent(fake.calls);
    expect(sent.problems).toEqual([]);
    expect(sent.checked).toBeGreaterThanOrEqual(records.length);
    const bodies = fake.calls.filter(
      (c) =>
        (c.path.startsWith("/webhooks/") && c.method !== "DELETE") ||
        (c.path.endsWith("/callback") && [4, 7].includes((c.body as { type: number }).type)),
    );
    expect(bodies.length).toBeGreaterThan(15);
    for (const call of bodies) {
      const body = call.body as {
        data?: { allowed_mentions?: unknown };
        allowed_mentions?: unknown;
      };
      expect(body.data?.allowed_mentions ?? body.allowed_mentions).toEqual({ parse: [] });
    }
  });
});

describe("gateway intents", () => {
  it("the client is built with Guilds, GuildMessages and DirectMessages and no privileged intent", async () => {
    expect(INTENTS).toEqual([
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
    ]);
    const discord = {
      token: TOKEN,
      applicationId: null,
      guildId: null,
      apiUrl: null,
      messageContent: false,
      shards: null,
    };
    const client = createClient(discord);
    expect(new IntentsBitField(client.options.intents).toArray()).toEqual([
      "Guilds",
      "GuildMessages",
      "DirectMessages",
    ]);
    await client.destroy();
  });

  it("adds the Message Content intent only when DISCORD_MESSAGE_CONTENT asks for it", async () => {
    const client = createClient({
      token: TOKEN,
      applicationId: null,
      guildId: null,
      apiUrl: null,
      messageContent: true,
      shards: null,
    });
    expect(new IntentsBitField(client.options.intents).toArray()).toContain("MessageContent");
    await client.destroy();
  });

  it("and identifies to Discord asking for nothing more", () => {
    expect(fake.identifies.length).toBeGreaterThanOrEqual(1);
    for (const identify of fake.identifies) expect(identify.intents).toBe(BOT_INTENTS);
  });
});

describe("after everything in this file", () => {
  it("no log line held the token, its secret part, or an interaction token", () => {
    expect(logs.lines.length).toBeGreaterThan(20);
    expect(logs.text).not.toContain(TOKEN);
    expect(logs.text).not.toContain(SECRET_PART);
    for (const record of fake.interactions.values()) expect(logs.text).not.toContain(record.token);
  });
});
