import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bot } from "../../src/bot/bot.js";
import { Messages } from "../../src/render/messages.js";
import type { FakeDiscord, InteractionRecord } from "../e2e/fakeDiscord.js";
import {
  LogCapture,
  allText,
  checkSent,
  embedsOf,
  expectAnswered,
  newUser,
  openTestService,
  startFake,
  startTestBot,
} from "../e2e/harness.js";

/**
 * Hostile and odd input, table-driven, through the real client and the real domain: every
 * question and topic gets a calm reply within Discord's limits that pings nobody, shows the
 * user's text inert (no markdown, links, mentions, invisible or reordering characters taking
 * effect), and the bot stays up.
 */

const EPHEMERAL = 64;
const ROLE = "<@&323456789012345678>";
const USER = "<@123456789012345678>";

type Send = (fake: FakeDiscord) => InteractionRecord;

interface Case {
  name: string;
  send: Send;
  /** What the user must see, beyond the checks every reply passes. */
  expect?: (body: Record<string, unknown>) => void;
}

const ask =
  (question: string, extra: Record<string, boolean> = {}): Send =>
  (fake) =>
    fake.sendCommand("ask", { question, ...extra }, newUser());
const timeline =
  (options: Record<string, string>): Send =>
  (fake) =>
    fake.sendCommand("timeline", options, newUser());
const autocomplete =
  (value: string): Send =>
  (fake) =>
    fake.sendAutocomplete("timeline", "topic", value, {}, newUser());
const click =
  (customId: string, footer = ""): Send =>
  (fake) =>
    fake.clickButton(
      {
        id: "1300000000000000001",
        channel_id: fake.channelId,
        content: "",
        embeds: footer ? [{ title: "x", footer: { text: footer } }] : [],
        components: [],
      },
      customId,
      newUser(),
    );

/** The reply is the /ask embed, its title the question as shown back. */
function answerTitle(body: Record<string, unknown>): string {
  const [embed] = embedsOf(body);
  expect(embed?.footer?.text).toContain(" · asked: ");
  return embed?.title ?? "";
}

function notice(text: string) {
  return (body: Record<string, unknown>) => {
    expect(body.content).toBe(text);
    expect(body.flags).toBe(EPHEMERAL);
  };
}

const sentence = "Who led the Russian delegation at the Istanbul talks on embassy operations? ";
const exactly300 = (sentence.repeat(5) + "x".repeat(300)).slice(0, 300);
const SINGLE_WORD_300 = "Darchiev".repeat(37) + "abcd";

