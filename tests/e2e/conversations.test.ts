import { readFileSync, writeFileSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ReloadableService } from "../../src/app.js";
import type { Bot } from "../../src/bot/bot.js";
import { askQuestionSchema } from "../../src/eval/askQuestions.js";
import { Messages } from "../../src/render/messages.js";
import type { Store } from "../../src/store/types.js";
import type { FakeDiscord, InteractionRecord } from "./fakeDiscord.js";
import {
  APPLICATION_ID,
  GUILD_ID,
  LogCapture,
  allText,
  botEnv,
  buttonsOf,
  embedsOf,
  expectAnswered,
  liveMentions,
  newUser,
  openTestService,
  runScript,
  startFake,
  startTestBot,
  tempDatabasePath,
} from "./harness.js";
import { sentMessageProblems } from "./outgoing.js";

/**
 * Conversations through the fake Discord with the real client and the real answer engine:
 * follow-ups in threads, asking by mention, by reply and from the message menu, 👍 / 👎 with
 * the modal, server settings on every path, and the database surviving a restart.
 */

type Json = Record<string, unknown>;
const EPHEMERAL = 64;
const MENTION = `<@${APPLICATION_ID}>`;
const OTHER_CHANNEL = "111111111111111111";

let fake: FakeDiscord;
let bot: Bot;
let store: Store;
let service: ReloadableService;
const dbPath = tempDatabasePath();
const logs = new LogCapture();

async function start(env: Record<string, string> = {}): Promise<void> {
  ({ bot, store } = await startTestBot(fake, service, {
    DATABASE_PATH: dbPath,
    ASK_COOLDOWN_SECONDS: "0",
    ...env,
  }));
}

async function restart(env: Record<string, string> = {}): Promise<void> {
  await bot.stop(2000);
  await store.close();
  await start(env);
}

/** The answer message /ask leaves, as the fake stores it. */
async function ask(
  question: string,
  user = newUser(),
): Promise<{ record: InteractionRecord; message: Json }> {
  const record = fake.sendCommand("ask", { question }, user);
  await expectAnswered(fake, record);
  if (!record.original) throw new Error("no answer message");
  return { record, message: record.original };
}

function button(message: Json, label: string): string {
  const id = buttonsOf(message).find((b) => b.label === label)?.custom_id;
  if (!id) throw new Error(`no ${label} button`);
  return id;
}

/** A bot message posted in `channelId` once `send` has run. */
async function botMessageAfter(channelId: string, send: () => void): Promise<Json> {
  const since = fake.channelMessages.length;
  send();
  const message = await fake.waitForChannelMessage(channelId, since, 10_000);
  expect(sentMessageProblems(message)).toEqual([]);
  return message;
}

/** Nothing posted in `channelId` within `ms` after `send`. */
async function noBotMessage(channelId: string, send: () => void, ms = 1500): Promise<void> {
  const since = fake.channelMessages.length;
  send();
  await new Promise((r) => setTimeout(r, ms));
  expect(fake.channelMessages.slice(since).filter((m) => m.channel_id === channelId)).toEqual([]);
}

function titleOf(message: Json): string {
  return embedsOf(message)[0]?.title ?? "";
}

beforeAll(async () => {
  logs.start();
  fake = await startFake();
  const deployed = await runScript("src/bot/deploy.ts", botEnv(fake));
  expect(deployed.code, deployed.stderr).toBe(0);
  service = openTestService();
  await start();
}, 60_000);

afterAll(async () => {
  await bot?.stop(1000);
  await store?.close();
  await fake?.close();
  logs.stop();
});

describe("deploy", () => {
  it("registers every command for server and user installs, in servers, the bot's DMs and private channels", () => {
    const registered = fake.commands.guild.get(GUILD_ID) ?? [];
    const byName = new Map(registered.map((c) => [c.name, c]));
    for (const name of ["ask", "timeline", "sources", "help", "Ask the bot about this"]) {
      expect(byName.get(name)).toMatchObject({ integration_types: [0, 1], contexts: [0, 1, 2] });
    }
    expect(byName.get("Ask the bot about this")).toMatchObject({ type: 3 });
    for (const name of ["settings", "feedback"]) {
      expect(byName.get(name)).toMatchObject({
        integration_types: [0],
        contexts: [0],
        default_member_permissions: "32",
      });
    }
  });
});

