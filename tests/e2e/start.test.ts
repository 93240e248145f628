import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FakeDiscord } from "./fakeDiscord.js";
import {
  ROOT,
  allText,
  botEnv,
  embedsOf,
  expectValidMessage,
  newUser,
  runScript,
  startFake,
  waitForLine,
} from "./harness.js";
import { BOT_INTENTS } from "./env.js";

/**
 * `npm start` as a user runs it: the real entry point, the real corpus and domain, in a
 * child process. Without a token it is the console; with one it connects to (fake) Discord.
 */

describe("npm start without DISCORD_TOKEN", () => {
  it("answers /ask and /timeline lines piped on stdin, then exits 0 at end of input", async () => {
    const result = await runScript(
      "src/cli/start.ts",
      {},
      {
        cwd: ROOT,
        stdin: "/ask who led the Russian delegation?\n/timeline topic:flights\n",
        timeoutMs: 60_000,
      },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /^> \/ask who led the Russian delegation\?\nwho led the Russian delegation\?\n─+\n.*Darch/m,
    );
    expect(result.stdout).toMatch(/\[1\] .+ · \d{1,2} \w{3} 2025\n/);
    expect(result.stdout).toContain("> /timeline topic:flights\nTimeline of the Istanbul talks");
    expect(result.stdout).not.toContain('"level"');
  });

  it("with a malformed variable exits 1 naming it", async () => {
    const result = await runScript(
      "src/cli/start.ts",
      { ASK_COOLDOWN_SECONDS: "soon" },
      { cwd: ROOT },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("ASK_COOLDOWN_SECONDS must be a whole number of seconds");
  });
});

describe("npm start with DISCORD_TOKEN", () => {
  let fake: FakeDiscord;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    fake = await startFake();
  });

  afterAll(async () => {
    child?.kill("SIGKILL");
    await fake.close();
  });

  it("with a token Discord refuses exits 1 saying so", async () => {
    const result = await runScript(
      "src/cli/start.ts",
      botEnv(fake, { DISCORD_TOKEN: botEnv(fake).DISCORD_TOKEN?.replace(/.$/, "X") ?? "" }),
      { cwd: ROOT, timeoutMs: 60_000 },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Could not start: An invalid token was provided.");
  });

  it("connects, answers /help and /ask from the real corpus, and on SIGTERM closes the gateway and exits 0", async () => {
    let corpusReady: Promise<string> | undefined;
    const exited = runScript("src/cli/start.ts", botEnv(fake, { LOG_LEVEL: "info" }), {
      cwd: ROOT,
      timeoutMs: 60_000,
      onSpawn: (c) => {
        child = c;
        if (c.stderr) corpusReady = waitForLine(c.stderr, /"msg":"corpus ready"/, 30_000);
      },
    });
    await fake.waitForSession(30_000);
    expect(fake.identifies[0]?.intents).toBe(BOT_INTENTS);
    await corpusReady;

    const help = fake.sendCommand("help", {}, newUser());
    expectValidMessage(await fake.waitForVisible(help));

    const ask = fake.sendCommand("ask", { question: "who led the Russian delegation?" }, newUser());
    const answer = expectValidMessage(await fake.waitForVisible(ask, 10_000));
    expect(ask.responses[0]?.at).toBeLessThan(ask.sentAt + 3000);
    expect(embedsOf(answer)[0]?.description).toMatch(/Darch/);
    expect(allText(answer)).toMatch(/\[1\] .+ · \d{1,2} \w{3} 2025/);

    const socket = fake.session?.socket;
    const closed = new Promise<number>((resolve) =>
      socket?.once("close", (code: number) => resolve(code)),
    );
    child?.kill("SIGTERM");
    const result = await exited;
    expect(result.code, result.stderr).toBe(0);
    expect(await closed).toBe(1000);
    expect(result.stderr).toContain('"msg":"shutting down"');
    expect(result.stderr).not.toContain(botEnv(fake).DISCORD_TOKEN);
  });

  it("with METRICS_PORT serves readiness and counts the interactions it answers", async () => {
    const { createServer } = await import("node:http");
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const port = (probe.address() as { port: number }).port;
    await new Promise((resolve) => probe.close(resolve));
    let corpusReady: Promise<string> | undefined;
    const exited = runScript(
      "src/cli/start.ts",
      botEnv(fake, { LOG_LEVEL: "info", METRICS_PORT: String(port) }),
      {
        cwd: ROOT,
        timeoutMs: 60_000,
        onSpawn: (c) => {
          child = c;
          if (c.stderr) corpusReady = waitForLine(c.stderr, /"msg":"corpus ready"/, 30_000);
        },
      },
    );
    await fake.waitForSession(30_000);
    await corpusReady;
    const get = (path: string) => fetch(`http://127.0.0.1:${port}${path}`);
    expect((await get("/readyz")).status).toBe(200);
    const ask = fake.sendCommand("ask", { question: "who led the Russian delegation?" }, newUser());
    expectValidMessage(await fake.waitForVisible(ask, 10_000));
    const help = fake.sendCommand("help", {}, newUser());
    expectValidMessage(await fake.waitForVisible(help, 10_000));
    const text = await (await get("/metrics")).text();
    expect(text).toContain('talks_interactions_total{command="ask",outcome="answered"} 1');
    expect(text).toContain('talks_interactions_total{command="help",outcome="answered"} 1');
    expect(text).toContain('talks_answers_total{status="answered"} 1');
    expect(text).toContain('talks_gateway_up{shard="0"} 1');
    expect(text).toContain("talks_corpus_ready 1");
    expect(text).toMatch(/talks_answer_seconds_count\{command="ask"\} 1/);
    child?.kill("SIGTERM");
    expect((await exited).code).toBe(0);
  });
});
