import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/types.js";
import { answerFooter, questionFromFooter, renderAnswer } from "../../src/render/answer.js";
import {
  answerPageId,
  parseAnswerPageId,
  parseSourcesPageId,
  parseTimelinePageId,
  questionKey,
  sourcesPageId,
  timelinePageId,
} from "../../src/render/customIds.js";
import { formatDate, formatDateRange, formatPublished, isIsoDay } from "../../src/render/dates.js";
import { Messages } from "../../src/render/messages.js";
import { payloadToText, unmarkdown } from "../../src/render/plain.js";
import { renderTimeline } from "../../src/render/timeline.js";
import { normalizeQuestion } from "../../src/render/text.js";
import fc from "fast-check";
import { nastyText } from "./arbitraries.js";

const source = (n: number) => ({
  articleId: `a${n}`,
  title: `Title ${n}`,
  outlet: "TASS",
  published: "2025-04-10",
  url: `https://tass.example/${n}`,
  passage: `Passage ${n}.`,
});

const answer = (sources: number, status: Answer["status"] = "answered"): Answer => ({
  question: "q",
  status,
  answer: "Alexander Darchiev led it.",
  confidence: 0.9,
  sources: Array.from({ length: sources }, (_, i) => source(i + 1)),
  notes: [],
});

describe("dates", () => {
  it("shows each date at exactly the precision it has", () => {
    expect(formatDate("2025")).toBe("2025");
    expect(formatDate("2025-04")).toBe("Apr 2025");
    expect(formatDate("2025-02-07")).toBe("7 Feb 2025");
    expect(formatDateRange("2016", "2018")).toBe("2016 – 2018");
    expect(formatDateRange("2025-04", "2025-04")).toBe("Apr 2025");
    expect(formatDate("2025-13")).toBe("2025-13");
    expect(formatPublished("")).toBe("date unknown");
  });

  it("accepts only real calendar days as YYYY-MM-DD", () => {
    expect(isIsoDay("2025-02-28")).toBe(true);
    expect(isIsoDay("2025-02-30")).toBe(false);
    expect(isIsoDay("2025-2-3")).toBe(false);
  });
});

describe("custom_ids carry the page state within 100 characters", () => {
  it("timeline state of any topic round-trips or is cut to fit", () => {
    fc.assert(
      fc.property(fc.nat(9999), nastyText(60), (page, topic) => {
        const id = timelinePageId(page, { topic, from: "2025-01-01", to: "2025-12-31" });
        expect(id.length).toBeLessThanOrEqual(100);
        const parsed = parseTimelinePageId(id);
        expect(parsed?.page).toBe(page);
        expect(parsed?.state.from).toBe("2025-01-01");
        if (topic && id.endsWith(topic)) expect(parsed?.state.topic).toBe(topic);
      }),
      { numRuns: 300, endOnFailure: true },
    );
  });

  it("answer and sources ids round-trip and reject anything else", () => {
    const id = answerPageId(3, "who led?");
    expect(parseAnswerPageId(id)).toEqual({ page: 3, key: questionKey("who led?") });
    expect(parseSourcesPageId(sourcesPageId(2))).toEqual({ page: 2 });
    expect(parseAnswerPageId("ask:x:y")).toBeNull();
    expect(parseAnswerPageId("ask:1:k:extra")).toBeNull();
    expect(parseSourcesPageId("src:99999")).toBeNull();
    expect(parseTimelinePageId("tl:1:2025-1-1::x")).toBeNull();
  });

  it("a forged timeline id with a date no calendar has is stale, not a query", () => {
    expect(parseTimelinePageId("tl:0:2025-02-30::flights")).toBeNull();
    expect(parseTimelinePageId("tl:0::2025-13-01:")).toBeNull();
    expect(parseTimelinePageId("tl:0:9999-99-99:0000-00-00:")).toBeNull();
    expect(parseTimelinePageId("tl:0:2024-02-29::")).toEqual({
      page: 0,
      state: { from: "2024-02-29" },
    });
  });

  it("the footer gives back exactly the question that was asked, for any question", () => {
    fc.assert(
      fc.property(nastyText(300), (raw) => {
        const question = normalizeQuestion(raw);
        expect(
          questionFromFooter(answerFooter("Sources 1–4 of 9 · confidence: high", question)),
        ).toBe(question);
      }),
      { numRuns: 300, endOnFailure: true },
    );
  });
});

