import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { recallAt3, shareDeclined } from "../../bench/quality.js";
import type { EvalQuestion } from "../../bench/questions.js";
import { ms, times } from "../../bench/report/format.js";
import { renderTable } from "../../bench/report/table.js";
import { nextResultsFile } from "../../bench/resultsFiles.js";

const q = (id: string, articles: string[]): EvalQuestion => ({
  id,
  category: "factoid",
  question: `question ${id}`,
  expect: articles.length ? "answered" : "not_found",
  articles,
});

describe("recallAt3", () => {
  it("counts a question when a gold article is among the first three passages", () => {
    const questions = [q("1", ["a"]), q("2", ["b"]), q("3", ["c", "d"])];
    const ranked: Record<string, string[]> = {
      "question 1": ["x", "x", "a"],
      "question 2": ["x", "x", "x", "b"],
      "question 3": ["d"],
    };
    expect(recallAt3(questions, (question) => ranked[question] ?? [])).toBeCloseTo(200 / 3);
  });

  it("is NaN with no questions", () => {
    expect(recallAt3([], () => [])).toBeNaN();
  });
});

describe("shareDeclined", () => {
  it("is the percentage of questions declined", () => {
    expect(shareDeclined([q("1", []), q("2", [])], (question) => question.endsWith("1"))).toBe(50);
  });
});

describe("format", () => {
  it("shows milliseconds with digits that match their size", () => {
    expect([ms(0.123), ms(12.34), ms(1234.5), ms(null)]).toEqual(["0.12", "12.3", "1235", "–"]);
    expect([times(1.234), times(23.4), times(593.2)]).toEqual(["1.23×", "23.4×", "593×"]);
  });
});

describe("renderTable", () => {
  it("renders an aligned Markdown table with its title and notes", () => {
    expect(
      renderTable({ title: "T", headers: ["size", "ms"], rows: [["seeds", "1.00"]], notes: ["n"] }),
    ).toBe(
      ["### T", "", "| size  |   ms |", "| ----- | ---: |", "| seeds | 1.00 |", "", "n"].join("\n"),
    );
  });
});

describe("nextResultsFile", () => {
  it("numbers a second run of the same day", () => {
    const dir = mkdtempSync(join(tmpdir(), "bench-results-"));
    expect(nextResultsFile("2025-05-01", dir)).toBe(join(dir, "2025-05-01.json"));
    writeFileSync(join(dir, "2025-05-01.json"), "{}");
    expect(nextResultsFile("2025-05-01", dir)).toBe(join(dir, "2025-05-01.2.json"));
  });
});
