import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCommands } from "../../commands/index.js";
import type { Bot } from "../../src/bot/bot.js";
import { parseLine, runConsole } from "../../src/cli/console.js";
import { Messages } from "../../src/render/messages.js";
import type { ReplyPayload } from "../../src/render/payload.js";
import { payloadToText } from "../../src/render/plain.js";
import { createFakeService } from "../fixtures/fakeService.js";
import type { FakeDiscord } from "./fakeDiscord.js";
import { LogCapture, newUser, openTestService, startFake, startTestBot } from "./harness.js";
import { pngProblems } from "./png.js";

/** Where the console writes the pictures it is sent, one folder for the suite. */
const pictureDir = mkdtempSync(join(tmpdir(), "console-pictures-"));

async function consoleOutput(input: string): Promise<string> {
  const output = new PassThrough();
  let text = "";
  output.on("data", (d: Buffer) => (text += d.toString()));
  await runConsole({
    service: createFakeService({ failOn: /please fail/ }),
    input: Readable.from([input]),
    output,
    interactive: false,
    log: (await import("../../src/log/log.js")).createLogger("silent"),
    pictureDir,
  });
  return text;
}

describe("the console's /timeline picture", () => {
  it("is written where the reply says, as the PNG Discord would attach", async () => {
    const text = await consoleOutput("/timeline topic:flights\n");
    const path = /^Picture: (.+)$/m.exec(text)?.[1];
    expect(path).toBe(join(pictureDir, "timeline.png"));
    expect(pngProblems(readFileSync(path!)).problems).toEqual([]);
  });
});

describe("parseLine reads console lines the way Discord delivers options", () => {
  const registry = loadCommands();
  const options = (line: string) => {
    const parsed = parseLine(line, registry);
    return parsed.kind === "command"
      ? [parsed.command.data.name, parsed.request.options]
      : [parsed.kind];
  };

  it.each([
    [
      "/ask who led the Russian delegation?",
      ["ask", { question: "who led the Russian delegation?" }],
    ],
    ["/ask question:who led it? private:true", ["ask", { question: "who led it?", private: true }]],
    ["who led the Russian delegation?", ["ask", { question: "who led the Russian delegation?" }]],
    ["/timeline topic:flights", ["timeline", { topic: "flights" }]],
    [
      "/timeline topic:embassy property from:2025-01-01",
      ["timeline", { topic: "embassy property", from: "2025-01-01" }],
    ],
    ["/timeline flights", ["timeline", { topic: "flights" }]],
    ["/TIMELINE Topic:flights", ["timeline", { topic: "flights" }]],
    ["/sources", ["sources", {}]],
    ["next", ["page"]],
    ["prev", ["page"]],
    ["exit", ["quit"]],
    ["   ", ["empty"]],
    ["/nope", ["unknown"]],
  ])("%s", (line, expected) => {
    expect(options(line)).toEqual(expected);
  });
});

describe("the console, with piped input", () => {
  it("answers each line, pages with next, and stops at the end of input", async () => {
    const out = await consoleOutput(
      "/ask who led the Russian delegation?\n/timeline topic:flights\n/ask what was on the agenda\nnext\n",
    );
    expect(out).toContain(
      "> /ask who led the Russian delegation?\nwho led the Russian delegation?\n───",
    );
    expect(out).toContain("Alexander Darchiev led the Russian delegation.");
    expect(out).toContain(
      "[1] TASS · 10 Apr 2025\n    Russian, US delegations to meet in Istanbul for second round of consultations <https://tass.example/politics/second-round>",
    );
    expect(out).toContain("> /timeline topic:flights\nTimeline of the Istanbul talks");
    expect(out).toContain(
      "10 Apr 2025\n    Second round at the Russian consulate general; direct flights on the agenda.",
    );
    expect(out).toContain('Type "next" or "prev" to turn the page.');
    expect(out).toContain("Sources 5–8 of 14");
  });

  it("shows user errors and failures in the same words as Discord, and keeps going", async () => {
    const out = await consoleOutput("/timeline from:2025-13-01\n/ask please fail\n/ask x\n/help\n");
    expect(out).toContain(Messages.badDate("from"));
    expect(out).toContain(Messages.somethingWentWrong);
    expect(out).toContain(Messages.questionTooShort);
    expect(out).toContain("What I can do");
  });

  it("quits on exit without reading further lines", async () => {
    const out = await consoleOutput("/help\nexit\n/sources\n");
    expect(out).toContain("What I can do");
    expect(out).not.toContain("Articles I answer from");
  });
});

describe("the console and Discord", () => {
  let fake: FakeDiscord;
  let bot: Bot;
  const logs = new LogCapture();

  beforeAll(async () => {
    logs.start();
    fake = await startFake();
    ({ bot } = await startTestBot(fake, createFakeService()));
  });

  afterAll(async () => {
    await bot.stop(1000);
    await fake.close();
    logs.stop();
  });

  it.each([
    [
      "/ask who led the Russian delegation?",
      "ask",
      { question: "who led the Russian delegation?" },
    ],
    ["/timeline topic:flights", "timeline", { topic: "flights" }],
    ["/sources", "sources", {}],
  ] as const)("%s shows the same words in both", async (line, name, options) => {
    const record = fake.sendCommand(name, options, newUser());
    const visible = await fake.waitForVisible(record);
    const sent = visible.body as unknown as ReplyPayload;
    const discordText = payloadToText({ ...sent, components: sent.components ?? [] });
    const consoleText = await consoleOutput(`${line}\n`);
    expect(consoleText).toContain(discordText);
  });
});

describe("the console keeps a conversation, as a Discord thread does", () => {
  it("reads a plain line after an answer against it, and starts afresh at /ask", async () => {
    const output = new PassThrough();
    let text = "";
    output.on("data", (d: Buffer) => (text += d.toString()));
    await runConsole({
      service: openTestService(),
      input: Readable.from([
        "/ask who led the Russian delegation?\nwhat did he say about diplomatic property?\n/ask what did he say about diplomatic property?\n",
      ]),
      output,
      interactive: false,
      log: (await import("../../src/log/log.js")).createLogger("silent"),
    });
    expect(text).toContain("asked: what did Aleksandr Darchiev say about diplomatic property?");
    expect(text).toContain("Darchiev said");
    // The /ask line stands alone: its "he" has nothing to point to.
    expect(text).toContain("asked: what did he say about diplomatic property?");
    // Discord-only buttons stay out of the console's text.
    expect(text).not.toContain("[Follow up]");
  }, 30_000);
});

describe("npm start piped into a reader that stops early (npm start | head)", () => {
  it("exits quietly with 0 instead of dying on EPIPE", async () => {
    const { spawn } = await import("node:child_process");
    const { join } = await import("node:path");
    const { ROOT, BLANK_ENV } = await import("./env.js");
    const child = spawn(
      process.execPath,
      [join(ROOT, "node_modules/tsx/dist/cli.mjs"), join(ROOT, "src/cli/start.ts")],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? ROOT, ...BLANK_ENV },
        stdio: ["pipe", "pipe", "pipe"],
      },
    );
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    // As `head -1` does: read the first output, then close the pipe while more is coming.
    child.stdout.once("data", () => child.stdout.destroy());
    child.stdin.end("/sources\n".repeat(200));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  }, 60_000);
});
