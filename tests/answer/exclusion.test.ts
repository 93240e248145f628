import { describe, expect, it } from "vitest";
import { exclusionOf } from "../../src/answer/exclusion.js";
import { askerOver } from "./kinds/helpers.js";

describe("questions that set something aside", () => {
  it("reads an opening 'besides X,' as X set aside and the rest as the question", () => {
    expect(exclusionOf("Besides the harbour fees, what did the mayor raise?")).toEqual({
      rest: "What did the mayor raise?",
      excluded: "the harbour fees",
    });
    expect(exclusionOf("apart from Oslo, where did they meet")?.excluded).toBe("Oslo");
  });

  it("reads a closing 'other than X' the same way", () => {
    expect(exclusionOf("Who else spoke at the summit other than Ivan Petrovsky?")).toEqual({
      rest: "Who else spoke at the summit?",
      excluded: "Ivan Petrovsky",
    });
  });

  it("leaves a question alone when nothing is set aside or the rest is no question", () => {
    expect(exclusionOf("Who spoke at the summit?")).toBeNull();
    expect(exclusionOf("What other than flights did they propose?")).toBeNull();
  });

  const ask = askerOver([
    {
      id: "x1",
      outlet: "Harbour News",
      body:
        "Ivan Petrovsky led the Norwegian delegation at the fisheries talks in Oslo.\n\n" +
        "The agenda of the fisheries talks will include quotas, harbour fees and inspections.\n\n" +
        "No security issues are on the agenda of the fisheries talks, officials said.",
    },
  ]);

  it("declines when the articles give only what was set aside", () => {
    const a = ask(
      "Who else led the Norwegian delegation at the fisheries talks besides Ivan Petrovsky?",
    );
    expect(a.status).toBe("not_found");
    expect(a.answer).toContain("nothing besides Ivan Petrovsky");
  });

  it("answers a list question from the sentence that says what is there, not what is not", () => {
    const a = ask("Besides quotas, what issues are on the agenda of the fisheries talks?");
    expect(a.status).toBe("answered");
    expect(a.answer.split("\n")[0]).toContain("harbour fees");
  });
});
