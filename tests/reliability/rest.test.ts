import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Bot } from "../../src/bot/bot.js";
import { REST_OPTIONS } from "../../src/bot/client.js";
import { Messages } from "../../src/render/messages.js";
import type { FakeDiscord, InteractionRecord, RestCall } from "../e2e/fakeDiscord.js";
import {
  LogCapture,
  TOKEN,
  callsFor,
  checkSent,
  embedsOf,
  answerAttempts,
  expectAnswered,
  messageOf,
  newUser,
  onTheAnswer,
  seenBy,
  waitForPrivateNotice,
  openTestService,
  startFake,
  startTestBot,
} from "../e2e/harness.js";

/**
 * Discord's REST API refusing for a while: rate limits (429 with retry_after) and server
 * errors (500) on the calls that carry the answer. The real client and the real domain; the
 * faults are injected by the fake on chosen routes.
 */

const CALLBACK = /^\/interactions\/\d+\/[^/]+\/callback$/;
/** Every request that could carry the private notice: a callback, an edit, a follow-up. */
const ANY_MESSAGE = /^\/(?:interactions|webhooks)\//;
/** The path of the answer's request in a log line, the token left out, whichever way it went. */
const LOGGED_ANSWER_PATH =
  /"path":"\/api\/v10\/(?:interactions\/\d+\/:token\/callback|webhooks\/123456789012345678\/:token\/messages\/%40original)"/;

const isNotice = (call: RestCall) => messageOf(call).content === Messages.somethingWentWrong;
const statuses = (calls: RestCall[]) => calls.map((c) => (c.status < 300 ? "ok" : c.status));

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

const seesAnswer = (m: Record<string, unknown>) => Array.isArray(m.embeds) && m.embeds.length > 0;

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
  it("on the answer is waited out, then the answer is sent again and the user gets it", async () => {
    fake.injectRestFault(onTheAnswer(rateLimit(0.4)));
    const record = ask();
    const body = await expectAnswered(fake, record);
    expect(embedsOf(body)[0]?.title).toBe("Who led the Russian delegation?");
    const sent = answerAttempts(fake, record);
    expect(statuses(sent)).toEqual([429, "ok"]);
    // Waited for the reset Discord gave, not hammered.
    expect((sent[1]?.at ?? 0) - (sent[0]?.at ?? 0)).toBeGreaterThanOrEqual(350);
    expect(logs.lines.some((l) => l.includes('"msg":"rate limited"'))).toBe(true);
    expect(logLinesAbout(record).filter((l) => l.includes('"level":50'))).toEqual([]);
  });

  it("on the private notice is waited out too: the notice still reaches the user", async () => {
    // Discord refuses the answer itself (a bad payload), so the error boundary tells the user.
    fake.injectRestFault(
      onTheAnswer({ status: 400, body: { message: "Invalid Form Body", code: 50035 } }),
    );
    fake.injectRestFault({ path: ANY_MESSAGE, when: isNotice, ...rateLimit(0.3) });
    const record = ask();
    await waitForPrivateNotice(fake, record, Messages.somethingWentWrong, 10_000);
    expect(seenBy(record).some(seesAnswer)).toBe(false);
    const notices = callsFor(fake, record).filter(isNotice);
    expect(statuses(notices)).toEqual([429, "ok"]);
    expect((notices[1]?.at ?? 0) - (notices[0]?.at ?? 0)).toBeGreaterThanOrEqual(250);
  });
});

describe("a 500", () => {
  it("on the answer, twice, is retried and the third attempt delivers it", async () => {
    fake.injectRestFault(onTheAnswer({ status: 500, times: 2 }));
    const record = ask();
    const body = await expectAnswered(fake, record);
    expect(embedsOf(body)[0]?.title).toBe("Who led the Russian delegation?");
    expect(statuses(answerAttempts(fake, record))).toEqual([500, 500, "ok"]);
    expect(logLinesAbout(record).filter((l) => l.includes('"level":50'))).toEqual([]);
  });

  it("on every attempt at the answer is retried up to the cap, then logged without the interaction token, and the user is told privately", async () => {
    fake.injectRestFault(onTheAnswer({ status: 500, times: 100 }));
    const record = ask();
    await waitForPrivateNotice(fake, record, Messages.somethingWentWrong, 10_000);
    expect(seenBy(record).some(seesAnswer)).toBe(false);
    const sent = answerAttempts(fake, record);
    expect(sent.length).toBe(1 + REST_OPTIONS.retries);
    expect(sent.every((c) => c.status === 500)).toBe(true);
    const failure = logLinesAbout(record).find((l) => l.includes("interaction handler failed"));
    expect(failure).toContain('"status":500');
    expect(failure).toMatch(LOGGED_ANSWER_PATH);
    expect(logs.text).not.toContain(record.token);
  });

  it("on the answer and on every way of telling the user alike is logged, the user cannot be told, and the bot carries on", async () => {
    fake.injectRestFault(onTheAnswer({ status: 500, times: 100 }));
    fake.injectRestFault({ path: ANY_MESSAGE, when: isNotice, status: 500, times: 100 });
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