describe("renderAnswer", () => {
  it("puts four sources on a page, numbered across pages, with Previous / Next", () => {
    const page2 = renderAnswer(answer(10), "who led?", 1);
    const embed = page2.embeds[0];
    expect(embed?.fields?.map((f) => f.name)).toEqual([
      "[5] TASS · 10 Apr 2025",
      "[6] TASS · 10 Apr 2025",
      "[7] TASS · 10 Apr 2025",
      "[8] TASS · 10 Apr 2025",
    ]);
    expect(embed?.footer?.text).toBe("Sources 5–8 of 10 · confidence: high · asked: who led?");
    const buttons = page2.components[0]?.components ?? [];
    expect(buttons.map((b) => ("custom_id" in b ? b.custom_id : ""))).toEqual([
      answerPageId(0, "who led?"),
      answerPageId(2, "who led?"),
    ]);
  });

  it("has no page buttons when every source fits on one page, only Follow up, 👍 and 👎", () => {
    const rows = renderAnswer(answer(4), "q?").components;
    expect(rows).toHaveLength(1);
    expect(rows[0]?.components.map((b) => ("label" in b ? b.label : ""))).toEqual([
      "Follow up",
      "👍",
      "👎",
    ]);
  });

  it("lands a tampered page number on a page that exists", () => {
    expect(renderAnswer(answer(10), "q?", 999).embeds[0]?.fields?.[0]?.name).toMatch(/^\[9\]/);
    expect(renderAnswer(answer(10), "q?", -3).embeds[0]?.fields?.[0]?.name).toMatch(/^\[1\]/);
  });

  it("says not found in the bot's own friendly words", () => {
    const payload = renderAnswer(answer(0, "not_found"), "the weather?");
    expect(payload.embeds[0]?.description).toBe(Messages.notFound);
    expect(payload.embeds[0]?.footer?.text).toBe("not found · asked: the weather?");
  });
});

describe("renderTimeline", () => {
  it("marks scheduled events and lists up to two sources per event", () => {
    const payload = renderTimeline(
      {
        events: [
          {
            date: "2025-05",
            precision: "month",
            summary: "A further round.",
            status: "scheduled",
            sources: [source(1), source(2), source(3)],
          },
        ],
      },
      {},
    );
    const field = payload.embeds[0]?.fields?.[0];
    expect(field?.name).toBe("May 2025 · scheduled");
    expect(field?.value).toBe(
      "A further round.\n— [TASS](https://tass.example/1), 10 Apr 2025; [TASS](https://tass.example/2), 10 Apr 2025 (+1 more)",
    );
  });

  it("shows a URL typed as the topic as text, never as a clickable link", () => {
    const topic = "https://evil.example/login?x=1";
    const payload = renderTimeline({ events: [] }, { topic });
    const text = payload.embeds[0]?.description ?? "";
    expect(text).toContain("evil.example");
    expect(text).not.toMatch(/https?:\/\/evil/);
  });

  it("says so when nothing matches", () => {
    const payload = renderTimeline({ events: [] }, { topic: "mars" });
    expect(payload.embeds[0]?.description).toBe(`Events about **mars**.\n${Messages.noEvents}`);
  });
});

describe("console text", () => {
  it("shows links as text <url> and drops escapes and emphasis", () => {
    expect(unmarkdown("**1.** [A \\[b\\]](https://x.example/) \\*not bold\\* *it*")).toBe(
      "1. A [b] <https://x.example/> *not bold* it",
    );
  });

  it("renders the same words as the embed, with enabled buttons as [labels]", () => {
    const text = payloadToText(renderAnswer(answer(6), "who led?"));
    expect(text).toContain("who led?\n────────");
    expect(text).toContain("Alexander Darchiev led it. [1] [2] [3] [4] [5] [6]");
    expect(text).toContain(
      "[1] TASS · 10 Apr 2025\n    Title 1 <https://tass.example/1>\n    > “Passage 1.”",
    );
    expect(text).toContain("[Next ▶]");
    expect(text).not.toContain("Previous");
  });
});
