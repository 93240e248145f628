import type { RateLimitData } from "discord.js";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { rateLimitLog } from "../../src/bot/bot.js";

function capture() {
  const lines: { level: number; msg: string; foldedSinceLastWarning?: number }[] = [];
  const log = pino(
    { level: "debug", base: undefined },
    { write: (l: string) => void lines.push(JSON.parse(l)) },
  );
  return { log, lines };
}

const info = { route: "/webhooks/:id/:token", retryAfter: 120, global: true } as RateLimitData;

describe("rateLimitLog", () => {
  it("warns once per window and folds the waits in between into the next warning", () => {
    let now = 0;
    const { log, lines } = capture();
    const onRateLimited = rateLimitLog(log, 10_000, () => now);
    for (let i = 0; i < 200; i++) onRateLimited(info);
    now = 10_000;
    onRateLimited(info);
    const warnings = lines.filter((l) => l.level === 40);
    expect(warnings.map((w) => w.foldedSinceLastWarning)).toEqual([undefined, 199]);
    expect(lines.filter((l) => l.level === 20)).toHaveLength(199);
    expect(warnings.every((w) => w.msg === "rate limited")).toBe(true);
  });
});
