import { describe, expect, it } from "vitest";
import { createClient, shardOptions } from "../../src/bot/client.js";
import type { DiscordConfig } from "../../src/config.js";

const discord: DiscordConfig = {
  token: "MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GxY-z1.client_test_token_0123456789abcdefghij",
  applicationId: null,
  guildId: null,
  apiUrl: null,
  messageContent: false,
  shards: null,
};

describe("the client's shards", () => {
  it("are discord.js's default single shard when SHARD_COUNT is not set", () => {
    expect(shardOptions(null)).toEqual({});
  });

  it("are all of SHARD_COUNT, or only SHARD_IDS of them, or as many as Discord asks for", () => {
    expect(shardOptions({ count: 3, ids: null })).toEqual({ shards: [0, 1, 2], shardCount: 3 });
    expect(shardOptions({ count: 4, ids: [2, 3] })).toEqual({ shards: [2, 3], shardCount: 4 });
    expect(shardOptions({ count: "auto", ids: null })).toMatchObject({ shards: "auto" });
  });

  it("as auto, reach the client as auto even when the environment holds SHARD_COUNT=auto", async () => {
    // discord.js reads SHARD_COUNT from the environment when no count is given.
    const before = process.env.SHARD_COUNT;
    process.env.SHARD_COUNT = "auto";
    try {
      const client = createClient({ ...discord, shards: { count: "auto", ids: null } });
      expect(client.options.shards).toBe("auto");
      await client.destroy();
    } finally {
      if (before === undefined) delete process.env.SHARD_COUNT;
      else process.env.SHARD_COUNT = before;
    }
  });

  it("reach the discord.js client", async () => {
    const client = createClient({ ...discord, shards: { count: 4, ids: [1, 3] } });
    expect(client.options).toMatchObject({ shards: [1, 3], shardCount: 4 });
    await client.destroy();
  });
});