const CASES: Case[] = [
  // Nothing left to ask.
  { name: "spaces only", send: ask("     "), expect: notice(Messages.questionTooShort) },
  {
    name: "zero-width characters only",
    send: ask("\u200B\u200C\u200D\u2060\uFEFF"),
    expect: notice(Messages.questionTooShort),
  },
  {
    name: "newlines and tabs only",
    send: ask("\n\t\r\n \n"),
    expect: notice(Messages.questionTooShort),
  },
  {
    name: "NUL characters only",
    send: ask("\u0000\u0000\u0000\u0000"),
    expect: notice(Messages.questionTooShort),
  },
  { name: "only punctuation", send: ask("?!?!...;;:--!!"), expect: (b) => void answerTitle(b) },
  // Length.
  {
    name: "exactly 300 characters",
    send: ask(exactly300),
    expect: (b) => expect(answerTitle(b).length).toBeLessThanOrEqual(256),
  },
  {
    name: "a 300-character single word",
    send: ask(SINGLE_WORD_300),
    expect: (b) => void answerTitle(b),
  },
  { name: "300 x's", send: ask("x".repeat(300)), expect: (b) => void answerTitle(b) },
  {
    name: "2,000 characters (over Discord's own 300 limit)",
    send: ask("who led the delegation ".repeat(87)),
    expect: (b) => expect(embedsOf(b)[0]?.footer?.text.length).toBeLessThanOrEqual(2048),
  },
  // Invisible and reordering characters.
  {
    name: "zero-width characters inside words",
    send: ask("who\u200B led\u200C the\u200D Russian\u2060 delegation\uFEFF?"),
    expect: (b) => expect(answerTitle(b)).toBe("who led the Russian delegation?"),
  },
  {
    name: "an RTL override",
    send: ask("\u202Ewho led the Russian delegation?\u202C"),
    expect: (b) => expect(answerTitle(b)).toBe("who led the Russian delegation?"),
  },
  {
    name: "bidi isolates around @everyone",
    send: ask("\u2066@everyone\u2069 who led the delegation?"),
    expect: (b) => expect(answerTitle(b)).toBe("@\u200Beveryone who led the delegation?"),
  },
  {
    name: "lone surrogates",
    send: ask("\uD800 who \uDFFF led the delegation?"),
    expect: (b) => expect(answerTitle(b)).toBe("\uFFFD who \uFFFD led the delegation?"),
  },
  {
    name: "combining marks piled up (zalgo)",
    send: ask("w\u0338\u0322h\u0337\u0321o\u0335\u0334 led the talks" + "\u0336".repeat(100)),
    expect: (b) => void answerTitle(b),
  },
  // Other scripts and emoji.
  {
    name: "Cyrillic",
    send: ask("Кто возглавлял российскую делегацию?"),
    expect: (b) => void answerTitle(b),
  },
  {
    name: "Latin words with Cyrillic look-alike letters",
    send: ask("Whо led the Russiаn delegаtion?"),
    expect: (b) => void answerTitle(b),
  },
  {
    name: "emoji, flags and ZWJ sequences",
    send: ask("🇷🇺🇺🇸 who led the talks? 🤝🔥 👨‍👩‍👧‍👦"),
    expect: (b) => expect(answerTitle(b)).toContain("🤝"),
  },
  // Markdown and code.
  {
    name: "markdown injection",
    send: ask("**bold** __under__ ~~strike~~ ||spoiler|| # Heading > quote who led"),
    expect: (b) =>
      expect(answerTitle(b)).toContain("\\*\\*bold\\*\\* \\_\\_under\\_\\_ \\~\\~strike"),
  },
  {
    name: "a code block",
    send: ask("```js\nprocess.exit(1)\n``` who led the delegation"),
    expect: (b) => expect(answerTitle(b)).toMatch(/^\\`\\`\\`js process\.exit\(1\) \\`\\`\\`/),
  },
  {
    name: "unbalanced backticks",
    send: ask("` `` ``` who led"),
    expect: (b) => void answerTitle(b),
  },
  {
    name: "a heading and a list at the start",
    send: ask("# who led\n- the delegation\n1. first"),
    expect: (b) => expect(answerTitle(b).startsWith("\\#")).toBe(true),
  },
  // Mentions.
  { name: "@everyone", send: ask("@everyone who led the delegation?") },
  { name: "@here", send: ask("@here who led the delegation?") },
  { name: "@everyone in capitals", send: ask("@EVERYONE @Here who led?") },
  { name: "a role mention", send: ask(`${ROLE} who led the delegation?`) },
  { name: "user mentions", send: ask(`${USER} <@!123456789012345678> who led?`) },
  {
    name: "channel, command, emoji and timestamp syntax",
    send: ask("<#223456789012345678> </ask:1> <:pepe:123456789012345678> <t:1700000000:R> who led"),
  },
  {
    name: "mentions in a private question",
    send: ask(`@everyone ${ROLE} who led?`, { private: true }),
  },
  // Links.
  {
    name: "a masked link",
    send: ask("[click me](https://evil.example/phish) who led the delegation?"),
    expect: (b) => expect(answerTitle(b)).toContain("\\[click me\\]"),
  },
  {
    name: "a bare link holding mention syntax",
    send: ask("https://evil.example/@everyone?x=<@123456789012345678> who led"),
  },
  { name: "a javascript: link", send: ask("[x](javascript:alert(1)) who led the delegation") },
  // Things that break naive code.
  { name: "regex metacharacters", send: ask(".*+?^${}()|[]\\ who led (the) [delegation]?") },
  { name: "a catastrophic-backtracking pattern", send: ask("(a+)+$" + "a".repeat(60) + "!") },
  { name: "newlines inside the question", send: ask("who led\nthe\r\ndelegation?\n\n\n") },
  {
    name: "NUL and terminal escapes inside",
    send: ask("who led\u0000 the \u001b[31mdelegation\u0007?"),
  },
  { name: "HTML and script", send: ask("<script>alert(1)</script><img src=x onerror=alert(1)>") },
  { name: "SQL", send: ask("'; DROP TABLE articles; -- who led") },
  {
    name: "format strings and templates",
    send: ask("%s%s%n {0} ${process.env.DISCORD_TOKEN} {{7*7}}"),
  },
  { name: "prototype keys", send: ask("__proto__ constructor prototype hasOwnProperty") },
  // /timeline topics and dates.
  { name: "topic @everyone", send: timeline({ topic: "@everyone" }) },
  { name: "topic a role mention", send: timeline({ topic: ROLE }) },
  {
    name: "topic markdown",
    send: timeline({ topic: "**flights** ||x||" }),
    expect: (b) => expect(embedsOf(b)[0]?.description).toContain("\\*\\*flights\\*\\*"),
  },
  { name: "topic with an RTL override", send: timeline({ topic: "\u202Eflights" }) },
  {
    name: "topic of spaces only (no topic)",
    send: timeline({ topic: "    " }),
    expect: (b) => expect(embedsOf(b)[0]?.description).not.toContain("about"),
  },
  { name: "topic of 300 characters", send: timeline({ topic: "flights ".repeat(37) + "abcd" }) },
  { name: "topic in Cyrillic", send: timeline({ topic: "рейсы" }) },
  { name: "topic of regex metacharacters", send: timeline({ topic: ".*(|[" }) },
  { name: "topic with NUL", send: timeline({ topic: "fli\u0000ghts" }) },
  {
    name: "a date that does not exist",
    send: timeline({ from: "2025-13-45" }),
    expect: notice(Messages.badDate("from")),
  },
  {
    name: "a date that is SQL",
    send: timeline({ to: "'; DROP --" }),
    expect: notice(Messages.badDate("to")),
  },
  // Autocomplete.
  { name: "autocomplete @everyone", send: autocomplete("@everyone") },
  { name: "autocomplete regex metacharacters", send: autocomplete(".*+?(") },
  { name: "autocomplete 300 characters", send: autocomplete("z".repeat(300)) },
  { name: "autocomplete NUL and RTL", send: autocomplete("\u0000\u202Edar") },
  // Buttons nobody could have been given.
  {
    name: "a forged button id",
    send: click("ask:1:@everyone"),
    expect: notice(Messages.staleButton),
  },
  {
    name: "a forged page button on a message asking @everyone",
    send: click("ask:99999:AAAAAAAAAAAA", "Sources 1–4 of 9 · asked: @everyone who led"),
    expect: notice(Messages.staleButton),
  },
  {
    name: "a button id of NULs",
    send: click("\u0000".repeat(100)),
    expect: notice(Messages.staleButton),
  },
];