describe("a follow-up in a thread", () => {
  it("opens a thread on the answer and reads 'he' against the previous answer", async () => {
    const { message } = await ask("who led the Russian delegation?");
    expect(buttonsOf(message).map((b) => b.label)).toEqual(["Follow up", "👍", "👎"]);

    const click = fake.clickButton(message, button(message, "Follow up"), newUser());
    const notice = await expectAnswered(fake, click);
    expect(notice.flags).toBe(EPHEMERAL);
    const [threadId] = [...fake.threads.keys()];
    expect(threadId).toBeDefined();
    expect(String(notice.content)).toBe(Messages.threadOpened(threadId!));
    expect(fake.threads.get(threadId!)).toMatchObject({ parent_id: fake.channelId, type: 11 });
    const intro = await fake.waitForChannelMessage(threadId!);
    expect(intro.content).toBe(Messages.threadIntro(false));

    const answer = await botMessageAfter(threadId!, () =>
      fake.sendMessage({
        content: `${MENTION} what did he say about diplomatic property?`,
        channelId: threadId!,
        mentionsBot: true,
      }),
    );
    expect(titleOf(answer)).toBe("what did Aleksandr Darchiev say about diplomatic property?");
    expect(allText(answer)).toContain("Darchiev said");
    expect(allText(answer)).toContain("diplomatic property");
    await vi.waitFor(async () => expect(await store.turns(threadId!)).toHaveLength(2));
  });

  it("without the Message Content intent, a plain thread message (no mention, no reply) is not read", async () => {
    const [threadId] = [...fake.threads.keys()];
    await noBotMessage(threadId!, () =>
      fake.sendMessage({ content: "and who headed the US side?", channelId: threadId! }),
    );
  });

  it("opens a private modal instead where the answer cannot hold a thread, and answers it privately", async () => {
    const record = fake.sendCommand(
      "ask",
      { question: "who led the Russian delegation?", private: true },
      newUser(),
    );
    await expectAnswered(fake, record);
    const message = record.original!;
    const click = fake.clickButton(message, button(message, "Follow up"), newUser());
    const modal = await fake.waitForResponse(click, (r) => r.type === 9);
    expect(modal.status).toBeLessThan(300);
    const submit = fake.submitModal(click, {
      question: "what did he say about diplomatic property?",
    });
    const body = await expectAnswered(fake, submit);
    expect(submit.responses[0]?.body.flags).toBe(EPHEMERAL);
    expect(titleOf(body)).toBe("what did Aleksandr Darchiev say about diplomatic property?");
  });
});

