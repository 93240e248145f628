import { describe, expect, it } from "vitest";
import { askerOver } from "./helpers.js";

const ask = askerOver([
  {
    id: "b1",
    outlet: "Harbour News",
    body:
      "Freedonia and Ruritania will resume the ferry talks in Oslo next week.\n\n" +
      "In 2019, Freedonia and Ruritania expelled each other's fishing inspectors.\n\n" +
      "Over the past decade relations between Freedonia and Ruritania soured as they closed three harbour offices.",
  },
]);

describe("questions asking for the background", () => {
  it("are answered by the sentences about earlier years, not by the news itself", () => {
    const a = ask(
      "Give me the background: how did relations between Freedonia and Ruritania get so bad?",
    );
    expect(a.status).toBe("answered");
    expect(a.answer).toContain("past decade");
    expect(a.answer).not.toContain("next week");
  });

  it("decline when no sentence of earlier years is about what is asked", () => {
    expect(ask("What is the history of the Bergen lighthouse?").status).toBe("not_found");
  });
});
