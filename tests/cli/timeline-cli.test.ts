import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pngProblems } from "../e2e/png.js";

/** Runs the CLI exactly as the contract spells it: npm run --silent timeline -- … */
function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync("npm", ["run", "--silent", "timeline", "--", ...args], {
    encoding: "utf8",
    env: { ...process.env, LOG_LEVEL: "warn" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface CliEvent {
  date: string;
  dateEnd?: string;
  precision: string;
  summary: string;
  status: string;
  sources: Array<Record<string, unknown>>;
}

const EVENT_KEYS = ["date", "precision", "summary", "status", "sources"];
const SOURCE_KEYS = ["articleId", "title", "outlet", "published", "url", "passage"];

describe("timeline CLI", () => {
  it("--json prints exactly the contract, sorted by date", () => {
    const { status, stdout } = run("--json");
    expect(status).toBe(0);
    const parsed = JSON.parse(stdout) as { events: CliEvent[] };
    expect(Object.keys(parsed)).toEqual(["events"]);
    expect(parsed.events.length).toBeGreaterThanOrEqual(14);
    for (const e of parsed.events) {
      const keys = Object.keys(e).filter((k) => k !== "dateEnd");
      expect(keys).toEqual(EVENT_KEYS);
      expect(e.date).toMatch(
        e.precision === "year"
          ? /^\d{4}$/
          : e.precision === "month"
            ? /^\d{4}-\d{2}$/
            : /^\d{4}-\d{2}-\d{2}$/,
      );
      expect(["happened", "scheduled"]).toContain(e.status);
      for (const s of e.sources) expect(Object.keys(s)).toEqual(SOURCE_KEYS);
    }
    const starts = parsed.events.map((e) => e.date.padEnd(10, "-01").slice(0, 10));
    expect(starts).toEqual([...starts].sort());
  });

  it("--topic flights keeps the rounds where flights were raised, and nothing else", () => {
    const { status, stdout } = run("--json", "--topic", "flights");
    expect(status).toBe(0);
    const { events } = JSON.parse(stdout) as { events: CliEvent[] };
    // February: "the possible restoration of direct flights"; April: its agenda, "resuming
    // direct air service", said in the story but not in the dated sentence.
    expect(events.map((e) => e.date)).toEqual(["2025-02-27", "2025-04-10"]);
  });

  it("--png writes the picture and still prints the timeline", () => {
    const file = join(mkdtempSync(join(tmpdir(), "timeline-png-")), "flights.png");
    const { status, stdout } = run("--json", "--topic", "flights", "--png", file);
    expect(status).toBe(0);
    expect((JSON.parse(stdout) as { events: unknown[] }).events).toHaveLength(2);
    expect(pngProblems(readFileSync(file)).problems).toEqual([]);
  });

  it("--from 2025-01-01 drops the older history", () => {
    const all = (JSON.parse(run("--json").stdout) as { events: CliEvent[] }).events;
    const { events } = JSON.parse(run("--json", "--from", "2025-01-01").stdout) as {
      events: CliEvent[];
    };
    expect(events.length).toBeGreaterThan(0);
    expect(events.length).toBeLessThan(all.length);
    for (const e of events) expect((e.dateEnd ?? e.date) >= "2025").toBe(true);
  });

  it("without --json a readable timeline is printed", () => {
    const { status, stdout } = run("--topic", "Riyadh");
    expect(status).toBe(0);
    expect(stdout).toMatch(/^2025-02-18 {2}.*Riyadh/m);
  });

  it("a bad date fails with a clear message on stderr and nothing on stdout", () => {
    const { status, stdout, stderr } = run("--json", "--from", "2025-02-30");
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(
      'timeline: --from must be a real calendar date written YYYY-MM-DD (got "2025-02-30")',
    );
  });

  it("an unknown flag fails with the usage on stderr", () => {
    const { status, stdout, stderr } = run("--bogus");
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("usage: npm run --silent timeline --");
  });
});
