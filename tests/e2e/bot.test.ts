import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bot } from "../../src/bot/bot.js";
import { Messages } from "../../src/render/messages.js";
import { createFakeService, type FakeService } from "../fixtures/fakeService.js";
import { FILE_LIMITS, messageProblems } from "./discordLimits.js";
import { pngProblems } from "./png.js";
import type { FakeDiscord, InteractionRecord } from "./fakeDiscord.js";
import {
  GUILD_ID,
  LogCapture,
  TOKEN,
  allText,
  botEnv,
  buttonsOf,
  callsFor,
  embedsOf,
  expectValidMessage,
  newUser,
  runScript,
  startFake,
  startTestBot,
  carriesAnswer,
  messageOf,
  onTheAnswer,
  seenBy,
  waitForPrivateNotice,
  waitForSeen,
} from "./harness.js";
import { BOT_INTENTS } from "./env.js";

/**
 * The real discord.js client, logged in to a fake Discord on 127.0.0.1 through
 * DISCORD_API_URL, driven by real interaction payloads over the gateway.
 */

const FAIL_ON = /please fail/i;
const ALL_COMMANDS = [
  "ask",
  "timeline",
  "sources",
  "help",
  "Ask the bot about this",
  "settings",
  "feedback",
];
const ANSWER_ACTIONS = ["Follow up", "👍", "👎"];
const EPHEMERAL = 64;
const firstCallbackMs: number[] = [];

let fake: FakeDiscord;
let bot: Bot;
let service: FakeService;
const logs = new LogCapture();

function firstCallback(record: InteractionRecord): number {
  const first = record.responses[0];
  if (!first) throw new Error("no response");
  expect(first.kind).toBe("callback");
  const ms = first.at - record.sentAt;
  firstCallbackMs.push(ms);
  return ms;
}

/** The message the user ends up seeing, after any deferral. */
async function reply(record: InteractionRecord) {
  const visible = await fake.waitForVisible(record);
  expect(firstCallback(record)).toBeLessThan(3000);
  return { visible, body: expectValidMessage(visible) };
}

beforeAll(async () => {
  logs.start();
  fake = await startFake();
  const deployed = await runScript("src/bot/deploy.ts", botEnv(fake));
  expect(deployed.code, deployed.stderr).toBe(0);
  service = createFakeService({ failOn: FAIL_ON, failMessage: `database exploded near ${TOKEN}` });
  ({ bot } = await startTestBot(fake, service));
});

afterAll(async () => {
  await bot?.stop(1000);
  await fake?.close();
  logs.stop();
  const sorted = [...firstCallbackMs].sort((a, b) => a - b);
  const pick = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  console.info(
    `time to first callback over ${sorted.length} interactions: p50 ${pick(0.5).toFixed(1)} ms, max ${pick(1).toFixed(1)} ms`,
  );
});