describe("asking by message", () => {
  it("answers a message that mentions the bot, in place, pinging nobody", async () => {
    const question = fake.sendMessage({
      content: `${MENTION} <@200000000000000777> @everyone who led the Russian delegation?`,
      mentionsBot: true,
    });
    const answer = await fake.waitForChannelMessage(fake.channelId, 0, 10_000);
    expect(answer.message_reference).toMatchObject({ message_id: question.id });
    expect(answer.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(liveMentions(allText(answer))).toEqual([]);
    expect(allText(answer)).toContain("Darchiev");
  });

  it("answers a reply to one of its answers, reading the reply against that answer", async () => {
    const first = await botMessageAfter(fake.channelId, () =>
      fake.sendMessage({
        content: `${MENTION} who led the Russian delegation?`,
        mentionsBot: true,
      }),
    );
    const answer = await botMessageAfter(fake.channelId, () =>
      fake.sendMessage({ content: "what did he say about diplomatic property?", replyTo: first }),
    );
    expect(titleOf(answer)).toBe("what did Aleksandr Darchiev say about diplomatic property?");
  });

  it("ignores a message that neither mentions nor replies to it", async () => {
    await noBotMessage(fake.channelId, () =>
      fake.sendMessage({ content: "who led the Russian delegation?" }),
    );
  });

  it("answers a direct message", async () => {
    const dm = "300000000000000001";
    const answer = await botMessageAfter(dm, () =>
      fake.sendMessage({ content: "who led the Russian delegation?", dmChannelId: dm }),
    );
    expect(allText(answer)).toContain("Darchiev");
  });
});

describe("the message menu", () => {
  it("'Ask the bot about this' answers about the chosen message's text", async () => {
    const target = fake.sendMessage({ content: "Who led the Russian delegation in Istanbul?" });
    const record = fake.sendMessageCommand("Ask the bot about this", target, newUser());
    const body = await expectAnswered(fake, record);
    expect(allText(body)).toContain("Darchiev");
  });
});

describe("feedback", () => {
  it("👍 is counted and thanked privately", async () => {
    const { message } = await ask("who led the Russian delegation?");
    const vote = fake.clickButton(message, button(message, "👍"), newUser());
    const body = await expectAnswered(fake, vote);
    expect(vote.responses[0]?.body.flags).toBe(EPHEMERAL);
    expect(body.content).toBe(Messages.voteThanks);
  });

  it("👎 opens the modal; its submission is stored with the reason, the answer and no user id in clear", async () => {
    const { message } = await ask("what did Darchiev say about diplomatic property?");
    const user = newUser();
    const click = fake.clickButton(message, button(message, "👎"), user);
    const modal = await fake.waitForResponse(click, (r) => r.type === 9);
    expect(JSON.stringify(modal.body)).toContain("should_have_declined");
    const submit = fake.submitModal(
      click,
      { reason: ["incomplete"], comment: "It leaves out the visas." },
      user,
    );
    const body = await expectAnswered(fake, submit);
    expect(body.content).toBe(Messages.downVoteThanks);

    const records = await store.feedback();
    const stored = records.find((r) => r.vote === -1);
    expect(stored).toMatchObject({
      reason: "incomplete",
      comment: "It leaves out the visas.",
      question: "what did Darchiev say about diplomatic property?",
      status: "answered",
      guildId: GUILD_ID,
    });
    expect(stored?.passageIds.length).toBeGreaterThan(0);
    expect(stored?.corpusVersion).toBe(service.corpusVersion());
    const raw = new Database(dbPath, { readonly: true });
    const voters = raw.prepare("SELECT voter FROM feedback").all() as { voter: string }[];
    raw.close();
    expect(voters.every((v) => /^[0-9a-f]{32}$/.test(v.voter))).toBe(true);
    expect(readFileSync(dbPath).includes(user.id)).toBe(false);
  });

  it("/feedback shows the counts and the worst-rated question", async () => {
    const record = fake.sendCommand("feedback", {}, newUser());
    const body = await expectAnswered(fake, record);
    expect(body.flags).toBe(EPHEMERAL);
    expect(allText(body)).toMatch(/👍 \d+ · 👎 1/);
    expect(allText(body)).toContain("what did Darchiev say about diplomatic property?");
  });

  it("200 votes at once are all counted, none lost", async () => {
    const { message } = await ask("where did the talks take place?");
    const id = button(message, "👍");
    const records = Array.from({ length: 200 }, () => fake.clickButton(message, id, newUser()));
    const bodies = await Promise.all(
      records.map((r) => expectAnswered(fake, r, { timeoutMs: 30_000 })),
    );
    expect(bodies.filter((b) => b.content === Messages.voteThanks)).toHaveLength(200);
    const votes = (await store.feedback()).filter(
      (r) => r.question === "where did the talks take place?",
    );
    expect(votes).toHaveLength(200);
  }, 60_000);

  it("npm run feedback -- --export writes items that read back as eval questions", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "talks-export-")), "out.jsonl");
    const result = await runScript(
      "src/cli/feedback.ts",
      { DATABASE_PATH: dbPath },
      {
        args: ["--export", out],
      },
    );
    expect(result.code, result.stderr).toBe(0);
    const lines = readFileSync(out, "utf8").trim().split("\n");
    const items = lines.map((l) => askQuestionSchema.parse(JSON.parse(l)));
    expect(items[0]?.question).toBe("what did Darchiev say about diplomatic property?");
    expect(items.find((i) => i.question === "where did the talks take place?")).toMatchObject({
      expect: "answered",
      category: "feedback",
    });
  });

  it("npm run db -- --backup copies the database while the bot runs", async () => {
    const copy = join(mkdtempSync(join(tmpdir(), "talks-backup-")), "copy.db");
    const result = await runScript(
      "src/cli/db.ts",
      { DATABASE_PATH: dbPath },
      {
        args: ["--backup", copy],
      },
    );
    expect(result.code, result.stderr).toBe(0);
    const db = new Database(copy, { readonly: true });
    const { n } = db.prepare("SELECT COUNT(*) AS n FROM feedback").get() as { n: number };
    db.close();
    expect(n).toBeGreaterThanOrEqual(202);
  });
});

