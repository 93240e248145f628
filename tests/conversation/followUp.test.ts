import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/answer.js";
import { referents, rewriteFollowUp } from "../../src/conversation/followUp.js";
import { talksIndex } from "../answer/talksFixture.js";

/**
 * Follow-ups on the invented Ruritania–Freedonia talks: the rewrite must work on a corpus the
 * code has never seen, from the people and places the project's finders know there.
 */
const index = talksIndex();

const whoLed = {
  question: "Who led the Ruritanian delegation?",
  answer:
    'Ivan Petrovsky. "The Ruritanian delegation was led by Ivan Petrovsky, deputy foreign minister."',
};

describe("rewriteFollowUp", () => {
  it("reads 'he' as the person the previous answer named", () => {
    expect(rewriteFollowUp(index, "what did he say about the talks?", { turns: [whoLed] })).toEqual(
      {
        question: "what did Ivan Petrovsky say about the talks?",
        replaced: [{ pronoun: "he", with: "Ivan Petrovsky" }],
      },
    );
  });

  it("reads 'he' as the person and 'it' as the thing the previous question was about", () => {
    const turn = { question: "What did Petrovsky say about the fishing quotas?", answer: "…" };
    expect(rewriteFollowUp(index, "when did he mention it?", { turns: [turn] }).question).toBe(
      "when did Petrovsky mention fishing quotas?",
    );
  });

  it("reads 'her' before a noun as possessive, and 'there' at the end as the place", () => {
    const turn = {
      question: "Who headed the Freedonian side in Geneva?",
      answer:
        'Maria Lindqvist. "The Freedonian side was headed by Trade Secretary Maria Lindqvist."',
    };
    expect(rewriteFollowUp(index, "what is her title?", { turns: [turn] }).question).toBe(
      "what is Maria Lindqvist's title?",
    );
    expect(rewriteFollowUp(index, "who else was there?", { turns: [turn] }).question).toBe(
      "who else was in Geneva?",
    );
  });

  it("prefers the latest turn's person over an earlier one's", () => {
    const later = { question: "What did Maria Lindqvist call the meeting?", answer: "Frank." };
    expect(referents(index, { turns: [whoLed, later] }).person).toBe("Maria Lindqvist");
  });

  it("leaves a question alone when it has no pronoun, or nothing to point to", () => {
    expect(rewriteFollowUp(index, "how long did the talks last?", { turns: [whoLed] })).toEqual({
      question: "how long did the talks last?",
      replaced: [],
    });
    expect(rewriteFollowUp(index, "what did he say?", { turns: [] }).question).toBe(
      "what did he say?",
    );
    const noPerson = { question: "How long did the talks last?", answer: "More than five hours." };
    expect(rewriteFollowUp(index, "what did he say?", { turns: [noPerson] }).question).toBe(
      "what did he say?",
    );
  });

  it("hands the answer function a question it answers from the articles", () => {
    const rewritten = rewriteFollowUp(index, "what is his post?", { turns: [whoLed] }).question;
    const answer = answerQuestion(index, rewritten);
    expect(answer.status).toBe("answered");
    expect(answer.answer).toContain("deputy foreign minister");
  });
});
