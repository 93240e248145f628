import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startService } from "../../src/app.js";
import type { Bot } from "../../src/bot/bot.js";
import { Messages } from "../../src/render/messages.js";
import { NotReadyError, type TalksService } from "../../src/service.js";
import { createFakeService } from "../fixtures/fakeService.js";
import type { FakeDiscord } from "./fakeDiscord.js";
import { ROOT, embedsOf, expectAnswered, newUser, startFake, startTestBot } from "./harness.js";

/**
 * A start reads the corpus on a worker thread while the bot connects: interactions that come
 * before it is in are acknowledged at once and told privately to ask again shortly.
 */

const EPHEMERAL = 64;

describe("startService", () => {
  it("returns before the corpus is read, refuses questions until then, and answers after", async () => {
    const service = startService({
      articlesDir: join(ROOT, "corpus/articles"),
      cacheDir: mkdtempSync(join(tmpdir(), "talks-cache-")),
    });
    expect(service.ready()).toBe(false);
    expect(() => service.ask("Who led the Russian delegation?")).toThrow(NotReadyError);
    expect(() => service.articles()).toThrow(NotReadyError);
    expect(service.suggestTopics("flig", 5)).toEqual([]);
    await service.whenReady;
    expect(service.ready()).toBe(true);
    expect(service.ask("Who led the Russian delegation?").status).toBe("answered");
  });

  it("rejects whenReady when the first load fails", async () => {
    const service = startService({ articlesDir: join(ROOT, "no-such-directory") });
    await expect(service.whenReady).rejects.toThrow(/ENOENT/);
    expect(service.ready()).toBe(false);
  });
});

describe("the bot while the corpus is still being read", () => {
  let fake: FakeDiscord;
  let bot: Bot;
  let ready = false;

  beforeAll(async () => {
    fake = await startFake();
    const inner = createFakeService();
    const gate = <T>(call: () => T): T => {
      if (!ready) throw new NotReadyError();
      return call();
    };
    const service: TalksService = {
      ready: () => ready,
      ask: (q, context) => gate(() => inner.ask(q, context)),
      corpusVersion: () => gate(() => inner.corpusVersion()),
      timeline: (query) => gate(() => inner.timeline(query)),
      articles: () => gate(() => inner.articles()),
      suggestTopics: (partial, limit) => (ready ? inner.suggestTopics(partial, limit) : []),
    };
    ({ bot } = await startTestBot(fake, service, { ASK_COOLDOWN_SECONDS: "60" }));
  });

  afterAll(async () => {
    await bot?.stop(1000);
    await fake?.close();
  });

  it.each([
    ["ask", { question: "Who led the Russian delegation?" }],
    ["sources", {}],
    ["timeline", {}],
  ])("acknowledges /%s at once with a private 'still reading'", async (name, options) => {
    const record = fake.sendCommand(name, options, newUser());
    const body = await expectAnswered(fake, record);
    expect(body.content).toBe(Messages.stillReading);
    expect(Number(body.flags) & EPHEMERAL).toBe(EPHEMERAL);
    // Answered in the callback itself: nothing public was shown first.
    expect(record.responses.map((r) => r.kind)).toEqual(["callback"]);
  });

  it("answers /help, which needs no articles", async () => {
    const body = await expectAnswered(fake, fake.sendCommand("help", {}, newUser()));
    expect(body.content).not.toBe(Messages.stillReading);
  });

  it("does not spend the user's cooldown on a question it could not answer yet", async () => {
    const user = newUser();
    await expectAnswered(fake, fake.sendCommand("ask", { question: "Who led it?" }, user));
    ready = true;
    const body = await expectAnswered(
      fake,
      fake.sendCommand("ask", { question: "Who led the Russian delegation?" }, user),
    );
    expect(String(body.content ?? "")).not.toMatch(/asking quickly/);
    expect(embedsOf(body).length).toBeGreaterThan(0);
  });
});
