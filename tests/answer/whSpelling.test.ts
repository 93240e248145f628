import { describe, expect, it } from "vitest";
import { askingWordsRespelled } from "../../src/answer/whSpelling.js";
import { talksIndex } from "./talksFixture.js";

const respell = (q: string): string => askingWordsRespelled(talksIndex(), q);

describe("framing words typed with a slip", () => {
  it("a letter left out or two letters swapped is read as the asking word meant", () => {
    expect(respell("whn was the Geneva round held")).toBe("when was the Geneva round held");
    expect(respell("How mnay trawlers were seized?")).toBe("How many trawlers were seized?");
    expect(respell("Wher were the talks held?")).toBe("Where were the talks held?");
  });

  it("so is a word that says which event or time is meant", () => {
    expect(respell("when was the frist round held")).toBe("when was the first round held");
    expect(respell("who led the talks befor the secnd round")).toBe(
      "who led the talks before the second round",
    );
  });

  it("so is 'according', which names whose account is asked for", () => {
    expect(respell("who led the talks acording to the Harbour News")).toBe(
      "who led the talks according to the Harbour News",
    );
  });

  it("so is 'happened', which asks for an overview", () => {
    expect(respell("what happend in Geneva")).toBe("what happened in Geneva");
  });

  it("a slip that could be two asking words is left as it is", () => {
    expect(respell("hwo led the delegation")).toBe("hwo led the delegation");
  });

  it("words spelt right, and words English writes, are left alone", () => {
    expect(respell("When were the talks held?")).toBe("When were the talks held?");
    expect(respell("How many trawlers were seized?")).toBe("How many trawlers were seized?");
  });

  it("is read as the question asked", async () => {
    const { answerQuestion } = await import("../../src/answer/answer.js");
    expect(answerQuestion(talksIndex(), "how mnay trawlers were seized?").kind).toBe("count");
  });
});
