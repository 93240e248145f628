import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { Gate } from "../../src/bot/gate.js";
import { Messages } from "../../src/render/messages.js";
import {
  DEFAULT_SETTINGS,
  StoreUnavailable,
  type GuildSettings,
  type Store,
} from "../../src/store/types.js";

const silent = pino({ level: "silent" });

/** A store with fixed settings whose cooldowns work, or fail as a locked database's would. */
function store(settings: Partial<GuildSettings>, cooldowns: "work" | "fail"): Store {
  const until = new Map<string, number>();
  const unused = () => Promise.reject(new Error("not used here"));
  return {
    health: () => ({ ok: true }),
    settings: () => Promise.resolve({ ...DEFAULT_SETTINGS, ...settings }),
    saveSettings: unused,
    takeCooldown(scope, seconds) {
      if (cooldowns === "fail") return Promise.reject(new StoreUnavailable("locked"));
      if (until.has(scope)) return Promise.resolve(seconds);
      until.set(scope, seconds);
      return Promise.resolve(0);
    },
    claim: unused,
    turns: unused,
    addTurn: unused,
    vote: unused,
    feedbackSummary: unused,
    feedback: unused,
    backup: unused,
    close: () => Promise.resolve(),
  };
}

const place = { userId: "u1", guildId: "g1", channelId: "c1" };

describe("Gate", () => {
  it("refuses a channel the server left off its list, naming the ones it allows", async () => {
    const gate = new Gate(store({ channels: ["c2"] }, "work"), 10, silent);
    expect(await gate.admit(place, { cooldown: true })).toEqual({
      ok: false,
      reason: "channel",
      notice: Messages.channelNotAllowed(["c2"]),
    });
    expect((await gate.admit({ ...place, channelId: "c2" }, { cooldown: true })).ok).toBe(true);
  });

  it("applies the cooldown from the store and passes the server's private-by-default on", async () => {
    const gate = new Gate(
      store({ privateByDefault: true, cooldownSeconds: 7 }, "work"),
      10,
      silent,
    );
    expect(await gate.admit(place, { cooldown: true })).toEqual({
      ok: true,
      privateByDefault: true,
    });
    expect(await gate.admit(place, { cooldown: true })).toMatchObject({
      ok: false,
      notice: Messages.cooldown(7),
    });
    expect((await gate.admit(place, { cooldown: false })).ok).toBe(true);
  });

  it("keeps the cooldown in memory while the store cannot be written", async () => {
    const gate = new Gate(store({}, "fail"), 10, silent);
    expect((await gate.admit(place, { cooldown: true })).ok).toBe(true);
    expect(await gate.admit(place, { cooldown: true })).toMatchObject({
      ok: false,
      reason: "cooldown",
    });
  });

  it("in a DM uses the defaults: every channel, public, the configured cooldown", async () => {
    const gate = new Gate(store({ channels: ["c2"] }, "work"), 0, silent);
    const dm = { userId: "u1", guildId: null, channelId: "d1" };
    expect(await gate.admit(dm, { cooldown: true })).toEqual({ ok: true, privateByDefault: false });
  });
});
