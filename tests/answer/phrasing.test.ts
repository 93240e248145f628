import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/answer.js";
import {
  barePhraseAsked,
  contractionsSpelledOut,
  embeddedQuestionAsked,
  intensifiersDropped,
  isReturnParticle,
  leaderAsVerb,
  numberedAsOrdinal,
} from "../../src/answer/phrasing.js";
import { tokenize } from "../../src/search/tokens.js";
import { talksIndex } from "./talksFixture.js";

describe("intensifiers after the question word", () => {
  it("are left out of the question read", () => {
    expect(intensifiersDropped("What exactly is her title?")).toBe("What is her title?");
    expect(intensifiersDropped("when precisely did they meet")).toBe("when did they meet");
    // Elsewhere they may ask for precision ("how many, exactly?") and stay.
    expect(intensifiersDropped("How many trawlers, exactly?")).toBe("How many trawlers, exactly?");
  });

  it("a question with one is answered as the question without it", () => {
    const plain = answerQuestion(talksIndex(), "What is Lindqvist's title?");
    const intensified = answerQuestion(talksIndex(), "What exactly is Lindqvist's title?");
    expect(plain.status).toBe("answered");
    expect(intensified.answer).toBe(plain.answer);
    expect(intensified.question).toBe("What exactly is Lindqvist's title?");
  });
});

describe("numbered nouns of a series", () => {
  it("'round two' is read as 'second round'; 'round two hours' and a plain count are not", () => {
    expect(numberedAsOrdinal("When was round two of the ferry talks?")).toBe(
      "When was second round of the ferry talks?",
    );
    expect(numberedAsOrdinal("what happened in Phase 3")).toBe("what happened in third Phase");
    expect(numberedAsOrdinal("Did the session two hours long end?")).toBe(
      "Did the session two hours long end?",
    );
    expect(numberedAsOrdinal("How many rounds were there? Two?")).toBe(
      "How many rounds were there? Two?",
    );
  });
});

describe("'back' after a verb", () => {
  const backIn = (q: string): boolean => {
    const tokens = tokenize(q);
    return isReturnParticle(
      tokens,
      tokens.findIndex((t) => t.norm === "back"),
    );
  };

  it("is a return when nothing after it makes it a time", () => {
    expect(backIn("which trawlers does Ruritania want back")).toBe(true);
    expect(backIn("when will the envoy go back to Oslo")).toBe(true);
  });

  it("is a time before a government's era, a year or an event", () => {
    expect(backIn("how many envoys were expelled back under the old government")).toBe(false);
    expect(backIn("how many envoys were expelled back in 2016")).toBe(false);
    expect(backIn("what was agreed back after the first round")).toBe(false);
  });
});

describe("contractions", () => {
  it("'d is would before a verb and had before a past participle; 'll is will", () => {
    expect(contractionsSpelledOut("when they'd meet again")).toBe("when they would meet again");
    expect(contractionsSpelledOut("had they’d met before?")).toBe("had they had met before?");
    expect(contractionsSpelledOut("who she'll lead")).toBe("who she will lead");
    expect(contractionsSpelledOut("when will they meet")).toBe("when will they meet");
  });

  it("a question with one is answered as the question written out", () => {
    const ask = (q: string): string => answerQuestion(talksIndex(), q).answer;
    expect(ask("how long'd the Geneva talks last")).toBe(
      ask("how long would the Geneva talks last"),
    );
  });
});

describe("a question about what was said on a question", () => {
  it("is asked as that question, of what was said", () => {
    expect(
      embeddedQuestionAsked("did the ministry say anything about when they would meet again"),
    ).toBe("when did the ministry say they would meet again");
    expect(embeddedQuestionAsked("Has Lindqvist mentioned anything about who will lead it?")).toBe(
      "who has Lindqvist mentioned will lead it?",
    );
  });

  it("a plain yes/no question stays as it is", () => {
    const q = "did the ministry say anything about fishing";
    expect(embeddedQuestionAsked(q)).toBe(q);
  });
});

describe("a leader or head asked for by the noun", () => {
  it("is asked as whoever led or heads it", () => {
    expect(leaderAsVerb("Who was the head of the Ruritanian delegation?")).toBe(
      "who headed the Ruritanian delegation?",
    );
    expect(leaderAsVerb("who is the freedonian team's leader")).toBe(
      "who leads the freedonian team?",
    );
    expect(leaderAsVerb("Who's the delegation leader?")).toBe("who leads the delegation?");
    expect(leaderAsVerb("Who led the delegation?")).toBe("Who led the delegation?");
  });

  it("a question put so is answered with the one the articles say led it", () => {
    const a = answerQuestion(talksIndex(), "Who was the leader of the Ruritanian delegation?");
    expect(a.short).toBe("Ivan Petrovsky");
  });
});

describe("a bare noun phrase asked as a question", () => {
  it("with a possessive is asked as 'what is …'", () => {
    expect(barePhraseAsked("Anna Holm's job title?")).toBe("What is Anna Holm's job title?");
  });

  it("is left alone with a question word, a verb, a choice or no possessive", () => {
    expect(barePhraseAsked("whats Anna Holm's title")).toBe("whats Anna Holm's title");
    expect(barePhraseAsked("Holm's old post - envoy or minister?")).toBe(
      "Holm's old post - envoy or minister?",
    );
    expect(barePhraseAsked("Holm's team met Berg?")).toBe("Holm's team met Berg?");
    expect(barePhraseAsked("ferry talks duration?")).toBe("ferry talks duration?");
  });
});
