import fc from "fast-check";
import type { Answer, Source } from "../../src/answer/types.js";
import type { ArticleSummary } from "../../src/service.js";
import type { TimelineEvent } from "../../src/timeline/types.js";

/** Pieces that have broken bots before: mentions, markdown, invisible and broken characters. */
const NASTY = [
  "@everyone",
  "@here",
  "<@123456789012345678>",
  "<@&323456789012345678>",
  "<#223456789012345678>",
  "</ask:1>",
  "<t:1700000000:R>",
  "**",
  "__",
  "~~",
  "||",
  "`",
  "```",
  "\\",
  "[x](https://evil.example)",
  "# ",
  "> ",
  "- ",
  "1. ",
  "\n",
  "\r\n",
  "\t",
  "\u0000",
  "\u200B",
  "\u202E",
  "\u2066",
  "\uFEFF",
  "\uD800",
  "\uDC00",
  "😀",
  "👩‍👩‍👧",
  "Россия",
  "مرحبا",
  "https://example.com/a_b*c",
];

/** Any text, biased toward the nasty pieces, sometimes very long. */
export const nastyText = (maxLength = 400): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: "binary", maxLength: 12 })), {
      maxLength: Math.max(1, Math.ceil(maxLength / 6)),
    })
    .map((parts) => parts.join(""));

export const longText = fc.oneof(nastyText(300), nastyText(3000), fc.constant("A".repeat(9000)));

const url = fc.oneof(
  fc.constant(null),
  fc.webUrl(),
  fc.constant("javascript:alert(1)"),
  fc.constant("https://example.com/with (parens) and spaces"),
  fc.constant(`https://example.com/${"x".repeat(600)}`),
  nastyText(40),
);

const date = fc.oneof(
  fc.constantFrom("2025", "2025-04", "2025-02-27", "", "2025-13-40", "soon"),
  fc.string({ maxLength: 12 }),
);

export const sourceArb: fc.Arbitrary<Source> = fc.record({
  articleId: fc.string({ maxLength: 40 }),
  title: longText,
  outlet: nastyText(200),
  published: date,
  url,
  passage: longText,
});

export const answerArb: fc.Arbitrary<Answer> = fc.record({
  question: nastyText(300),
  status: fc.constantFrom("answered" as const, "not_found" as const),
  answer: longText,
  confidence: fc.double({ min: -1, max: 2, noNaN: true }),
  sources: fc.array(sourceArb, { maxLength: 40 }),
  notes: fc.array(longText, { maxLength: 8 }),
});

export const eventArb: fc.Arbitrary<TimelineEvent> = fc.record(
  {
    date,
    dateEnd: date,
    precision: fc.constantFrom("day" as const, "month" as const, "year" as const),
    summary: longText,
    status: fc.constantFrom("happened" as const, "scheduled" as const),
    sources: fc.array(sourceArb, { maxLength: 6 }),
  },
  { requiredKeys: ["date", "precision", "summary", "status", "sources"] },
);

export const articleArb: fc.Arbitrary<ArticleSummary> = fc.record({
  articleId: fc.string({ maxLength: 40 }),
  title: longText,
  outlet: nastyText(200),
  published: date,
  url,
});

export const page = fc.oneof(fc.nat(50), fc.integer({ min: -5, max: 10_000 }));
