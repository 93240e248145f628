import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./e2e/harness.js";

/** The npm packages loaded once `module` is imported, in a fresh node process. */
function packagesLoadedBy(module: string): string[] {
  const out = execFileSync(
    process.execPath,
    ["--import", "tsx", join(ROOT, "tests/fixtures/loadedPackages.ts"), join(ROOT, module)],
    { cwd: ROOT, encoding: "utf8" },
  );
  return JSON.parse(out) as string[];
}

describe("importing the domain", () => {
  it("leaves the language model and the date parser to their first use", () => {
    // Each took a tenth of a second or more of every start when imported up front.
    const loaded = packagesLoadedBy("src/app.ts");
    expect(loaded).toContain("wink-nlp");
    expect(loaded).not.toContain("wink-eng-lite-web-model");
    expect(loaded).not.toContain("chrono-node");
  });
});
