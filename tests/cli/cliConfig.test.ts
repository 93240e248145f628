import { afterEach, describe, expect, it, vi } from "vitest";
import { configOrReport } from "../../src/cli/cliConfig.js";

describe("the config a command-line tool reads", () => {
  afterEach(() => vi.restoreAllMocks());

  it("a bad variable is reported by name and yields no config", () => {
    const printed: string[] = [];
    vi.spyOn(console, "error").mockImplementation((m: unknown) => void printed.push(String(m)));
    expect(configOrReport({ env: { LOG_LEVEL: "loud" }, envFile: null })).toBeUndefined();
    expect(printed.join("\n")).toContain("LOG_LEVEL");
  });

  it("a good environment yields the config", () => {
    expect(configOrReport({ env: {}, envFile: null })?.databasePath).toBe("data/talks.db");
  });
});
