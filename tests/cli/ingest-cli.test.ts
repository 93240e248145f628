import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { INDEX_FILE } from "../../src/search/cache.js";
import { openCorpus } from "../../src/openCorpus.js";

/** Runs the CLI as the README spells it: npm run ingest -- … */
function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync("npm", ["run", "--silent", "ingest", "--", ...args], {
    encoding: "utf8",
    env: { ...process.env, LOG_LEVEL: "warn" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("ingest CLI", () => {
  it("ends with the search index built, so a fresh process answers without building it", () => {
    const root = mkdtempSync(join(tmpdir(), "ingest-cli-"));
    const [raw, out, cache] = ["raw", "articles", "cache"].map((d) => join(root, d)) as [
      string,
      string,
      string,
    ];
    cpSync("corpus/raw", raw, { recursive: true });
    const args = ["--raw", raw, "--out", out, "--cache", cache];

    const first = run(args);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain("5 raw files cleaned");
    expect(first.stdout).toMatch(/index: .* built in/);
    expect(existsSync(join(cache, INDEX_FILE))).toBe(true);
    expect(openCorpus(out, cache).from).toBe("cache");

    const second = run(args);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain("0 raw files cleaned, 5 unchanged since the last ingest");
    expect(second.stdout).toContain("already up to date");
  });
});
