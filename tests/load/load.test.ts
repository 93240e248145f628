import { describe, expect, it } from "vitest";
import { mb, runLoad } from "./load.js";

/**
 * The load requirement itself, in `npm test`: 1,000 /ask interactions in bursts of 200 through
 * the fake Discord against the real bot (own process, real corpus). About 25 s, bound by
 * discord.js pacing the answers' edits at 50 requests/s. The 10,000-interaction memory soak is
 * `npm run load`.
 */
describe("1,000 /ask interactions in bursts of 200", () => {
  it("are each acknowledged once within 3 s and answered once with a valid payload; none lost", async () => {
    const result = await runLoad({ interactions: 1000, burst: 200, checkpoints: [1000] });
    console.info(
      `load: ${result.answered}/${result.interactions} answered, ${result.throughput.toFixed(1)} answers/s, ` +
        `first callback p50 ${result.firstCallbackMs.p50.toFixed(0)} ms p99 ${result.firstCallbackMs.p99.toFixed(0)} ms, ` +
        `RSS after GC ${mb(result.checkpoints[0]?.rss ?? 0)}, peak ${mb(result.peakRss)}`,
    );
    expect(result.problems).toEqual([]);
    expect(result.answered).toBe(1000);
    expect(result.lost).toBe(0);
    expect(result.duplicated).toBe(0);
    expect(result.late).toBe(0);
    expect(result.firstCallbackMs.max).toBeLessThan(3000);
    expect(result.tokenInLogs).toBe(0);
    expect(result.logLines.error ?? 0).toBe(0);
    expect(result.logLines.fatal ?? 0).toBe(0);
  }, 180_000);
});
