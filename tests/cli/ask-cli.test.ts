import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/** Runs the CLI exactly as the contract spells it: npm run --silent ask -- … */
function run(
  args: string[],
  input?: string,
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync("npm", ["run", "--silent", "ask", "--", ...args], {
    encoding: "utf8",
    input,
    env: { ...process.env, LOG_LEVEL: "warn" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ANSWER_KEYS = ["question", "status", "answer", "confidence", "sources", "notes"];
/** Fields an answer may carry beside the contract's own (DESIGN.md: beside, never instead). */
const RICHER_KEYS = ["kind", "short", "quotes", "versions", "items", "missing"];
const SOURCE_KEYS = ["articleId", "title", "outlet", "published", "url", "passage"];

function expectContract(line: string): Record<string, unknown> {
  const parsed = JSON.parse(line) as Record<string, unknown>;
  expect(Object.keys(parsed).slice(0, ANSWER_KEYS.length)).toEqual(ANSWER_KEYS);
  for (const extra of Object.keys(parsed).slice(ANSWER_KEYS.length)) {
    expect(RICHER_KEYS).toContain(extra);
  }
  expect(["answered", "not_found"]).toContain(parsed.status);
  expect(parsed.confidence).toBeGreaterThanOrEqual(0);
  expect(parsed.confidence).toBeLessThanOrEqual(1);
  for (const s of parsed.sources as Array<Record<string, unknown>>) {
    expect(Object.keys(s)).toEqual(SOURCE_KEYS);
  }
  return parsed;
}

describe("ask CLI", () => {
  it("--json with a question prints exactly one contract object on stdout", () => {
    const { status, stdout } = run(["--json", "Who led the Russian delegation?"]);
    expect(status).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const answer = expectContract(lines[0]!);
    expect(answer.question).toBe("Who led the Russian delegation?");
    expect(answer.status).toBe("answered");
  });

  it("with no question reads stdin and answers 50 questions line by line in one process", () => {
    const questions = Array.from({ length: 50 }, (_, i) =>
      i % 2 === 0 ? `How long did the first meeting last? (${i})` : `What is the weather (${i})?`,
    );
    const { status, stdout } = run(["--json"], `${questions.join("\n")}\n`);
    expect(status).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(50);
    lines.forEach((line, i) => {
      expect(expectContract(line).question).toBe(questions[i]);
    });
  });

  it("without --json prints the answer readably, with its sources", () => {
    const { status, stdout } = run(["How long did the first meeting in Istanbul last?"]);
    expect(status).toBe(0);
    expect(stdout).toContain("six hours");
    expect(stdout).toContain("Sources:");
    expect(() => JSON.parse(stdout)).toThrow();
  });

  it("a question the articles cannot answer is a not_found object, not an error", () => {
    const { status, stdout } = run(["--json", "Who won the 2024 World Series?"]);
    expect(status).toBe(0);
    expect(expectContract(stdout.trim()).status).toBe("not_found");
  });

  it("an unknown option exits 2 with the usage on stderr and nothing on stdout", () => {
    const { status, stdout, stderr } = run(["--jsn", "Who?"]);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("usage:");
  });
});
