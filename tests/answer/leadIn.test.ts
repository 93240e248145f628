import { describe, expect, it } from "vitest";
import { leadIn } from "../../src/answer/leadIn.js";
import { askerOver } from "./kinds/helpers.js";

describe("a lead-in before the question", () => {
  it("is split from a question that points back to it", () => {
    expect(leadIn("Berg spoke in Oslo — what did he say about ferry fares?")).toEqual({
      context: "Berg spoke in Oslo",
      rest: "what did he say about ferry fares?",
    });
    expect(leadIn("Berg spoke in Oslo. What did he say about ferry fares?")?.rest).toBe(
      "What did he say about ferry fares?",
    );
    expect(leadIn("What did Berg say about ferry fares — and port fees?")).toBeNull();
  });

  const ask = askerOver([
    {
      id: "l1",
      outlet: "Harbour News",
      body: "The Ruritanian delegation will again be led by Ivan Petrovsky, now Ruritania's consul in Oslo. In May, he was director of the ministry's fisheries department.",
    },
    {
      id: "l2",
      outlet: "Daily Courier",
      body: "Ivan Petrovsky said the ferry fares were too high and should be cut by half.",
    },
  ]);

  it("that names someone: the pronoun is read as that person", () => {
    const a = ask("Petrovsky spoke to reporters — what did he say about the ferry fares?");
    expect(a.status).toBe("answered");
    expect(a.answer).toContain("cut by half");
  });

  it("that describes someone: who that is, then the question about them", () => {
    const a = ask("The man leading the Ruritanian delegation — what was his job back in May?");
    expect(a.answer).toContain("fisheries department");
  });
});
