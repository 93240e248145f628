import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReloadableService } from "../../src/app.js";
import type { FakeDiscord } from "./fakeDiscord.js";
import {
  embedsOf,
  expectAnswered,
  newUser,
  openTestService,
  seenBy,
  startFake,
  startTestBot,
} from "./harness.js";

/**
 * The two ways an answer reaches the user: in the interaction callback itself when it is ready
 * within the budget (the usual case), or deferred ("thinking…") and edited in. The user must
 * see the same either way.
 */

const EPHEMERAL = 64;
const QUESTION = "Who led the Russian delegation?";

let fake: FakeDiscord;
let service: ReloadableService;

beforeAll(async () => {
  fake = await startFake();
  service = openTestService();
});

afterAll(async () => {
  await fake?.close();
});

async function seenWith(replyBudgetMs: number | undefined, isPrivate: boolean) {
  const { bot } = await startTestBot(
    fake,
    service,
    {},
    replyBudgetMs === undefined ? {} : { replyBudgetMs },
  );
  try {
    const record = fake.sendCommand("ask", { question: QUESTION, private: isPrivate }, newUser());
    const body = await expectAnswered(fake, record);
    return { record, body };
  } finally {
    await bot.stop(1000);
  }
}

describe("an /ask answer", () => {
  it("ready at once goes in the interaction callback: one request, the answer seen", async () => {
    const { record, body } = await seenWith(undefined, false);
    expect(record.responses.map((r) => `${r.kind}:${String(r.type)}`)).toEqual(["callback:4"]);
    expect(embedsOf(body)[0]?.title).toBe(QUESTION);
  });

  it("deferred first (a budget of 0) shows the user the same answer, public or private alike", async () => {
    for (const isPrivate of [false, true]) {
      const direct = await seenWith(undefined, isPrivate);
      const deferred = await seenWith(0, isPrivate);
      expect(deferred.record.responses.map((r) => r.kind)).toEqual(["callback", "edit"]);
      expect(deferred.record.responses[0]?.type).toBe(5);
      const [a, b] = [seenBy(direct.record), seenBy(deferred.record)];
      expect(b.map((m) => m.embeds)).toEqual(a.map((m) => m.embeds));
      expect(b.map((m) => m.components)).toEqual(a.map((m) => m.components));
      expect(b.map((m) => m.flags ?? 0)).toEqual([isPrivate ? EPHEMERAL : 0]);
      expect(a.map((m) => m.flags ?? 0)).toEqual([isPrivate ? EPHEMERAL : 0]);
    }
  });
});
