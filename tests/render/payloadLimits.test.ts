import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderAnswer } from "../../src/render/answer.js";
import { renderHelp, renderNotice } from "../../src/render/help.js";
import { buildChoices, buildPayload, type ReplyPayload } from "../../src/render/payload.js";
import { renderSources } from "../../src/render/sources.js";
import { normalizeQuestion } from "../../src/render/text.js";
import { renderTimeline } from "../../src/render/timeline.js";
import { choicesProblems, messageProblems, type SentFile } from "../e2e/discordLimits.js";
import { answerArb, articleArb, eventArb, longText, nastyText, page } from "./arbitraries.js";

/**
 * The payload as discord.js puts it on the wire (allowedMentions → allowed_mentions; files as
 * files[n] parts listed in attachments with their descriptions).
 */
function wire(payload: ReplyPayload): { body: Record<string, unknown>; files: SentFile[] } {
  const { allowedMentions, files = [], ...rest } = payload;
  const body: Record<string, unknown> = { ...rest, allowed_mentions: allowedMentions };
  if (files.length > 0) {
    body.attachments = files.map((f, i) => ({ id: String(i), description: f.description }));
  }
  const sent = files.map((f, i) => ({
    field: `files[${i}]`,
    filename: f.name,
    bytes: f.attachment,
  }));
  return { body, files: sent };
}

function expectSendable(payload: ReplyPayload): void {
  const { body, files } = wire(payload);
  expect(messageProblems(body, { files })).toEqual([]);
  expect(payload.allowedMentions).toEqual({ parse: [] });
}

// endOnFailure: shrinking texts of thousands of characters takes minutes; the first counterexample is enough.
const RUNS = { numRuns: 150, endOnFailure: true };

describe("every view, whatever the domain returns", () => {
  it("an answer of any size, with any text, on any page is a sendable payload", () => {
    fc.assert(
      fc.property(answerArb, nastyText(300), page, (answer, question, p) => {
        expectSendable(renderAnswer(answer, normalizeQuestion(question), p));
      }),
      RUNS,
    );
  });

  it("a timeline of any events, any topic, on any page is a sendable payload", () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { maxLength: 40 }),
        fc.record({ topic: nastyText(80), from: fc.constant("2025-01-01") }, { requiredKeys: [] }),
        page,
        (events, state, p) => {
          expectSendable(renderTimeline({ events }, state, p));
        },
      ),
      // Each run draws a picture: fewer runs keep the suite quick, the picture has its own tests.
      { ...RUNS, numRuns: 30 },
    );
  });

  it("any list of articles on any page is a sendable payload", () => {
    fc.assert(
      fc.property(fc.array(articleArb, { maxLength: 60 }), page, (articles, p) => {
        expectSendable(renderSources(articles, p));
      }),
      RUNS,
    );
  });

  it("help and notices with any text are sendable payloads", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            usage: nastyText(300),
            description: longText,
            examples: fc.array(nastyText(200)),
          }),
          {
            maxLength: 30,
          },
        ),
        longText,
        (entries, notice) => {
          expectSendable(renderHelp(entries));
          expectSendable(renderNotice(notice));
        },
      ),
      RUNS,
    );
  });

  it("autocomplete choices are cut to Discord's rules", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: nastyText(200), value: nastyText(150) }), { maxLength: 80 }),
        (choices) => {
          expect(choicesProblems({ choices: buildChoices(choices) })).toEqual([]);
        },
      ),
      RUNS,
    );
  });
});

describe("buildPayload, the one response helper", () => {
  it("cuts content over 2000 characters and always turns mentions off", () => {
    const payload = buildPayload({ content: "@everyone ".repeat(400) });
    expect(payload.content?.length).toBeLessThanOrEqual(2000);
    expect(payload.content?.endsWith("…")).toBe(true);
    expect(payload.allowedMentions).toEqual({ parse: [] });
  });

  it("keeps an embed set over 6000 characters in total within the limit", () => {
    const field = { name: "n".repeat(256), value: "v".repeat(1024) };
    const payload = buildPayload({
      embeds: [
        {
          title: "t".repeat(300),
          description: "d".repeat(5000),
          fields: Array(30).fill(field),
          footer: { text: "f".repeat(3000) },
        },
      ],
    });
    expectSendable(payload);
    expect(payload.embeds[0]?.fields?.length).toBeLessThanOrEqual(25);
  });

  it("drops a button whose custom_id would be over 100 characters or repeated instead of sending it", () => {
    const payload = buildPayload({
      content: "x",
      components: [
        {
          type: 1,
          components: [
            { type: 2, style: 1, label: "ok", custom_id: "a:1" },
            { type: 2, style: 1, label: "long", custom_id: "a".repeat(101) },
            { type: 2, style: 1, label: "again", custom_id: "a:1" },
          ],
        },
      ],
    });
    expect(
      payload.components[0]?.components.map((b) => ("custom_id" in b ? b.custom_id : "")),
    ).toEqual(["a:1"]);
  });

  it("never sends an empty message", () => {
    expectSendable(buildPayload({}));
    expectSendable(buildPayload({ content: "   " }));
  });

  it("fills empty field names and values, which Discord rejects", () => {
    const payload = buildPayload({ embeds: [{ fields: [{ name: "", value: " " }] }] });
    expectSendable(payload);
  });
});
