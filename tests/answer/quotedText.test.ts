import { describe, expect, it } from "vitest";
import { answerMessages } from "../../src/answer/messages.js";
import { askerOver } from "./kinds/helpers.js";

const ask = askerOver([
  {
    id: "a1",
    outlet: "Harbour News",
    body: "The fishing talks opened in Oslo on Monday. It lasted four hours and ended without a deal.\n\nPort fees rose by a third last year.",
  },
]);

describe("the text quoted for an answer", () => {
  it("takes in the sentence before one that opens with a pronoun, exactly as written", () => {
    const a = ask("How long did the fishing talks in Oslo last?");
    expect(a.answer).toContain(
      '"The fishing talks opened in Oslo on Monday. It lasted four hours and ended without a deal."',
    );
    expect(a.quotes?.[0]?.sentence).toBe(
      "The fishing talks opened in Oslo on Monday. It lasted four hours and ended without a deal.",
    );
  });

  it("quotes a sentence that stands by itself alone", () => {
    const a = ask("How much did port fees rise last year?");
    expect(a.quotes?.[0]?.sentence ?? "").not.toContain("Oslo");
  });
});

describe("a sentence that announces the ones after it", () => {
  const askMore = askerOver([
    {
      id: "m1",
      outlet: "Harbour News",
      body: "The Oslo round is not the only channel between Ruritania and Freedonia since the ferry dispute began. Their ministers have spoken twice by phone. Port officials met in Bergen in May.\n\nFerry fares rose by a third last year.",
    },
  ]);

  it("is quoted with what follows it in its paragraph, and no further", () => {
    const a = askMore(
      "What other channels do Ruritania and Freedonia have since the ferry dispute began?",
    );
    expect(a.quotes?.[0]?.sentence).toBe(
      "The Oslo round is not the only channel between Ruritania and Freedonia since the ferry dispute began. Their ministers have spoken twice by phone. Port officials met in Bergen in May.",
    );
  });
});

describe("a quote as the answer shows it", () => {
  it("wraps a sentence in quotation marks once, never twice", () => {
    expect(answerMessages.quote("Talks resumed.", "Harbour News")).toBe(
      '"Talks resumed." — Harbour News',
    );
    expect(answerMessages.quote('"We will talk," he said.', "Harbour News")).toBe(
      '"We will talk," he said. — Harbour News',
    );
  });
});