describe("deploy script against the fake Discord", () => {
  it("with DISCORD_GUILD_ID set registers every command to that guild and exits 0", () => {
    const names = (fake.commands.guild.get(GUILD_ID) ?? []).map((c) => c.name);
    expect(names).toEqual(ALL_COMMANDS);
    const put = fake.calls.find((c) => c.method === "PUT");
    expect(put?.path).toBe(`/applications/123456789012345678/guilds/${GUILD_ID}/commands`);
    expect(put?.headers.authorization).toBe(`Bot ${TOKEN}`);
  });

  it("without DISCORD_GUILD_ID registers globally", async () => {
    const result = await runScript("src/bot/deploy.ts", botEnv(fake, { DISCORD_GUILD_ID: "" }));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("Registered 7 commands globally");
    expect(fake.commands.global.map((c) => c.name)).toEqual(ALL_COMMANDS);
  });

  it("with --clear removes the commands from the configured guild", async () => {
    const before = fake.commands.guild.get(GUILD_ID);
    const result = await runScript("src/bot/deploy.ts", botEnv(fake), { args: ["--clear"] });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Removed every command from guild ${GUILD_ID}.`);
    expect(fake.commands.guild.get(GUILD_ID)).toEqual([]);
    fake.commands.guild.set(GUILD_ID, before ?? []);
  });

  it("exits non-zero and says why when Discord refuses the token", async () => {
    const result = await runScript("src/bot/deploy.ts", {
      ...botEnv(fake),
      DISCORD_TOKEN: TOKEN.replace(/.$/, "X"),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("HTTP 401");
    expect(result.stderr).toContain("DISCORD_TOKEN");
  });

  it("exits non-zero naming DISCORD_APPLICATION_ID when it is missing", async () => {
    const result = await runScript("src/bot/deploy.ts", {
      ...botEnv(fake),
      DISCORD_APPLICATION_ID: "",
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("DISCORD_APPLICATION_ID is required");
  });
});

describe("gateway", () => {
  it("identifies with Guilds, GuildMessages and DirectMessages, no privileged intent", () => {
    expect(fake.identifies.at(-1)?.intents).toBe(BOT_INTENTS);
  });
});

describe("/ask", () => {
  it("answers in public with the answer, numbered citations and quoted sources", async () => {
    const record = fake.sendCommand(
      "ask",
      { question: "Who led the Russian delegation?" },
      newUser(),
    );
    const { body } = await reply(record);
    expect(record.original?.flags ?? 0).toBe(0);
    const [embed] = embedsOf(body);
    expect(embed?.title).toBe("Who led the Russian delegation?");
    expect(embed?.description).toMatch(
      /^Alexander Darchiev led the Russian delegation\..* \[1\] \[2\] \[3\]/s,
    );
    expect(embed?.fields?.map((f) => f.name)).toEqual([
      "[1] TASS · 10 Apr 2025",
      "[2] The Moscow Times · 28 Feb 2025",
      "[3] Vietnam.vn · 10 Apr 2025",
    ]);
    expect(embed?.fields?.[0]?.value).toContain("](https://tass.example/politics/second-round)");
    expect(embed?.fields?.[0]?.value).toContain(
      "> “The Russian delegation will again be led by Alexander Darchiev",
    );
    expect(buttonsOf(body).map((b) => b.label)).toEqual(ANSWER_ACTIONS);
  });

  it("with private:true answers ephemerally", async () => {
    const record = fake.sendCommand(
      "ask",
      { question: "who led the delegation", private: true },
      newUser(),
    );
    const { body } = await reply(record);
    expect(embedsOf(body)[0]?.title).toBe("who led the delegation");
    expect(record.original?.flags).toBe(EPHEMERAL);
    expect(seenBy(record).every((m) => m.flags === EPHEMERAL)).toBe(true);
  });

  it("that finds nothing gets the friendly not-found reply", async () => {
    const record = fake.sendCommand("ask", { question: "what is the weather on Mars" }, newUser());
    const { body } = await reply(record);
    expect(embedsOf(body)[0]?.description).toBe(Messages.notFound);
  });

  it("whose answer and sources are far over Discord's limits still sends a valid payload", async () => {
    const record = fake.sendCommand("ask", { question: "what about the property" }, newUser());
    const { body } = await reply(record);
    const [embed] = embedsOf(body);
    expect(embed?.description?.length).toBeGreaterThan(1000);
    expect(embed?.fields?.length).toBe(4);
    expect(buttonsOf(body).map((b) => b.label)).toEqual([
      "◀ Previous",
      "Next ▶",
      ...ANSWER_ACTIONS,
    ]);
  });

  it("with more sources than fit pages through them with buttons, also after a restart", async () => {
    const record = fake.sendCommand("ask", { question: "What was on the agenda?" }, newUser());
    const { body } = await reply(record);
    expect(embedsOf(body)[0]?.fields?.map((f) => f.name.split(" ")[0])).toEqual([
      "[1]",
      "[2]",
      "[3]",
      "[4]",
    ]);
    const [previous, next] = buttonsOf(body);
    expect(previous?.disabled).toBe(true);
    expect(next?.disabled).toBe(false);
    expect(next?.custom_id?.length).toBeLessThanOrEqual(100);

    const click = fake.clickButton(record.original ?? {}, next?.custom_id ?? "", newUser());
    const page2 = await reply(click);
    expect(click.responses[0]?.type).toBe(6);
    expect(embedsOf(page2.body)[0]?.fields?.map((f) => f.name.split(" ")[0])).toEqual([
      "[5]",
      "[6]",
      "[7]",
      "[8]",
    ]);

    // A new process knows nothing of the first: the button's state travels in the message.
    await bot.stop(1000);
    ({ bot } = await startTestBot(fake, service));
    const nextAgain = buttonsOf(page2.body)[1];
    const click2 = fake.clickButton(click.original ?? {}, nextAgain?.custom_id ?? "", newUser());
    const page3 = await reply(click2);
    expect(embedsOf(page3.body)[0]?.fields?.map((f) => f.name.split(" ")[0])).toEqual([
      "[9]",
      "[10]",
      "[11]",
      "[12]",
    ]);
  });

  it("with @everyone, a role mention and 300 characters pings nobody and echoes it escaped", async () => {
    const hostile = `@everyone <@&323456789012345678> @here **bold** [x](https://evil.example) statement `;
    const question = hostile + "x".repeat(300 - hostile.length);
    expect(question).toHaveLength(300);
    const record = fake.sendCommand("ask", { question }, newUser());
    const { body } = await reply(record);
    const text = allText(body);
    expect(text).not.toMatch(/(^|[^\u200B])@(everyone|here)/);
    expect(text).not.toContain("<@&323456789012345678>");
    const [embed] = embedsOf(body);
    // Markdown renders in titles, descriptions and fields: there the question is escaped.
    expect(embed?.title).toMatch(
      /^@\u200Beveryone \\<\u200B@&323456789012345678\\> @\u200Bhere \\\*\\\*bold\\\*\\\* \\\[x\\\]\(https/,
    );
    expect(embed?.title?.length).toBeLessThanOrEqual(256);
    // Footers are plain text (no markdown, no mentions): the question is kept whole there,
    // mentions made inert, so the page buttons can ask it again.
    expect(embed?.footer?.text).toContain("asked: @\u200Beveryone <\u200B@&323456789012345678>");
    expect(embed?.footer?.text).toContain("x".repeat(100));
    // The answer itself quotes corpus text holding mentions: those are inert too.
    expect(embed?.description).toContain("@\u200Beveryone");
    expect(record.original?.mention_everyone).toBe(false);
  });

  it("a second question within the cooldown gets a private notice and asks nothing", async () => {
    const user = newUser();
    await reply(fake.sendCommand("ask", { question: "who led the delegation" }, user));
    const calls = service.calls.length;
    const second = fake.sendCommand("ask", { question: "who led the delegation again" }, user);
    const { visible, body } = await reply(second);
    expect(visible.type).toBe(4);
    expect(body.flags).toBe(EPHEMERAL);
    expect(String(body.content)).toMatch(
      /^You're asking quickly\. Please wait (29|30) seconds before the next \/ask\.$/,
    );
    expect(service.calls.length).toBe(calls);
  });

  it("that is too short after trimming is refused privately without deferring", async () => {
    const record = fake.sendCommand("ask", { question: "  \u200B ? " }, newUser());
    const { visible, body } = await reply(record);
    expect(visible.type).toBe(4);
    expect(body.flags).toBe(EPHEMERAL);
    expect(body.content).toBe(Messages.questionTooShort);
  });

  it("whose handler throws tells the user privately, logs the stack without the token, and the bot carries on", async () => {
    const record = fake.sendCommand("ask", { question: "please fail now" }, newUser());
    await waitForPrivateNotice(fake, record, Messages.somethingWentWrong);
    // Nothing public is left behind (no "thinking…" placeholder), whichever way it was sent.
    expect(seenBy(record)).toEqual([
      expect.objectContaining({ content: Messages.somethingWentWrong, flags: EPHEMERAL }),
    ]);
    expect(record.responses.filter((r) => r.status >= 300)).toEqual([]);

    const failure = logs.lines.find((l) => l.includes("interaction handler failed"));
    expect(failure).toContain('"stack":"Error: database exploded near [redacted]');
    expect(logs.text).not.toContain(TOKEN);

    const after = fake.sendCommand("help", {}, newUser());
    await reply(after);
  });
});

describe("/timeline", () => {
  it("shows dated events at their precision with sources, and Next turns the page", async () => {
    const record = fake.sendCommand("timeline", {}, newUser());
    const { body } = await reply(record);
    const [embed] = embedsOf(body);
    expect(embed?.description).toBe("12 events.");
    expect(embed?.fields?.map((f) => f.name)).toEqual([
      "2016 – 2018",
      "Oct 2024",
      "Nov 2024",
      "Jan 2025",
      "18 Feb 2025",
    ]);
    expect(embed?.fields?.[0]?.value).toMatch(
      /— \[The Moscow Times\]\(https:\/\/moscowtimes\.example\/.*\), 28 Feb 2025$/,
    );
    const next = buttonsOf(body)[1];
    const click = fake.clickButton(record.original ?? {}, next?.custom_id ?? "", newUser());
    const page2 = await reply(click);
    const names = embedsOf(page2.body)[0]?.fields?.map((f) => f.name);
    expect(names?.[0]).toBe("27 Feb 2025");
    const page3 = fake.clickButton(
      click.original ?? {},
      buttonsOf(page2.body)[1]?.custom_id ?? "",
      newUser(),
    );
    const last = await reply(page3);
    expect(embedsOf(last.body)[0]?.fields?.map((f) => f.name)).toEqual([
      "10 Apr 2025",
      "May 2025 · scheduled",
    ]);
    expect(buttonsOf(last.body)[1]?.disabled).toBe(true);
  });

  it("attaches a valid PNG within Discord's limits, with alt text, and Next sends the next page's", async () => {
    const record = fake.sendCommand("timeline", {}, newUser());
    const { body } = await reply(record);
    const upload = (r: InteractionRecord) => {
      const calls = callsFor(fake, r).filter((c) => c.files.length > 0 && c.status < 300);
      expect(calls).toHaveLength(1);
      return calls[0]!;
    };
    const first = upload(record);
    expect(first.files).toHaveLength(1);
    const file = first.files[0]!;
    expect(file.filename).toBe("timeline.png");
    expect(file.contentType).toBe("image/png");
    const { problems, info } = pngProblems(file.bytes);
    expect(problems).toEqual([]);
    expect(info!.width).toBeGreaterThanOrEqual(800);
    // Well under Discord's upload limit, and light enough to show at once.
    expect(file.bytes.length).toBeLessThan(Math.min(FILE_LIMITS.bytes, 1024 * 1024));
    const attachments = messageOf(first).attachments as { description?: string }[];
    expect(attachments).toHaveLength(1);
    expect(attachments[0]!.description).toMatch(/^Timeline chart of events 1–5 of 12, 2016 to /);
    expect(attachments[0]!.description!.length).toBeLessThanOrEqual(FILE_LIMITS.description);
    expect(embedsOf(body)[0]).toMatchObject({ image: { url: "attachment://timeline.png" } });

    const next = buttonsOf(body)[1];
    const click = fake.clickButton(record.original ?? {}, next?.custom_id ?? "", newUser());
    await reply(click);
    const turned = upload(click);
    // The new page's picture replaces the old one: one attachment, the next page's events.
    expect(messageOf(turned).attachments).toHaveLength(1);
    expect(pngProblems(turned.files[0]!.bytes).problems).toEqual([]);
    expect(turned.files[0]!.bytes.equals(file.bytes)).toBe(false);
  });

  it("with topic:flights keeps the topic in the reply", async () => {
    const record = fake.sendCommand("timeline", { topic: "flights" }, newUser());
    const { body } = await reply(record);
    expect(embedsOf(body)[0]?.description).toBe("1 event about **flights**.");
  });

  it("with from after to is refused privately", async () => {
    const record = fake.sendCommand(
      "timeline",
      { from: "2025-05-01", to: "2025-04-01" },
      newUser(),
    );
    const { body } = await reply(record);
    expect(body.content).toBe(Messages.fromAfterTo);
    expect(body.flags).toBe(EPHEMERAL);
  });

  it("autocompletes topics with at most 25 choices, fast", async () => {
    const record = fake.sendAutocomplete("timeline", "topic", "darch", {}, newUser());
    const response = await fake.waitForVisible(record);
    expect(firstCallback(record)).toBeLessThan(3000);
    expect(response.type).toBe(8);
    const choices = response.body.choices as { name: string; value: string }[];
    expect(choices[0]).toEqual({ name: "Alexander Darchiev", value: "Alexander Darchiev" });

    const empty = fake.sendAutocomplete("timeline", "topic", "", {}, newUser());
    const all = await fake.waitForVisible(empty);
    expect((all.body.choices as unknown[]).length).toBe(25);
  });
});

describe("/sources and /help", () => {
  it("/sources lists the articles with outlet, date and link, ten a page", async () => {
    const record = fake.sendCommand("sources", {}, newUser());
    const { body } = await reply(record);
    const description = embedsOf(body)[0]?.description ?? "";
    expect(description).toContain(
      "**1.** [Russian and U.S. Officials Discussed Restoring Embassy Staff, Direct Flights at Istanbul Talks](https://moscowtimes.example/2025/02/28/istanbul-talks)\nThe Moscow Times · 28 Feb 2025",
    );
    expect(description).toContain(
      "**4.** Russia seeks to erase 'toxic legacy' in new talks with US\nVietnam.vn · 10 Apr 2025",
    );
    expect(description.match(/^\*\*\d+\.\*\*/gm)).toHaveLength(10);
    const click = fake.clickButton(
      record.original ?? {},
      buttonsOf(body)[1]?.custom_id ?? "",
      newUser(),
    );
    const page2 = await reply(click);
    expect(click.responses[0]?.type).toBe(7);
    expect(embedsOf(page2.body)[0]?.footer?.text).toBe("Articles 11–13 of 13 · page 2/2");
  });

  it("/help describes every command with examples, privately", async () => {
    const record = fake.sendCommand("help", {}, newUser());
    const { body } = await reply(record);
    expect(body.flags).toBe(EPHEMERAL);
    const fields = embedsOf(body)[0]?.fields ?? [];
    expect(fields.map((f) => f.name)).toEqual([
      "/ask question:<text> [private:<true|false>]",
      "/timeline [topic:<text>] [from:<text>] [to:<text>]",
      "/sources",
      "/help",
      "Ask the bot about this (message menu: ⋯ → Apps)",
      "/settings [allow_channel:<#channel>] [remove_channel:<#channel>] [every_channel:<true|false>] [private_by_default:<true|false>] [cooldown:<number>]",
      "/feedback",
    ]);
    expect(fields[0]?.value).toContain("`/ask question:who led the Russian delegation?`");
  });
});

describe("odd interactions", () => {
  it("a button the bot does not know gets a private 'expired' notice", async () => {
    const record = fake.clickButton(
      { id: "1", channel_id: fake.channelId, content: "", embeds: [], components: [] },
      "zz:1:2",
      newUser(),
    );
    const { body } = await reply(record);
    expect(body.content).toBe(Messages.staleButton);
    expect(body.flags).toBe(EPHEMERAL);
  });

  it("an answer page button whose message lost its question is refused, not guessed", async () => {
    const record = fake.clickButton(
      { id: "2", channel_id: fake.channelId, content: "", embeds: [], components: [] },
      "ask:1:AAAAAAAAAAAA",
      newUser(),
    );
    const { body } = await reply(record);
    expect(body.content).toBe(Messages.staleButton);
  });

  it("an answer Discord refuses to show is replaced by a private notice, and the log keeps the interaction token out", async () => {
    fake.injectRestFault(
      onTheAnswer({ status: 400, body: { message: "Invalid Form Body", code: 50035 } }),
    );
    const record = fake.sendCommand("ask", { question: "who led the delegation" }, newUser());
    await waitForPrivateNotice(fake, record, Messages.somethingWentWrong);
    expect(seenBy(record).some((m) => Array.isArray(m.embeds) && m.embeds.length > 0)).toBe(false);
    const failure = logs.lines.find(
      (l) => l.includes(record.id) && l.includes("interaction handler failed"),
    );
    expect(failure).toMatch(
      /"path":"\/api\/v10\/(interactions\/\d+\/:token\/callback|webhooks\/123456789012345678\/:token\/messages\/%40original)"/,
    );
    expect(logs.text).not.toContain(record.token);
  });

  it("a command that is no longer defined gets a private notice", async () => {
    const record = fake.sendCommand("removed", {}, newUser());
    const { body } = await reply(record);
    expect(body.content).toBe(Messages.unknownCommand);
  });
});

describe("shutdown", () => {
  it("leaves the gateway first, then finishes the answer in flight", async () => {
    // Discord slow to take the answer, whichever way it is sent: it is still on its way below.
    fake.injectRestFault(onTheAnswer({ delayMs: 800 }));
    const inFlight = fake.sendCommand("ask", { question: "who led the delegation" }, newUser());
    await fake.until(
      () =>
        [...fake.pending].some((c) => c.path.includes(inFlight.token) && carriesAnswer(c)) ||
        undefined,
      "the answer on its way",
    );
    const stopping = bot.stop(5000);
    // Off the gateway while the answer is still on its way: new questions go elsewhere.
    await fake.until(() => fake.session?.socket === null, "the gateway to close");
    expect(seenBy(inFlight).some((m) => Array.isArray(m.embeds) && m.embeds.length > 0)).toBe(
      false,
    );
    await stopping;
    const answer = await waitForSeen(fake, inFlight, (m) => Array.isArray(m.embeds), 100);
    expect(embedsOf(answer)[0]?.title).toBe("who led the delegation");
    expect(inFlight.responses.filter((r) => r.status >= 300)).toEqual([]);
    fake.clearRestFaults();
    ({ bot } = await startTestBot(fake, service));
  });
});

describe("every payload the bot sent in this suite", () => {
  it("respects Discord's limits and disables mentions", () => {
    const sent = fake.calls.filter(
      (c) =>
        !c.injected &&
        (c.path.startsWith("/interactions/") || c.path.startsWith("/webhooks/")) &&
        c.method !== "DELETE",
    );
    expect(sent.length).toBeGreaterThan(30);
    for (const call of sent) {
      expect(call.status, `${call.method} ${call.path}`).toBeLessThan(300);
      const body = call.body as { type?: number; data?: Record<string, unknown> } & Record<
        string,
        unknown
      >;
      const message = call.path.endsWith("/callback") ? body.data : body;
      if (
        call.path.endsWith("/callback") &&
        (body.type === 5 || body.type === 6 || body.type === 8)
      )
        continue;
      expect(messageProblems(message, { creating: false, files: call.files })).toEqual([]);
      expect(message?.allowed_mentions).toEqual({ parse: [] });
    }
  });
});
