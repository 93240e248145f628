import { afterEach, describe, expect, it } from "vitest";
import type { ReloadableService } from "../../src/app.js";
import type { Bot } from "../../src/bot/bot.js";
import {
  guildIdOnShard,
  shardOfGuild,
  type FakeDiscord,
  type InteractionRecord,
} from "./fakeDiscord.js";
import {
  GUILD_ID,
  newUser,
  openTestService,
  startFake,
  startTestBot,
  tempDatabasePath,
} from "./harness.js";
import { NONE_LOST, outcome } from "./outcome.js";

/**
 * The bot on two gateway shards (SHARD_COUNT, SHARD_IDS) against a fake Discord that asks for
 * two: each shard receives its own guilds and the interactions from them, so a shard the bot
 * failed to open, or one answered by two processes without the shared claim, shows as
 * questions lost or answered twice.
 */

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The test guild's shard, and a second guild on the other one. */
const SHARD_OF_GUILD = shardOfGuild(GUILD_ID, 2);
const OTHER_GUILD = guildIdOnShard(1 - SHARD_OF_GUILD, 2);
const GUILDS = [GUILD_ID, OTHER_GUILD];

let fake: FakeDiscord | undefined;
let service: ReloadableService | undefined;
const bots: Bot[] = [];

afterEach(async () => {
  await Promise.all(bots.splice(0).map((bot) => bot.stop(1000)));
  await fake?.close();
});

async function start(env: Record<string, string>, database = tempDatabasePath()): Promise<Bot> {
  service ??= openTestService();
  const { bot } = await startTestBot(fake!, service, {
    DATABASE_PATH: database,
    LOG_LEVEL: "warn",
    ...env,
  });
  bots.push(bot);
  return bot;
}

/** A question from a new user in guild `n % 2`: the two guilds, so the two shards, by turns. */
function ask(n: number): InteractionRecord {
  return fake!.sendCommand(
    "ask",
    { question: "Who led the Russian delegation?" },
    newUser(),
    GUILDS[n % 2],
  );
}

function shardsOf(records: InteractionRecord[]): number[] {
  return [...new Set(records.map((r) => r.shard))].sort() as number[];
}

describe("with two shards", () => {
  it("one process with SHARD_COUNT=2 opens both and answers each guild's questions once", async () => {
    fake = await startFake({ shardCount: 2, otherGuildIds: [OTHER_GUILD] });
    const bot = await start({ SHARD_COUNT: "2" });
    expect(fake.identifies.map((d) => d.shard)).toEqual(
      expect.arrayContaining([
        [0, 2],
        [1, 2],
      ]),
    );
    expect([...bot.client.guilds.cache.keys()].sort()).toEqual([...GUILDS].sort());
    const records = Array.from({ length: 30 }, (_, n) => ask(n));
    expect(shardsOf(records)).toEqual([0, 1]);
    expect(await outcome(fake, records)).toEqual(NONE_LOST);
  });

  it("two processes, SHARD_IDS=0 and SHARD_IDS=1, each open their own shard and answer their own guilds", async () => {
    fake = await startFake({ shardCount: 2, otherGuildIds: [OTHER_GUILD] });
    const database = tempDatabasePath();
    const first = await start({ SHARD_COUNT: "2", SHARD_IDS: "0" }, database);
    const second = await start({ SHARD_COUNT: "2", SHARD_IDS: "1" }, database);
    const guildOn = (shard: number) => GUILDS.find((g) => shardOfGuild(g, 2) === shard);
    expect([...first.client.guilds.cache.keys()]).toEqual([guildOn(0)]);
    expect([...second.client.guilds.cache.keys()]).toEqual([guildOn(1)]);
    const records = Array.from({ length: 30 }, (_, n) => ask(n));
    expect(shardsOf(records)).toEqual([0, 1]);
    expect(await outcome(fake, records)).toEqual(NONE_LOST);
  });

  it("a process that opens one shard of the two loses the other's questions (what the checks above catch)", async () => {
    fake = await startFake({ shardCount: 2, otherGuildIds: [OTHER_GUILD] });
    await start({ SHARD_COUNT: "2", SHARD_IDS: "0" });
    const records = Array.from({ length: 10 }, (_, n) => ask(n));
    const seen = await outcome(fake, records, 2000);
    expect(seen).toMatchObject({ lost: 5, twice: 0, refused: 0 });
    const unanswered = records.filter((r) => r.responses.length === 0);
    // Every one lost is from the guild of the shard nobody opened, and was never delivered.
    expect(unanswered.map((r) => shardOfGuild(String(r.payload.guild_id), 2))).toEqual([
      1, 1, 1, 1, 1,
    ]);
    expect(unanswered.map((r) => r.shard)).toEqual([null, null, null, null, null]);
  });

  it("lose, refuse and repeat nothing during a rolling restart across both shards", async () => {
    // Both processes on both shards for a while: Discord gives each interaction to both.
    fake = await startFake({ shardCount: 2, otherGuildIds: [OTHER_GUILD], everySession: true });
    const database = tempDatabasePath();
    const old = await start({ SHARD_COUNT: "2" }, database);
    const records: InteractionRecord[] = [];
    let sending = true;
    const sender = (async () => {
      for (let n = 0; sending; n++) {
        records.push(ask(n));
        await sleep(25);
      }
    })();
    await sleep(500);
    await start({ SHARD_COUNT: "2" }, database);
    await sleep(300);
    await old.stop(5000);
    bots.splice(bots.indexOf(old), 1);
    await sleep(500);
    sending = false;
    await sender;
    expect(records.length).toBeGreaterThan(30);
    expect(shardsOf(records)).toEqual([0, 1]);
    expect(await outcome(fake, records)).toEqual(NONE_LOST);
  });
});
