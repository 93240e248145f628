import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Bot } from "../../src/bot/bot.js";
import { REST_OPTIONS } from "../../src/bot/client.js";
import { Messages } from "../../src/render/messages.js";
import type { FakeDiscord, InteractionRecord } from "../e2e/fakeDiscord.js";
import {
  LogCapture,
  TOKEN,
  callsFor,
  checkSent,
  embedsOf,
  expectAnswered,
  expectValidMessage,
  newUser,
  openTestService,
  startFake,
  startTestBot,
} from "../e2e/harness.js";

/**
 * Discord's REST API refusing for a while: rate limits (429 with retry_after) and server
 * errors (500) on the calls that carry the answer. The real client and the real domain; the
 * faults are injected by the fake on chosen routes.
 */

const EPHEMERAL = 64;
const EDIT = /^\/webhooks\/\d+\/[^/]+\/messages\/(?:@|%40)original$/;
const FOLLOWUP = /^\/webhooks\/\d+\/[^/]+$/;
const CALLBACK = /^\/interactions\/\d+\/[^/]+\/callback$/;

let fake: FakeDiscord;
let bot: Bot;
const logs = new LogCapture();

beforeAll(async () => {
  logs.start();
  fake = await startFake();
  ({ bot } = await startTestBot(fake, openTestService()));
});

afterEach(() => fake.clearRestFaults());

afterAll(async () => {
  await bot?.stop(1000);
  await fake?.close();
  logs.stop();
});

function ask(question = "Who led the Russian delegation?"): InteractionRecord {
  return fake.sendCommand("ask", { question }, newUser());
}

function attempts(record: InteractionRecord, method: string, path: RegExp) {
  return callsFor(fake, record).filter((c) => c.method === method && path.test(c.path));
}

function rateLimit(retryAfterSeconds: number) {
  return {
    status: 429,
    body: { message: "You are being rate limited.", retry_after: retryAfterSeconds, global: false },
  };
}

function logLinesAbout(record: InteractionRecord): string[] {
  return logs.lines.filter((l) => l.includes(record.id));
}

describe("a 429 with retry_after", () => {
  it("on the answer's edit is waited out, then the edit is sent again and the user gets the answer", async () => {
    fake.injectRestFault({ method: "PATCH", path: EDIT, ...rateLimit(0.4) });
    const record = ask();
    const body = await expectAnswered(fake, record);
    expect(embedsOf(body)[0]?.title).toBe("Who led the Russian delegation?");
    const edits = attempts(record, "PATCH", EDIT);
    expect(edits.map((c) => c.status)).toEqual([429, 200]);
    // Waited for the reset Discord gave, not hammered.
    expect((edits[1]?.at ?? 0) - (edits[0]?.at ?? 0)).toBeGreaterThanOrEqual(350);
    expect(logs.lines.some((l) => l.includes('"msg":"rate limited"'))).toBe(true);
    expect(logLinesAbout(record).filter((l) => l.includes('"level":50'))).toEqual([]);
  });

  it("on a follow-up is waited out too: the private notice still reaches the user", async () => {
    // Discord refuses the answer itself (a bad payload), so the error boundary has to follow up.
    fake.injectRestFault({
      method: "PATCH",
      path: EDIT,
      status: 400,
      body: { message: "Invalid Form Body", code: 50035 },
    });
    fake.injectRestFault({ method: "POST", path: FOLLOWUP, ...rateLimit(0.3) });
    const record = ask();
    const followup = await fake.waitForResponse(
      record,
      (r) => r.kind === "followup" && r.status < 300,
      10_000,
    );
    const body = expectValidMessage(followup);
    expect(body.content).toBe(Messages.somethingWentWrong);
    expect(body.flags).toBe(EPHEMERAL);
    const posts = attempts(record, "POST", FOLLOWUP);
    expect(posts.map((c) => c.status)).toEqual([429, 200]);
    expect((posts[1]?.at ?? 0) - (posts[0]?.at ?? 0)).toBeGreaterThanOrEqual(250);
  });
});

describe("a 500", () => {
  it("on the edit, twice, is retried and the third attempt delivers the answer", async () => {
    fake.injectRestFault({ method: "PATCH", path: EDIT, status: 500, times: 2 });
    const record = ask();
    const body = await expectAnswered(fake, record);
    expect(embedsOf(body)[0]?.title).toBe("Who led the Russian delegation?");
    expect(attempts(record, "PATCH", EDIT).map((c) => c.status)).toEqual([500, 500, 200]);
    expect(logLinesAbout(record).filter((l) => l.includes('"level":50'))).toEqual([]);
  });

  it("on every edit is retried up to the cap, then logged without the interaction token, and the user is told privately", async () => {
    fake.injectRestFault({ method: "PATCH", path: EDIT, status: 500, times: 100 });
    const record = ask();
    const followup = await fake.waitForResponse(
      record,
      (r) => r.kind === "followup" && r.status < 300,
      10_000,
    );
    expect(expectValidMessage(followup).content).toBe(Messages.somethingWentWrong);
    expect(followup.body.flags).toBe(EPHEMERAL);
    const edits = attempts(record, "PATCH", EDIT);
    expect(edits.length).toBe(1 + REST_OPTIONS.retries);
    expect(edits.every((c) => c.status === 500)).toBe(true);
    const failure = logLinesAbout(record).find((l) => l.includes("interaction handler failed"));
    expect(failure).toContain('"status":500');
    expect(failure).toContain('"path":"/api/v10/webhooks/123456789012345678/:token/messages/');
    expect(logs.text).not.toContain(record.token);
  });

  it("on the edit, the delete and the follow-up alike is logged, the user cannot be told, and the bot carries on", async () => {
    for (const method of ["PATCH", "DELETE", "POST"]) {
      fake.injectRestFault({ method, path: /^\/webhooks\//, status: 500, times: 100 });
    }
    const record = ask();
    await logs.waitFor(
      (l) => l.includes(record.id) && l.includes("could not tell the user"),
      "saying the user could not be told",
    );
    expect(logLinesAbout(record).some((l) => l.includes("interaction handler failed"))).toBe(true);
    fake.clearRestFaults();
    await expectAnswered(fake, ask("When did the first round take place?"));
    await expectAnswered(fake, fake.sendCommand("help", {}, newUser()));
  });

  it("on the acknowledgement is retried at once, still within Discord's 3 seconds", async () => {
    fake.injectRestFault({ method: "POST", path: CALLBACK, status: 500 });
    const record = ask();
    await expectAnswered(fake, record);
    expect(attempts(record, "POST", CALLBACK).map((c) => c.status)).toEqual([500, 204]);
  });
});

describe("after the REST faults", () => {
  it("the bot still answers, every payload it tried to send was valid, and no log line held the token", async () => {
    await expectAnswered(fake, ask("Did they discuss direct flights?"));
    const sent = checkSent(fake.calls);
    expect(sent.problems).toEqual([]);
    expect(logs.text).not.toContain(TOKEN);
  });
});
