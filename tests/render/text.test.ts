import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  clean,
  escapeMarkdown,
  escapeWithin,
  link,
  normalizeQuestion,
  safeUrl,
  truncate,
} from "../../src/render/text.js";
import { nastyText } from "./arbitraries.js";

const RUNS = { numRuns: 300, endOnFailure: true };
const hasLoneSurrogate = (s: string) =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe("truncate", () => {
  it("never exceeds the limit nor splits a surrogate pair", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), fc.nat(320), (text, max) => {
        const cut = truncate(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        if (!hasLoneSurrogate(text)) expect(hasLoneSurrogate(cut)).toBe(false);
      }),
      RUNS,
    );
  });

  it("leaves text that fits untouched and marks a cut with an ellipsis", () => {
    expect(truncate("short", 5)).toBe("short");
    expect(truncate("one two three four", 10)).toBe("one two…");
    expect(truncate("😀😀😀", 4)).toBe("😀…");
  });
});

describe("escapeMarkdown", () => {
  it("leaves no live mention, formatting or masked link in hostile text", () => {
    fc.assert(
      fc.property(nastyText(300), (text) => {
        const out = escapeMarkdown(text);
        expect(out).not.toMatch(/(^|[^\u200B])@(everyone|here)/i);
        expect(out).not.toMatch(/(^|[^\\])<[@#/:]/);
        expect(out).not.toMatch(/(^|[^\\])\[[^\]]*(^|[^\\])\]\(/);
        expect(out).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
        expect(out).not.toContain("\u0000");
        expect(hasLoneSurrogate(out)).toBe(false);
      }),
      RUNS,
    );
  });

  it("escapes formatting characters and line-start markers but keeps bare URLs clickable", () => {
    expect(escapeMarkdown("**bold** _it_ `code` ||s||")).toBe(
      "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\|\\|s\\|\\|",
    );
    expect(escapeMarkdown("# title\n> quote\n- item\n1. first")).toBe(
      "\\# title\n\\> quote\n\\- item\n1\\. first",
    );
    expect(escapeMarkdown("see https://example.com/a_b?q=1 now")).toBe(
      "see https://example.com/a_b?q=1 now",
    );
    expect(escapeMarkdown("https://x.example)[y](https://x.example)")).toBe(
      "https://x.example)\\[y\\](https://x.example)",
    );
    expect(escapeMarkdown("@everyone <@&1>")).toBe("@\u200Beveryone \\<\u200B@&1\\>");
  });

  it("keeps Cyrillic and emoji as they are", () => {
    expect(escapeMarkdown("Дарчиев 😀")).toBe("Дарчиев 😀");
  });

  it("escapeWithin fits the escaped text in the budget without cutting an escape in half", () => {
    fc.assert(
      fc.property(nastyText(600), fc.integer({ min: 0, max: 500 }), (text, max) => {
        const out = escapeWithin(text, max);
        expect(out.length).toBeLessThanOrEqual(max);
        expect(out).not.toMatch(/(^|[^\\])(\\\\)*\\$/);
      }),
      RUNS,
    );
  });
});

describe("normalizeQuestion", () => {
  it("is idempotent and leaves one line without invisible characters", () => {
    fc.assert(
      fc.property(nastyText(300), (text) => {
        const once = normalizeQuestion(text);
        expect(normalizeQuestion(once)).toBe(once);
        expect(once).not.toMatch(/[\n\r\t\u200B\u202E\uFEFF]/);
        expect(once).not.toContain("\u0000");
        expect(once).toBe(once.trim());
      }),
      RUNS,
    );
  });

  it("drops zero-width and bidi override characters and NUL", () => {
    expect(normalizeQuestion("  who\u200B led\u202E the\u0000\n delegation? ")).toBe(
      "who led the delegation?",
    );
    expect(clean("a\tb")).toBe("a b");
  });

  it("keeps two words apart when a zero-width space, NUL or control character is all between them", () => {
    expect(normalizeQuestion("direct\u200Bflights")).toBe("direct flights");
    expect(normalizeQuestion("direct\u0000flights")).toBe("direct flights");
    expect(normalizeQuestion("direct\u0007flights")).toBe("direct flights");
    // A joiner inside a word is not a separator.
    expect(normalizeQuestion("Dar\u2060chiev")).toBe("Darchiev");
  });
});

describe("links", () => {
  it("accepts only http(s) URLs and encodes parentheses that would end a markdown link", () => {
    expect(safeUrl("javascript:alert(1)")).toBeNull();
    expect(safeUrl("not a url")).toBeNull();
    expect(safeUrl("https://example.com/a_(b)")).toBe("https://example.com/a_%28b%29");
    expect(link("Title [1]", "https://example.com")).toBe("[Title \\[1\\]](https://example.com/)");
    expect(link("Title", null)).toBe("Title");
  });
});