/**
 * The text Discord renders as markdown: everything but footers, which are plain text (the
 * footer keeps the question verbatim, mentions made inert, for the page buttons).
 */
function markdownText(body: Record<string, unknown>): string {
  const parts = [String(body.content ?? "")];
  for (const e of embedsOf(body)) {
    parts.push(e.title ?? "", e.description ?? "");
    for (const f of e.fields ?? []) parts.push(f.name, f.value);
  }
  return parts.join("\n");
}

/** Characters that must never reach a reply from the user's text: controls and bidi overrides. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

let fake: FakeDiscord;
let bot: Bot;
const logs = new LogCapture();

beforeAll(async () => {
  logs.start();
  fake = await startFake();
  ({ bot } = await startTestBot(fake, openTestService()));
});

afterAll(async () => {
  await bot?.stop(1000);
  await fake?.close();
  logs.stop();
});

describe("hostile and odd input", () => {
  it("covers at least 30 questions and topics, the long ones exactly 300 characters", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(exactly300).toHaveLength(300);
    expect(SINGLE_WORD_300).toHaveLength(300);
    expect(SINGLE_WORD_300).not.toMatch(/\s/);
  });

  it.each(CASES.map((c) => [c.name, c] as const))(
    "%s: a calm reply within Discord's limits that pings nobody",
    async (_name, c) => {
      const record = c.send(fake);
      const body = await expectAnswered(fake, record);
      expect(allText(body)).not.toMatch(INVISIBLE);
      const markdown = markdownText(body);
      expect(markdown).not.toContain("```");
      expect(markdown).not.toMatch(/(?<!\\)\]\((?:https:\/\/evil|javascript:)/);
      if (record.payload.type === 4) {
        const choices = (body.choices ?? []) as { name: string }[];
        for (const choice of choices) expect(choice.name).not.toMatch(INVISIBLE);
      }
      c.expect?.(body);
      expect(logs.lines.filter((l) => l.includes(record.id) && /"level":(50|60)/.test(l))).toEqual(
        [],
      );
    },
  );

  it("leaves the bot up, with nothing logged as an error and every payload valid", async () => {
    await expectAnswered(fake, fake.sendCommand("help", {}, newUser()));
    await expectAnswered(
      fake,
      fake.sendCommand("ask", { question: "Who led the Russian delegation?" }, newUser()),
    );
    expect(logs.lines.filter((l) => /"level":(50|60)/.test(l))).toEqual([]);
    const sent = checkSent(fake.calls);
    expect(sent.problems).toEqual([]);
    expect(sent.checked).toBeGreaterThanOrEqual(CASES.length);
  });
});