describe("server settings", () => {
  it("a channel left off the list gets no answer on any path", async () => {
    // An answer given before the setting: its Follow up must not open a thread afterwards.
    const { message: earlier } = await ask("who led the Russian delegation?");
    const set = fake.sendCommand("settings", { allow_channel: OTHER_CHANNEL }, newUser());
    expect(allText(await expectAnswered(fake, set))).toContain(`<#${OTHER_CHANNEL}>`);

    const slash = fake.sendCommand(
      "ask",
      { question: "who led the Russian delegation?" },
      newUser(),
    );
    const refused = await expectAnswered(fake, slash);
    expect(refused.content).toBe(Messages.channelNotAllowed([OTHER_CHANNEL]));
    expect(refused.flags).toBe(EPHEMERAL);

    const target = fake.sendMessage({ content: "who led the Russian delegation?" });
    const menu = fake.sendMessageCommand("Ask the bot about this", target, newUser());
    expect((await expectAnswered(fake, menu)).content).toBe(
      Messages.channelNotAllowed([OTHER_CHANNEL]),
    );

    await noBotMessage(fake.channelId, () =>
      fake.sendMessage({
        content: `${MENTION} who led the Russian delegation?`,
        mentionsBot: true,
      }),
    );
    const [threadId] = [...fake.threads.keys()];
    await noBotMessage(threadId!, () =>
      fake.sendMessage({
        content: `${MENTION} what did he say about diplomatic property?`,
        channelId: threadId!,
        mentionsBot: true,
      }),
    );

    const threads = fake.threads.size;
    const followUp = fake.clickButton(earlier, button(earlier, "Follow up"), newUser());
    expect((await expectAnswered(fake, followUp)).content).toBe(
      Messages.channelNotAllowed([OTHER_CHANNEL]),
    );
    expect(fake.threads.size).toBe(threads);

    const reset = fake.sendCommand("settings", { every_channel: true }, newUser());
    expect(allText(await expectAnswered(fake, reset))).toContain("every channel");
  }, 30_000);

  it("private by default makes /ask private and keeps mentions from answering in public", async () => {
    const set = fake.sendCommand("settings", { private_by_default: true }, newUser());
    await expectAnswered(fake, set);
    const slash = fake.sendCommand(
      "ask",
      { question: "who led the Russian delegation?" },
      newUser(),
    );
    await expectAnswered(fake, slash);
    expect(slash.responses[0]?.body.flags).toBe(EPHEMERAL);
    const notice = await botMessageAfter(fake.channelId, () =>
      fake.sendMessage({
        content: `${MENTION} who led the Russian delegation?`,
        mentionsBot: true,
      }),
    );
    expect(notice.content).toBe(Messages.privateHere);
    const unset = fake.sendCommand("settings", { private_by_default: false }, newUser());
    await expectAnswered(fake, unset);
  });

  it("the cooldown applies to every path and survives a restart", async () => {
    const set = fake.sendCommand("settings", { cooldown: 600 }, newUser());
    await expectAnswered(fake, set);
    const user = newUser();
    await ask("who led the Russian delegation?", user);

    await restart();

    const again = fake.sendCommand("ask", { question: "who led the Russian delegation?" }, user);
    expect(String((await expectAnswered(fake, again)).content)).toMatch(/^You're asking quickly/);
    const notice = await botMessageAfter(fake.channelId, () =>
      fake.sendMessage({ content: `${MENTION} who led?`, mentionsBot: true, user }),
    );
    expect(String(notice.content)).toMatch(/^You're asking quickly/);
    const target = fake.sendMessage({ content: "who led the Russian delegation?" });
    const menu = fake.sendMessageCommand("Ask the bot about this", target, user);
    expect(String((await expectAnswered(fake, menu)).content)).toMatch(/^You're asking quickly/);
    const reset = fake.sendCommand("settings", { cooldown: 0 }, newUser());
    await expectAnswered(fake, reset);
  }, 30_000);
});

describe("after a restart", () => {
  it("feedback, settings and the thread's context are still there", async () => {
    await restart();
    const summary = await store.feedbackSummary(GUILD_ID, 5);
    expect(summary.up).toBeGreaterThanOrEqual(201);
    expect(summary.down).toBe(1);
    expect((await store.settings(GUILD_ID)).cooldownSeconds).toBe(0);
    const [threadId] = [...fake.threads.keys()];
    const answer = await botMessageAfter(threadId!, () =>
      fake.sendMessage({
        content: `${MENTION} what did he say about diplomatic property?`,
        channelId: threadId!,
        mentionsBot: true,
      }),
    );
    expect(titleOf(answer)).toBe("what did Aleksandr Darchiev say about diplomatic property?");
  }, 30_000);
});

describe("with DISCORD_MESSAGE_CONTENT=true", () => {
  it("a plain message in a follow-up thread is read as the next question; elsewhere it is not", async () => {
    await restart({ DISCORD_MESSAGE_CONTENT: "true" });
    expect(fake.readsMessageContent).toBe(true);
    const [threadId] = [...fake.threads.keys()];
    const answer = await botMessageAfter(threadId!, () =>
      fake.sendMessage({ content: "what is his title?", channelId: threadId! }),
    );
    expect(titleOf(answer)).toMatch(/^what is Aleksandr Darchiev's title\?$/);
    await noBotMessage(fake.channelId, () =>
      fake.sendMessage({ content: "who led the Russian delegation?" }),
    );
  }, 30_000);
});

describe("a database that cannot be used", () => {
  it("is reported, the bot keeps answering, feedback says it cannot be saved, and the file is left alone", async () => {
    await bot.stop(2000);
    await store.close();
    const broken = join(mkdtempSync(join(tmpdir(), "talks-broken-")), "talks.db");
    const garbage = Buffer.from(
      "this is not a database, but someone's data all the same\n".repeat(200),
    );
    writeFileSync(broken, garbage);
    ({ bot, store } = await startTestBot(fake, service, {
      DATABASE_PATH: broken,
      ASK_COOLDOWN_SECONDS: "0",
    }));
    await logs.waitFor(
      (l) => l.includes("is unavailable") && l.includes(broken),
      "the database problem",
    );
    expect(store.health().ok).toBe(false);

    const { message } = await ask("who led the Russian delegation?");
    expect(allText(message)).toContain("Darchiev");
    const vote = fake.clickButton(message, button(message, "👍"), newUser());
    expect((await expectAnswered(fake, vote)).content).toBe(Messages.voteNotSaved);
    const mention = await botMessageAfter(fake.channelId, () =>
      fake.sendMessage({
        content: `${MENTION} who led the Russian delegation?`,
        mentionsBot: true,
      }),
    );
    expect(allText(mention)).toContain("Darchiev");
    expect(readFileSync(broken).equals(garbage)).toBe(true);
  }, 30_000);
});
