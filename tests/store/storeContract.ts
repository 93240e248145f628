import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { StoreUnavailable, type Store, type Vote } from "../../src/store/types.js";

export const silent = pino({ level: "silent" });

/** What the factories give the stores they open: three turns kept, for a minute. */
export const TEST_LIMITS = { maxTurns: 3, ttlMs: 60_000 };

export interface StoreOpenOptions {
  now?: () => number;
}

/** One empty database per test; `open` may be called more than once on it (a restart, a second process). */
export interface FreshDatabase {
  open(options?: StoreOpenOptions): Promise<Store>;
}

export function vote(overrides: Partial<Vote> = {}): Vote {
  return {
    answerKey: "m1",
    userId: "400000000000000001",
    vote: 1,
    reason: null,
    comment: null,
    question: "who led the Russian delegation?",
    status: "answered",
    answer: "Aleksandr Darchiev.",
    passageIds: ["a1#0123456789"],
    corpusVersion: "v1",
    guildId: "987654321098765432",
    ...overrides,
  };
}

/**
 * What every backend of the store must do alike: run once per backend (SQLite, PostgreSQL),
 * each test on an empty database of its own.
 */
export function storeContract(fresh: () => Promise<FreshDatabase>): void {
  describe("the store's contract", () => {
    it("opens healthy on an empty database", async () => {
      const store = await (await fresh()).open();
      expect(store.health()).toEqual({ ok: true });
      await store.close();
    });

    it("counts one vote per person per answer, the last one winning", async () => {
      const store = await (await fresh()).open();
      await Promise.all([store.vote(vote()), store.vote(vote({ vote: -1, reason: "wrong" }))]);
      await store.vote(vote({ userId: "400000000000000002" }));
      await store.vote(vote({ answerKey: "m2" }));
      expect(await store.feedbackSummary(null, 5)).toEqual({
        up: 2,
        down: 1,
        worst: [{ question: "who led the Russian delegation?", up: 2, down: 1 }],
      });
      await store.close();
    });

    it("counts a vote given again after a restart as the same person's", async () => {
      const db = await fresh();
      const first = await db.open();
      await first.vote(vote());
      await first.close();
      const second = await db.open();
      await second.vote(vote({ vote: -1 }));
      expect(await second.feedbackSummary(null, 5)).toMatchObject({ up: 0, down: 1 });
      await second.close();
    });

    it("sums the votes of one server only when asked for one, worst question first", async () => {
      const store = await (await fresh()).open();
      await store.vote(vote({ question: "q1", vote: -1 }));
      await store.vote(vote({ question: "q2", answerKey: "m2", vote: -1 }));
      await store.vote(vote({ question: "q2", answerKey: "m2", userId: "2", vote: -1 }));
      await store.vote(vote({ question: "q3", answerKey: "m3", guildId: "other", vote: -1 }));
      expect(await store.feedbackSummary("987654321098765432", 5)).toEqual({
        up: 0,
        down: 3,
        worst: [
          { question: "q2", up: 0, down: 2 },
          { question: "q1", up: 0, down: 1 },
        ],
      });
      expect((await store.feedbackSummary(null, 1)).worst).toHaveLength(1);
      expect(await store.feedbackSummary("no-votes-here", 5)).toEqual({
        up: 0,
        down: 0,
        worst: [],
      });
      await store.close();
    });

    it("exports every vote in the order given, with its answer and without the voter", async () => {
      let now = 1_700_000_000_000;
      const store = await (await fresh()).open({ now: () => now });
      await store.vote(vote({ comment: "quoted the wrong day", vote: -1, reason: "wrong" }));
      now += 1;
      await store.vote(vote({ answerKey: "m2", guildId: null, passageIds: [] }));
      const records = await store.feedback();
      expect(records).toEqual([
        expect.objectContaining({
          vote: -1,
          reason: "wrong",
          comment: "quoted the wrong day",
          passageIds: ["a1#0123456789"],
          guildId: "987654321098765432",
          createdAt: 1_700_000_000_000,
        }),
        expect.objectContaining({ vote: 1, reason: null, guildId: null, passageIds: [] }),
      ]);
      expect(JSON.stringify(records)).not.toContain("400000000000000001");
      await store.close();
    });

    it("keeps a burst of 200 votes given in one moment, none lost", async () => {
      const store = await (await fresh()).open();
      await Promise.all(
        Array.from({ length: 200 }, (_, i) => store.vote(vote({ userId: `user-${i}` }))),
      );
      expect((await store.feedbackSummary(null, 5)).up).toBe(200);
      await store.close();
    });

    it("keeps the last turns of a conversation only, and forgets them when they expire", async () => {
      let now = 1_000_000;
      const store = await (await fresh()).open({ now: () => now });
      for (const n of [1, 2, 3, 4]) {
        await store.addTurn("t1", { question: `q${n}`, answer: `a${n}` });
      }
      expect((await store.turns("t1")).map((t) => t.question)).toEqual(["q2", "q3", "q4"]);
      expect(await store.turns("t2")).toEqual([]);
      now += TEST_LIMITS.ttlMs + 1;
      expect(await store.turns("t1")).toEqual([]);
      await store.close();
    });

    it("starts a cooldown once, reports the seconds left, and keeps it across a restart", async () => {
      const db = await fresh();
      let now = 5_000_000;
      const first = await db.open({ now: () => now });
      expect(await first.takeCooldown("ask:u", 30)).toBe(0);
      now += 10_000;
      expect(await first.takeCooldown("ask:u", 30)).toBe(20);
      expect(await first.takeCooldown("ask:other", 30)).toBe(0);
      await first.close();
      const second = await db.open({ now: () => now });
      expect(await second.takeCooldown("ask:u", 30)).toBe(20);
      now += 20_000;
      expect(await second.takeCooldown("ask:u", 30)).toBe(0);
      expect(await second.takeCooldown("ask:u", 0)).toBe(0);
      await second.close();
    });

    it("lets exactly one of two processes start a cooldown they both ask for at once", async () => {
      const db = await fresh();
      const [a, b] = [await db.open(), await db.open()];
      const waits = await Promise.all(
        Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).takeCooldown("ask:same", 30)),
      );
      expect(waits.filter((w) => w === 0)).toHaveLength(1);
      expect(waits.filter((w) => w === 30)).toHaveLength(9);
      await Promise.all([a.close(), b.close()]);
    });

    it("gives an interaction to the first of two processes that claims it, and to no other", async () => {
      const db = await fresh();
      const [a, b] = [await db.open(), await db.open()];
      const ids = Array.from({ length: 20 }, (_, i) => `interaction-${i}`);
      const claims = await Promise.all(
        ids.flatMap((id, i) => (i % 2 ? [a.claim(id), b.claim(id)] : [b.claim(id), a.claim(id)])),
      );
      for (let i = 0; i < ids.length; i++) {
        expect([claims[2 * i], claims[2 * i + 1]].sort()).toEqual([false, true]);
      }
      expect(await a.claim("interaction-0")).toBe(false);
      await Promise.all([a.close(), b.close()]);
    });

    it("shares settings, votes and conversations between two processes on one database", async () => {
      const db = await fresh();
      const [a, b] = [await db.open(), await db.open()];
      await a.saveSettings("g", { channels: ["c1"], privateByDefault: true, cooldownSeconds: 5 });
      await a.addTurn("t", { question: "q", answer: "a" });
      await Promise.all([a.vote(vote()), b.vote(vote({ userId: "400000000000000002" }))]);
      expect(await b.settings("g")).toEqual({
        channels: ["c1"],
        privateByDefault: true,
        cooldownSeconds: 5,
      });
      expect(await b.turns("t")).toEqual([{ question: "q", answer: "a" }]);
      // The same person voting through the other process replaces their vote.
      await b.vote(vote({ vote: -1 }));
      expect(await a.feedbackSummary(null, 5)).toMatchObject({ up: 1, down: 1 });
      await Promise.all([a.close(), b.close()]);
    });

    it("saves and replaces server settings, and gives the defaults for an unknown server", async () => {
      const store = await (await fresh()).open();
      await store.saveSettings("g", {
        channels: ["c1"],
        privateByDefault: true,
        cooldownSeconds: 5,
      });
      await store.saveSettings("g", {
        channels: [],
        privateByDefault: false,
        cooldownSeconds: null,
      });
      expect(await store.settings("g")).toEqual({
        channels: [],
        privateByDefault: false,
        cooldownSeconds: null,
      });
      expect(await store.settings("unknown")).toEqual({
        channels: [],
        privateByDefault: false,
        cooldownSeconds: null,
      });
      await store.close();
    });

    it("refuses writes once closed, and gives defaults to reads", async () => {
      const store = await (await fresh()).open();
      await store.close();
      await expect(store.vote(vote())).rejects.toBeInstanceOf(StoreUnavailable);
      await expect(store.takeCooldown("ask:u", 30)).rejects.toBeInstanceOf(StoreUnavailable);
      expect(await store.turns("t")).toEqual([]);
      expect(store.health().ok).toBe(false);
    });
  });
}
