import { describe, expect, it } from "vitest";
import { Cooldown } from "../../src/bot/cooldown.js";

describe("Cooldown", () => {
  it("lets a user ask, then makes them wait the seconds left, rounded up", () => {
    let now = 1_000_000;
    const cooldown = new Cooldown(10, () => now);
    expect(cooldown.take("u1")).toBe(0);
    now += 2500;
    expect(cooldown.take("u1")).toBe(8);
    expect(cooldown.take("u2")).toBe(0);
    now += 7500;
    expect(cooldown.take("u1")).toBe(0);
  });

  it("with 0 seconds never makes anyone wait and remembers no one", () => {
    const cooldown = new Cooldown(0);
    expect(cooldown.take("u1")).toBe(0);
    expect(cooldown.take("u1")).toBe(0);
    expect(cooldown.size).toBe(0);
  });

  it("release gives the use back", () => {
    const cooldown = new Cooldown(10);
    cooldown.take("u1");
    cooldown.release("u1");
    expect(cooldown.take("u1")).toBe(0);
  });

  it("does not grow without bound when many distinct users ask over time", () => {
    let now = 0;
    const cooldown = new Cooldown(1, () => now);
    for (let i = 0; i < 50_000; i++) {
      cooldown.take(`user${i}`);
      now += 10;
    }
    expect(cooldown.size).toBeLessThan(2200);
  });
});
