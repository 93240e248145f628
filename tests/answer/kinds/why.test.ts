import { describe, expect, it } from "vitest";
import { askerOver } from "./helpers.js";

const ask = askerOver([
  {
    id: "a1",
    outlet: "Harbour News",
    body: "Resuming ferry services would give a fresh impetus to trade, the minister said.\n\nFerry services between the two countries were halted because of a dispute over port fees.\n\nIn particular, he stressed the need for a “serious discussion” on the return of trawlers seized by Freedonia – “a key condition” for restoring ties.\n\nAccording to Petrovsky, Ruritania is set for a serious discussion with Freedonia regarding the return of trawlers.",
  },
]);

describe("why questions", () => {
  it("the reason comes from the sentence about what is asked, not from any reason-like phrase", () => {
    const a = ask("Why were ferry services between the two countries halted?");
    expect(a.status).toBe("answered");
    expect(a.answer).toContain("dispute over port fees");
    expect(a.answer).not.toContain("fresh impetus");
  });

  it("words that only ask for the weight of a reason ('matter so much') are not looked for", () => {
    const a = ask("Why does Petrovsky say the return of the seized trawlers matters so much?");
    expect(a.status).toBe("answered");
    expect(a.answer).toContain("key condition");
  });

  it("a sentence opening 'thanks to that' is quoted with the sentence it points back to", () => {
    const ask2 = askerOver([
      {
        id: "w2",
        outlet: "Daily Courier",
        body: "The new round follows months of shuttle diplomacy by Mayor Hilde Sand between the two ports. Thanks to that, Ruritania and Freedonia have gradually reopened their consulates.",
      },
    ]);
    const a = ask2("Why have Ruritania and Freedonia reopened their consulates?");
    expect(a.status).toBe("answered");
    expect(a.answer).toContain("shuttle diplomacy by Mayor Hilde Sand");
  });

  it("'why was there no …' is answered by the sentence saying there was none, with its reason", () => {
    const none = askerOver([
      {
        id: "n1",
        outlet: "Harbour News",
        body: "Since taking office in March, the Freedonian president has sought closer ties with Oslo, initiating talks on consular matters for the first time in years.\n\nFreedonia has not had a consul in Oslo since Ivan Petrovsky retired in May.",
      },
    ]);
    const a = none("Why did Freedonia have no consul in Oslo at the time of the talks?");
    expect(a.answer).not.toMatch(/sought closer ties/u);
    expect(none("Why did Freedonia have no consul in Oslo?").answer).toMatch(
      /has not had a consul/u,
    );
  });

  it("a reason in a relative clause explains that clause's verb, not the question's", () => {
    const rel = askerOver([
      {
        id: "rc1",
        outlet: "Harbour News",
        body: "Ruritania wants closer ties with Freedonia.\n\nRuritanian diplomats also proposed the restoration of ferry links between Ruritania and Freedonia, which were suspended shortly after the great flood of 2019.",
      },
    ]);
    expect(rel("Why does Ruritania want the ferry links restored?").short ?? "").not.toMatch(
      /flood/u,
    );
    expect(rel("Why were the ferry links suspended?").answer).toMatch(/great flood/u);
  });
});
